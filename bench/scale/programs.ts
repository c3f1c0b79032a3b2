// The archive at scale: the programs (exhibitions, anthologies, events) over the generated work.
import { plainTextToLexical } from '@/lib/richText'
import { paragraphs, sentence, titleOf } from '../words'
import { each, type ScaleContext } from './context'

/** The generated work the programs draw on. */
type Work = { contributors: number[]; writings: number[]; artworks: number[]; images: number[] }

export async function seedPrograms(c: ScaleContext, work: Work) {
  const { payload, r, scale, log, base, year, dateIn } = c
  const { contributors, writings, artworks, images } = work
  await each(
    'exhibitions',
    scale.exhibitions,
    async (i) => {
      const works = r.some(artworks, 10, 20)
      const opens = dateIn(10)
      await payload.create({
        ...base,
        collection: 'exhibitions',
        data: {
          title: `Worker Art Show ${i + 1}: ${titleOf(r, 'en')}`,
          slug: `worker-art-show-${i + 1}`,
          opens,
          closes: new Date(Date.parse(opens) + 30 * 86_400_000).toISOString(),
          venue: r.pick(['Campus Center Gallery', 'Healey Library Lobby', 'Union Hall']),
          statement: plainTextToLexical(paragraphs(r, 'en', 2)),
          cover: r.pick(images),
          artworks: works.map((artwork) => ({ artwork, wallText: sentence(r, 'en') })),
          _status: 'published',
        },
      })
    },
    log,
  )
  await each(
    'compilations',
    scale.compilations,
    async (i) => {
      await payload.create({
        ...base,
        collection: 'compilations',
        data: {
          title: `Worker Writers Anthology ${i + 1}: ${titleOf(r, 'en')}`,
          slug: `worker-writers-anthology-${i + 1}`,
          year: year - (i % 15),
          editors: 'Worker Education Program editors',
          introduction: plainTextToLexical(paragraphs(r, 'en', 2)),
          entries: r.some(writings, 10, 20).map((value, n) => ({
            sectionHeading: n % 5 === 0 ? `Part ${n / 5 + 1}` : undefined,
            work: { relationTo: 'writings' as const, value },
          })),
          _status: 'published',
        },
      })
    },
    log,
  )
  await each(
    'events',
    scale.events,
    async (i) => {
      const start = dateIn(8)
      await payload.create({
        ...base,
        collection: 'events',
        data: {
          title: `${r.pick(['Worker Writers Reading', 'Art Show Opening', 'Building Bridges Showcase', 'UpFront! Live'])} ${i + 1}`,
          slug: `archive-event-${i + 1}`,
          kind: r.pick(['reading', 'art_show', 'showcase', 'live_radio'] as const),
          start,
          end: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(),
          venue: r.pick(['Campus Center Ballroom', 'Healey Library Lobby', 'Union Hall']),
          address: '100 Morrissey Blvd (benchmark)',
          accessibilityNotes: 'Step-free entrance; interpretation on request.',
          description: plainTextToLexical(paragraphs(r, 'en', 1)),
          featuredContributors: r.some(contributors, 1, 4),
          works: r
            .some(writings, 0, 4)
            .map((value) => ({ relationTo: 'writings' as const, value })),
        },
      })
    },
    log,
  )
}
