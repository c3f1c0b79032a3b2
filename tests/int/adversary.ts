// The adversarial privacy crawl: every REST list of every collection at depths 0–3 (published and
// draft reads), every file a listing offers, and a GraphQL query per collection that follows
// every relationship the schema has, as the public or as a signed-in account. Then a scan for
// planted private values and for keys that must never reach anyone but editors.
import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLOutputType } from 'graphql'
import type { Payload } from 'payload'

import { graphql, rest } from './http'

export type Probe = { surface: string; status: number; body: string }

/** Keys whose values only editors (or the person themselves) may ever see. */
export const PRIVATE_KEYS = [
  'contributor',
  'featuredContributors',
  'uploadedBy',
  'suggestedMatch',
  'editorNotes',
  'legalName',
  'email',
  'phone',
  'phoneDigits',
  'workplace',
  'union',
  'receiptHash',
  'consents',
  'messageToContributor',
  'account',
]

// Payload builds its schema with its own copy of graphql, so types are told apart by their shape
// (instanceof would compare against another copy's classes).
type Wrapped = { ofType?: Wrapped } & Partial<GraphQLNamedType>
const getNamedType = (type: unknown): GraphQLNamedType => {
  let t = type as Wrapped
  while (t.ofType) t = t.ofType
  return t as GraphQLNamedType
}
const isObject = (t: unknown): t is GraphQLObjectType =>
  !!t && typeof (t as GraphQLObjectType).getFields === 'function' && !('getValues' in (t as object))
const isUnion = (t: unknown): t is { getTypes(): { name: string }[] } =>
  !!t && typeof (t as { getTypes?: unknown }).getTypes === 'function'
const isLeafType = (t: unknown) => !isObject(t) && !isUnion(t)
const isNonNull = (t: unknown) => String(t).endsWith('!')

/** Selection of a type's fields, following object and union fields `depth` levels down. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type)
  if (isLeafType(named)) return ''
  if (isUnion(named))
    return `{ __typename ${named
      .getTypes()
      .map((t) => `... on ${t.name} { id }`)
      .join(' ')} }`
  if (!isObject(named) || depth < 0) return ''
  const parts: string[] = []
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((a) => isNonNull(a.type))) continue
    const inner = getNamedType(field.type)
    if (isLeafType(inner)) parts.push(field.name)
    else if (depth > 0) {
      const sub = selectionOf(field.type, depth - 1)
      if (sub) parts.push(`${field.name} ${sub}`)
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : ''
}

/** One query per collection list: its documents with every field and relationship, 2 levels. */
export function crawlQueries(payload: Payload): { name: string; query: string }[] {
  const { schema } = configToSchema(payload.config)
  const queries: { name: string; query: string }[] = []
  for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
    const type = getNamedType(field.type)
    if (!isObject(type) || !type.getFields().docs) continue
    const docs = type.getFields().docs
    if (!String(docs.type).startsWith('[')) continue
    const args = [
      'limit: 100',
      ...(field.args.some((a) => a.name === 'draft') ? ['draft: true'] : []),
    ].join(', ')
    queries.push({
      name,
      query: `{ ${name}(${args}) { docs ${selectionOf(docs.type, 2)} } }`,
    })
  }
  return queries
}

/** Crawls REST, files and GraphQL as the holder of `token` (or the public without one). */
export async function crawl(payload: Payload, token?: string): Promise<Probe[]> {
  const probes: Probe[] = []
  const get = async (path: string) => {
    const r = await rest(path, { token })
    probes.push({ surface: `GET ${path}`, status: r.status, body: r.body })
    return r
  }
  for (const { slug, upload } of payload.config.collections) {
    for (const depth of [0, 1, 2, 3])
      for (const draft of ['false', 'true']) {
        const r = await get(`/api/${slug}?depth=${depth}&limit=500&draft=${draft}`)
        if (!upload || depth !== 0 || r.status !== 200) continue
        for (const doc of JSON.parse(r.body).docs as { url?: string; filename?: string }[])
          if (doc.filename) await get(`/api/${slug}/file/${encodeURIComponent(doc.filename)}`)
      }
  }
  for (const { name, query } of crawlQueries(payload)) {
    const r = await graphql(query, token)
    probes.push({ surface: `GraphQL ${name}`, status: r.status, body: r.body })
  }
  return probes
}

export type Leak = { surface: string; what: string }

/** Nothing in it: null, an empty list, or an object of such (GraphQL answers a group it may not
 * show with its fields all null). */
const isEmpty = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  (Array.isArray(v) ? v.every(isEmpty) : typeof v === 'object' && Object.values(v).every(isEmpty))

/** Planted values found anywhere, and private keys that came back with a value. */
export function findLeaks(probes: Probe[], secrets: string[], { keys = true } = {}): Leak[] {
  const leaks: Leak[] = []
  for (const { surface, body } of probes) {
    for (const secret of secrets) if (body.includes(secret)) leaks.push({ surface, what: secret })
    if (!keys) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      continue
    }
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk)
      if (!value || typeof value !== 'object') return
      for (const [key, v] of Object.entries(value)) {
        if (PRIVATE_KEYS.includes(key) && !isEmpty(v)) leaks.push({ surface, what: `key ${key}` })
        walk(v)
      }
    }
    // GraphQL error messages name fields; only its data is scanned for keys.
    const graphqlReply =
      !!parsed && typeof parsed === 'object' && ('data' in parsed || 'errors' in parsed)
    walk(graphqlReply ? (parsed as { data?: unknown }).data : parsed)
  }
  return leaks
}
