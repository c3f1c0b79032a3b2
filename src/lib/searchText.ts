/**
 * Folding for search: case and accents removed, spaces collapsed, so "jose" finds "José",
 * "nguyen" finds "Nguyễn" (Vietnamese stacked diacritics) and "kreyol" finds "Kreyòl", on SQLite
 * and MongoDB alike (both compare the folded text with a plain `like`). Vietnamese đ is a letter
 * of its own, not d with a mark, so it is mapped by hand. Chinese has no case or accents and no
 * spaces between words: a query is one run of characters, found anywhere in the text.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The words of a Lexical document, paragraphs separated by blank lines. */
export function lexicalToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const walk = (node: LexicalNode): string => {
    if (node.type === 'text') return node.text ?? ''
    if (node.type === 'linebreak') return '\n'
    const inner = (node.children ?? []).map(walk).join('')
    return ['paragraph', 'heading', 'quote', 'listitem'].includes(node.type ?? '')
      ? `${inner}\n\n`
      : inner
  }
  return walk(root)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
