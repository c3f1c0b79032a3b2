import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import { sanitizeUrl } from 'payload/shared'
import type { ReactNode } from 'react'

type Convert = (args: Parameters<Extract<JSXConverter, (...a: never[]) => unknown>>[0]) => ReactNode

/** A link converter that only lets safe addresses through (no `javascript:` or `data:`). */
const safeLink =
  (convert: unknown): Convert =>
  (args) => {
    const node = args.node as { fields?: { url?: string } }
    const fields = { ...node.fields, url: sanitizeUrl(node.fields?.url ?? '') }
    return typeof convert === 'function'
      ? (convert as Convert)({ ...args, node: { ...args.node, fields } as typeof args.node })
      : null
  }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: safeLink(defaultConverters.link),
  autolink: safeLink(defaultConverters.autolink),
})

/**
 * Rich text from Payload. Text is rendered as text, so markup typed into it stays inert, and
 * link addresses are sanitised, so a `javascript:` link becomes a harmless one.
 */
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
      <LexicalRichText
        data={data as SerializedEditorState}
        converters={converters}
        disableContainer
      />
    </div>
  )
}
