import type { Field, PayloadRequest, SanitizedConfig, Where } from 'payload'

import type { Role } from './roles'

/**
 * docs/access.md, made from the live config: for every role (the public included, and any role
 * added to the Users collection later), every collection and operation, who may do it and to
 * which rows; then every field whose reading or writing is narrower than its collection's.
 * `npm run docs:access` writes it; a test fails when the committed file is out of date.
 */

type Actor = { name: string; user: Record<string, unknown> | null }

const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions'] as const
/** Ids used to ask "their own" versus "someone else's" of the rules. */
const OWN_CONTRIBUTOR = 1001
const OWN_USER = 2001
const OTHER = 9999

function actorsOf(config: SanitizedConfig): Actor[] {
  const users = config.collections.find((c) => c.slug === 'users')
  const rolesField = users?.fields.find(
    (f): f is Extract<Field, { type: 'select' }> => f.type === 'select' && f.name === 'roles',
  )
  const roles = (rolesField?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
  return [
    { name: 'public', user: null },
    ...roles.map((role) => ({
      name: role,
      user: {
        id: OWN_USER,
        collection: 'users',
        roles: [role as Role],
        contributor: OWN_CONTRIBUTOR,
      },
    })),
  ]
}

/** A Where as a short phrase: `_status = published and editorialStatus = accepted`. */
function describeWhere(where: Where, top = true): string {
  const parts: string[] = []
  const entries = Object.entries(where)
  for (const [key, value] of entries) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      const inner = value.map((w) => describeWhere(w as Where, false))
      const joined = inner.join(` ${key} `)
      parts.push(inner.length > 1 && !(top && entries.length === 1) ? `(${joined})` : joined)
      continue
    }
    for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
      const shown =
        operand === OWN_CONTRIBUTOR
          ? 'their contributor record'
          : operand === OWN_USER
            ? 'their account'
            : Array.isArray(operand)
              ? operand.join('/')
              : String(operand)
      const symbol = op === 'equals' ? '=' : op === 'in' ? 'in' : op
      parts.push(`${key === 'id' ? 'id' : key} ${symbol} ${shown}`)
    }
  }
  return parts.join(' and ')
}

async function answer(
  rule: unknown,
  actor: Actor,
  extra: Record<string, unknown> = {},
): Promise<string> {
  if (typeof rule !== 'function') return 'yes'
  const req = { user: actor.user, headers: new Headers(), context: {} } as unknown as PayloadRequest
  const result = await rule({ req, ...extra })
  if (result === true) return 'yes'
  if (!result) return '—'
  return `rows where ${describeWhere(result as Where)}`
}

type FieldAccessRules = Partial<Record<'read' | 'create' | 'update', unknown>>
type FieldRule = { path: string; access: FieldAccessRules }

function restrictedFields(fields: Field[], prefix = ''): FieldRule[] {
  const found: FieldRule[] = []
  for (const field of fields) {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : null
    const access = (field as { access?: FieldAccessRules }).access
    if (named && access && Object.keys(access).length) found.push({ path: named, access })
    if ('fields' in field && Array.isArray(field.fields))
      found.push(
        ...restrictedFields(field.fields, field.type === 'group' && named ? `${named}.` : prefix),
      )
    if (field.type === 'tabs')
      for (const tab of field.tabs) found.push(...restrictedFields(tab.fields, prefix))
  }
  return found
}

export async function accessMatrix(config: SanitizedConfig): Promise<string> {
  const actors = actorsOf(config)
  const lines: string[] = [
    '# Who may do what',
    '',
    'Generated from the live Payload config by `npm run docs:access` (do not edit by hand; a test',
    'fails when this file is out of date). Roles are those of the Users collection, plus the public',
    '(no account). "Their own" means the contributor record linked to the account. Local API calls',
    'made by server code with `overrideAccess` are not shown: they are the server acting for itself.',
    '',
    '## Collections',
    '',
  ]
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    lines.push(`### ${collection.slug}`, '')
    lines.push(`| operation | ${actors.map((a) => a.name).join(' | ')} |`)
    lines.push(`| --- | ${actors.map(() => '---').join(' | ')} |`)
    for (const op of OPERATIONS) {
      if (op === 'readVersions' && !collection.versions) continue
      const rule = (collection.access as Record<string, unknown>)[op]
      const cells = await Promise.all(actors.map((a) => answer(rule, a)))
      lines.push(`| ${op} | ${cells.join(' | ')} |`)
    }
    const fields = restrictedFields(collection.fields)
    if (fields.length) {
      lines.push(
        '',
        'Fields with their own rules (own = their record or piece; other = anyone else’s):',
        '',
      )
      lines.push(`| field | operation | ${actors.map((a) => a.name).join(' | ')} |`)
      lines.push(`| --- | --- | ${actors.map(() => '---').join(' | ')} |`)
      for (const { path, access } of fields)
        for (const op of ['read', 'create', 'update'] as const) {
          const rule = access[op]
          if (!rule) continue
          const cells = await Promise.all(
            actors.map(async (a) => {
              const own = await answer(rule, a, {
                doc: { id: OWN_CONTRIBUTOR, contributor: OWN_CONTRIBUTOR, uploadedBy: OWN_USER },
              })
              const other = await answer(rule, a, {
                doc: { id: OTHER, contributor: OTHER, uploadedBy: OTHER, credit: 'name' },
              })
              const query = await answer(rule, a)
              if (own === other && (op !== 'read' || other === query)) return own
              return `own: ${own}; other: ${other}${op === 'read' ? `; query: ${query}` : ''}`
            }),
          )
          lines.push(`| ${path} | ${op} | ${cells.join(' | ')} |`)
        }
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
