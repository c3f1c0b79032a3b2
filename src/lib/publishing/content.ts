/**
 * Rich text as the outputs need it: blocks of lines of styled runs. One reading of Lexical for
 * the PDF and the EPUB, so both print the same words with the same line breaks (poems keep
 * their lines). Only text is read: links keep their words, embedded markup is never interpreted.
 */
export type Run = { text: string; bold?: boolean; italic?: boolean }
export type Block = {
  kind: 'paragraph' | 'heading' | 'quote' | 'listitem'
  /** Each line is the runs between two line breaks. */
  lines: Run[][]
}

type LexicalNode = {
  type?: string
  text?: string
  format?: number
  tag?: string
  children?: LexicalNode[]
}

const BOLD = 1
const ITALIC = 2

export function lexicalToBlocks(value: unknown): Block[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return []
  const blocks: Block[] = []
  const inline = (node: LexicalNode, lines: Run[][]) => {
    if (node.type === 'text') {
      const format = node.format ?? 0
      lines[lines.length - 1].push({
        text: node.text ?? '',
        ...(format & BOLD ? { bold: true } : {}),
        ...(format & ITALIC ? { italic: true } : {}),
      })
    } else if (node.type === 'linebreak') lines.push([])
    else for (const child of node.children ?? []) inline(child, lines)
  }
  const block = (node: LexicalNode) => {
    const kind =
      node.type === 'heading'
        ? 'heading'
        : node.type === 'quote'
          ? 'quote'
          : node.type === 'listitem'
            ? 'listitem'
            : node.type === 'paragraph'
              ? 'paragraph'
              : null
    if (node.type === 'list' || node.type === 'root' || !kind) {
      for (const child of node.children ?? []) {
        if (child.type === 'text' || child.type === 'linebreak') continue
        block(child)
      }
      return
    }
    const lines: Run[][] = [[]]
    inline(node, lines)
    if (lines.some((line) => line.some((run) => run.text.trim())))
      blocks.push({ kind, lines: lines.map((line) => line.filter((run) => run.text)) })
  }
  block(root)
  return blocks
}

/** Plain paragraphs (textarea fields, bios) as blocks: blank lines separate, breaks stay. */
export function textToBlocks(text: string | null | undefined): Block[] {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph' as const, lines: p.split('\n').map((text) => [{ text }]) }))
}

export const blocksToText = (blocks: Block[]) =>
  blocks.map((b) => b.lines.map((l) => l.map((r) => r.text).join('')).join('\n')).join('\n\n')
