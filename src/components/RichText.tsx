import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** Rich text from Payload; text is rendered as text, so markup typed into it stays inert. */
export function RichText({
  data,
  lang,
  className,
}: {
  data: unknown
  lang?: string
  className?: string
}) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <div lang={lang} className={className ?? 'prose'}>
      <LexicalRichText data={data as SerializedEditorState} disableContainer />
    </div>
  )
}
