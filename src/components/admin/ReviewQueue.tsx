import type { Payload } from 'payload'

import { userIsEditor } from '@/access/roles'
import { editorialStatuses } from '@/fields/editorialStatus'
import type { User } from '@/payload-types'

type Props = { payload: Payload; i18n?: { language?: string }; user?: Pick<User, 'roles'> | null }

const collections = [
  { slug: 'writings', label: { en: 'Writing', es: 'Escritos' } },
  { slug: 'artworks', label: { en: 'Art', es: 'Arte' } },
] as const

/**
 * Dashboard panel: how many submissions wait in each editorial state, each count a link to that
 * queue, oldest first.
 */
export async function ReviewQueue({ payload, i18n, user }: Props) {
  // Contributors use the admin too; the queue is the editors' business.
  if (!userIsEditor(user)) return null
  const lang = i18n?.language === 'es' ? 'es' : 'en'
  const rows = await Promise.all(
    collections.map(async (c) => ({
      ...c,
      counts: await Promise.all(
        editorialStatuses.map(async (s) => ({
          status: s,
          count: (
            await payload.count({
              collection: c.slug,
              where: { editorialStatus: { equals: s.value } },
              overrideAccess: true,
            })
          ).totalDocs,
        })),
      ),
    })),
  )
  return (
    <section className="vv-queue" aria-labelledby="vv-queue-title">
      <h2 id="vv-queue-title">{lang === 'es' ? 'Cola de revisión' : 'Review queue'}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {editorialStatuses.map((s) => (
              <th key={s.value} scope="col">
                {s.label[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row">{row.label[lang]}</th>
              {row.counts.map(({ status, count }) => (
                <td key={status.value}>
                  <a
                    href={`/admin/collections/${row.slug}?where[editorialStatus][equals]=${status.value}&sort=createdAt`}
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
