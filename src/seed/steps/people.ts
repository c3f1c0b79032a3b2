import { ref, type ID } from '@/lib/relations'
import { demoContributors, demoTopics } from '../data/people'
import { makePortrait } from '../generate'
import { ensure, uploadFile, type SeedContext } from '../context'

export const DEMO_ACCOUNTS = ['admin', 'editor', 'contributor'] as const
export const demoEmail = (role: (typeof DEMO_ACCOUNTS)[number]) => `${role}@example.com`
export const seedPassword = () => process.env.SEED_PASSWORD || 'demo-password'

/** Topics, named in English and Spanish; their ids by slug. */
export async function seedTopics(s: SeedContext): Promise<Record<string, ID>> {
  const { payload, base, log } = s
  log('topics')
  const topicIds: Record<string, ID> = {}
  for (const topic of demoTopics) {
    topicIds[topic.slug] = await ensure(
      payload,
      'topics',
      { slug: { equals: topic.slug } },
      async () => {
        const doc = await payload.create({
          ...base,
          collection: 'topics',
          locale: 'en',
          data: { name: topic.en, slug: topic.slug },
        })
        await payload.update({
          ...base,
          collection: 'topics',
          id: doc.id,
          locale: 'es',
          data: { name: topic.es },
        })
        return doc
      },
    )
  }
  return topicIds
}

/** The demo contributors, with a generated portrait for those with a public profile. */
export async function seedContributors(s: SeedContext): Promise<ID[]> {
  const { payload, base, log } = s
  log('contributors')
  const contributorIds: ID[] = []
  for (const [i, person] of demoContributors.entries()) {
    contributorIds.push(
      await ensure(payload, 'contributors', { email: { equals: person.email } }, async () => {
        const photo = person.publicProfile
          ? await payload.create({
              ...base,
              collection: 'media',
              data: { alt: `Illustrated placeholder portrait for ${person.displayName}` },
              file: uploadFile(
                `portrait-${i + 1}.png`,
                await makePortrait(i, person.displayName),
                'image/png',
              ),
            })
          : undefined
        return payload.create({
          ...base,
          collection: 'contributors',
          data: {
            ...person,
            photo: photo ? ref(photo.id) : undefined,
          },
        })
      }),
    )
  }
  return contributorIds
}

/** One demo account per role; the contributor's is linked to the first contributor. */
export async function seedAccounts(s: SeedContext, contributorIds: ID[]): Promise<void> {
  const { payload, base, log } = s
  log('accounts')
  for (const role of DEMO_ACCOUNTS) {
    await ensure(payload, 'users', { email: { equals: demoEmail(role) } }, () =>
      payload.create({
        ...base,
        collection: 'users',
        data: {
          email: demoEmail(role),
          password: seedPassword(),
          name: `Demo ${role}`,
          roles: [role],
          contributor: role === 'contributor' ? ref(contributorIds[0]) : undefined,
        },
      }),
    )
  }
}
