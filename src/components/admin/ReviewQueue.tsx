import type { Payload, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { userIsEditor } from '@/access/roles'
import { L, type AdminI18n } from '@/i18n/admin'
import { stateWhere, WORK_STATES } from '@/lib/editorial/stateMachine'
import type { User } from '@/payload-types'

type Props = { payload: Payload; i18n: AdminI18n; user?: Pick<User, 'roles'> | null }

const collections = [
  { slug: 'writings', label: 'vv:writing' },
  { slug: 'artworks', label: 'vv:art' },
] as const

/** A Where as the admin list's query string (`where[and][0][editorialStatus][equals]=…`). */
function whereQuery(value: unknown, prefix = 'where'): string[] {
  if (value === null || typeof value !== 'object')
    return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
  return Object.entries(value).flatMap(([k, v]) => whereQuery(v, `${prefix}[${k}]`))
}

/**
 * Dashboard panel: how many pieces are in each state (the one state the admin and the worker
 * see, src/lib/editorial/stateMachine.ts), each count a link to that list, oldest first.
 */
export async function ReviewQueue({ payload, i18n, user }: Props) {
  // Contributors use the admin too; the queue is the editors' business.
  if (!userIsEditor(user)) return null
  const { t } = i18n
  const rows = await Promise.all(
    collections.map(async (c) => ({
      ...c,
      counts: await Promise.all(
        WORK_STATES.map(async (state) => ({
          state,
          count: (
            await payload.count({
              collection: c.slug,
              where: stateWhere[state] as Where,
              overrideAccess: true,
            })
          ).totalDocs,
        })),
      ),
    })),
  )
  return (
    <section className="vv-queue" aria-labelledby="vv-queue-title">
      <h2 id="vv-queue-title">{t('vv:queueTitle')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {WORK_STATES.map((state) => (
              <th key={state} scope="col">
                {getTranslation(L(`options.workState.${state}`), i18n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row">{t(row.label)}</th>
              {row.counts.map(({ state, count }) => (
                <td key={state}>
                  <a
                    href={`/admin/collections/${row.slug}?${whereQuery(stateWhere[state]).join('&')}&sort=createdAt`}
                  >
                    {count}
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
