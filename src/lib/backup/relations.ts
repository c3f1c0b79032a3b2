import type { Field } from 'payload'

import type { ID } from '@/lib/relations'

/** Old id → new id, per collection; `undefined` when the target isn't restored (yet). */
export type IdLookup = (collection: string, id: ID) => ID | undefined

type Walk = { lookup: IdLookup; deferred: boolean; missing: string[] }

const idOf = (value: unknown): ID | undefined =>
  typeof value === 'string' || typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? ((value as { id: ID }).id ?? undefined)
      : undefined

/** One reference, remapped; null (and noted) when its target will never exist. */
function remapOne(walk: Walk, relationTo: string, value: unknown): ID | null {
  const old = idOf(value)
  if (old === undefined) return null
  const mapped = walk.lookup(relationTo, old)
  if (mapped === undefined) {
    walk.deferred = true
    walk.missing.push(`${relationTo}:${old}`)
    return null
  }
  return mapped
}

function remapRelationValue(
  walk: Walk,
  field: Field & { relationTo: string | string[]; hasMany?: boolean },
  value: unknown,
): unknown {
  if (value === null || value === undefined) return value
  const one = (v: unknown): unknown => {
    if (Array.isArray(field.relationTo)) {
      const poly = v as { relationTo?: string; value?: unknown } | null
      if (!poly?.relationTo) return null
      const id = remapOne(walk, poly.relationTo, poly.value)
      return id === null ? null : { relationTo: poly.relationTo, value: id }
    }
    return remapOne(walk, field.relationTo as string, v)
  }
  if (Array.isArray(value)) return value.map(one).filter((v) => v !== null)
  return one(value)
}

/** References inside Lexical rich text: upload and relationship nodes, internal links. */
function remapLexical(walk: Walk, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((n) => remapLexical(walk, n))
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) out[key] = remapLexical(walk, value)
  if (typeof out.relationTo === 'string' && out.value !== undefined && out.value !== null) {
    out.value = remapOne(walk, out.relationTo, out.value)
  }
  return out
}

const localized = (field: Field) => 'localized' in field && field.localized === true

function remapFields(
  walk: Walk,
  fields: Field[],
  data: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...data }
  const perLocale = (field: Field, value: unknown, fn: (v: unknown) => unknown) =>
    localized(field) && value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([locale, v]) => [locale, fn(v)]))
      : fn(value)
  for (const field of fields) {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        Object.assign(out, remapFields(walk, field.fields, out))
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const value = out[tab.name]
            if (value && typeof value === 'object')
              out[tab.name] = remapFields(walk, tab.fields, value as Record<string, unknown>)
          } else Object.assign(out, remapFields(walk, tab.fields, out))
        }
        break
      case 'group':
        if ('name' in field && field.name) {
          out[field.name] = perLocale(field, out[field.name], (v) =>
            v && typeof v === 'object'
              ? remapFields(walk, field.fields, v as Record<string, unknown>)
              : v,
          )
        } else Object.assign(out, remapFields(walk, field.fields, out))
        break
      case 'array':
        out[field.name] = perLocale(field, out[field.name], (rows) =>
          Array.isArray(rows)
            ? rows.map((row) => remapFields(walk, field.fields, row as Record<string, unknown>))
            : rows,
        )
        break
      case 'blocks':
        out[field.name] = perLocale(field, out[field.name], (rows) =>
          Array.isArray(rows)
            ? rows.map((row) => {
                const block = field.blocks.find(
                  (b) => b.slug === (row as { blockType?: string }).blockType,
                )
                return block ? remapFields(walk, block.fields, row as Record<string, unknown>) : row
              })
            : rows,
        )
        break
      case 'relationship':
      case 'upload':
        if (field.name in out)
          out[field.name] = perLocale(field, out[field.name], (v) =>
            remapRelationValue(walk, field, v),
          )
        break
      case 'richText':
        if (field.name in out)
          out[field.name] = perLocale(field, out[field.name], (v) => remapLexical(walk, v))
        break
      case 'join':
        delete out[field.name] // computed from the other side, never stored
        break
      default:
        break
    }
  }
  return out
}

/**
 * A document's references remapped to the target's ids. `deferred` says some target isn't
 * there yet (restored later, or never: `missing` lists them).
 */
export function remapDocument(fields: Field[], data: Record<string, unknown>, lookup: IdLookup) {
  const walk: Walk = { lookup, deferred: false, missing: [] }
  const result = remapFields(walk, fields, data)
  return { data: result, deferred: walk.deferred, missing: walk.missing }
}

/** The collections a collection's fields point to (for restoring targets first). */
export function referencedCollections(fields: Field[]): Set<string> {
  const found = new Set<string>()
  const visit = (list: Field[]) => {
    for (const field of list) {
      if ((field.type === 'relationship' || field.type === 'upload') && 'relationTo' in field)
        for (const r of [field.relationTo].flat()) found.add(r)
      if ('fields' in field && Array.isArray(field.fields)) visit(field.fields)
      if (field.type === 'tabs') for (const tab of field.tabs) visit(tab.fields)
      if (field.type === 'blocks') for (const block of field.blocks) visit(block.fields)
    }
  }
  visit(fields)
  return found
}
