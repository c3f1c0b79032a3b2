import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Writing } from '@/payload-types'

/** A rich-text field's value as Payload's generated types spell it (every rich-text field alike). */
export type RichText = Writing['body']

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

const textNode = (text: string): TextNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/**
 * Plain text to Lexical: blank lines separate paragraphs, single line breaks stay line breaks
 * (poems keep their lines). Everything stays text, so markup in the input is never interpreted.
 */
export function plainTextToLexical(text: string): RichText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: paragraph
          .split('\n')
          .flatMap((line, i) =>
            i === 0 ? [textNode(line)] : [{ type: 'linebreak', version: 1 }, textNode(line)],
          ),
      })),
    },
  } satisfies SerializedEditorState as RichText
}
