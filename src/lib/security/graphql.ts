import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/** How deep a GraphQL query may nest: the deepest the admin and real clients need is about 6. */
export const MAX_QUERY_DEPTH = 10
/** How many fields a query may ask for once every fragment is spread (aliases count each time). */
export const MAX_QUERY_FIELDS = 1000
/** How many tokens a query may have at all: parsing stops there (a real query has a few hundred). */
export const MAX_QUERY_TOKENS = 5000

export type QueryMeasure = {
  /** Deepest nesting of fields, fragments spread. */
  depth: number
  /** Fields the query selects once every fragment is spread. */
  fields: number
  /** Selection nodes the measure looked at: each node of the document at most once. */
  visited: number
  /** A fragment that spreads itself, directly or not (graphql's own validation refuses it too). */
  cyclic: boolean
}

/**
 * Depth and size of every operation in a document, with each fragment measured once and its
 * result reused wherever it is spread. A 1 KB "fragment bomb" (each fragment spreading the next
 * twice) expands to millions of fields; walking it path by path took seconds, while measured this
 * way the work is the size of the document.
 */
export function measureQuery(document: DocumentNode): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const memo = new Map<string, { depth: number; fields: number }>()
  const inProgress = new Set<string>()
  let visited = 0
  let cyclic = false

  const measureSet = (set: SelectionSetNode | undefined): { depth: number; fields: number } => {
    let depth = 0
    let fields = 0
    for (const s of set?.selections ?? []) {
      visited++
      if (s.kind === Kind.FIELD) {
        const inner = measureSet(s.selectionSet)
        depth = Math.max(depth, s.selectionSet ? inner.depth + 1 : 0)
        fields += 1 + inner.fields
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const inner = measureSet(s.selectionSet)
        depth = Math.max(depth, inner.depth)
        fields += inner.fields
      } else {
        const inner = measureFragment(s.name.value)
        depth = Math.max(depth, inner.depth)
        fields += inner.fields
      }
    }
    return { depth, fields }
  }

  const measureFragment = (name: string) => {
    const known = memo.get(name)
    if (known) return known
    if (inProgress.has(name)) {
      cyclic = true
      return { depth: 0, fields: 0 }
    }
    inProgress.add(name)
    const result = measureSet(fragments.get(name)?.selectionSet)
    inProgress.delete(name)
    memo.set(name, result)
    return result
  }

  let depth = 0
  let fields = 0
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue
    const m = measureSet(d.selectionSet)
    depth = Math.max(depth, m.depth)
    fields += m.fields
  }
  // Fragments never spread are still validated by graphql: measure them too.
  for (const name of fragments.keys()) measureFragment(name)
  return { depth, fields, visited, cyclic }
}

export type GuardVerdict = { ok: true; measure: QueryMeasure } | { ok: false; message: string }

/** Whether a query is small enough to run: checked before Payload parses or validates it. */
export function checkQuery(query: unknown): GuardVerdict {
  if (typeof query !== 'string' || query.trim() === '')
    return { ok: false, message: 'Send a JSON body with a "query" string.' }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_QUERY_TOKENS, noLocation: true })
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : 'This query cannot be read.' }
  }
  const measure = measureQuery(document)
  if (measure.cyclic) return { ok: false, message: 'A fragment in this query spreads itself.' }
  if (measure.depth > MAX_QUERY_DEPTH)
    return {
      ok: false,
      message: `This query nests deeper than ${MAX_QUERY_DEPTH} levels, which is the limit.`,
    }
  if (measure.fields > MAX_QUERY_FIELDS)
    return {
      ok: false,
      message: `This query asks for more than ${MAX_QUERY_FIELDS} fields once its fragments are spread, which is the limit. Ask for fewer, or page through the results.`,
    }
  return { ok: true, measure }
}

/**
 * Wraps Payload's GraphQL handler: a request whose query is too deep, too large or unreadable is
 * answered 400 at once, before graphql validates it (its rules, like the complexity count, walk
 * every fragment spread again).
 */
export function guardGraphQL(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const text = await request.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    const verdict = checkQuery((body as { query?: unknown } | undefined)?.query)
    if (!verdict.ok)
      return Response.json({ errors: [{ message: verdict.message }] }, { status: 400 })
    return handler(
      new Request(request.url, { method: 'POST', headers: request.headers, body: text }),
    )
  }
}

/**
 * The same depth limit as a graphql validation rule (editors' tools and tests validate with it).
 */
export const depthLimit =
  (max: number): ValidationRule =>
  (context) => ({
    Document(node) {
      if (measureQuery(node).depth > max)
        context.reportError(
          new GraphQLError(`This query nests deeper than ${max} levels, which is the limit.`, {
            nodes: [node],
          }),
        )
    },
  })
