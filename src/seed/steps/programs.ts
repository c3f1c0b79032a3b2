import { ref, relId, type ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import { demoArtworks, demoCompilations, demoEvents, demoExhibitions } from '../data/programs'
import { ensure, type SeedContext } from '../context'

/** The demo exhibitions, each covered by its first artwork's first image. */
export async function seedExhibitions(s: SeedContext, artworkIds: ID[]): Promise<ID[]> {
  const { payload, base, log } = s
  log('exhibitions, anthologies, events')
  const exhibitionIds: ID[] = []
  for (const ex of demoExhibitions) {
    exhibitionIds.push(
      await ensure(payload, 'exhibitions', { slug: { equals: ex.slug } }, async () => {
        const cover = await payload.findByID({
          collection: 'artworks',
          id: artworkIds[ex.works[0]],
          depth: 0,
          overrideAccess: true,
        })
        const image = relId(cover.images?.[0])
        return payload.create({
          ...base,
          collection: 'exhibitions',
          data: {
            title: ex.title,
            slug: ex.slug,
            opens: ex.opens,
            closes: ex.closes,
            venue: ex.venue,
            statement: plainTextToLexical(ex.statement),
            cover: image === undefined ? undefined : ref(image),
            artworks: ex.works.map((w) => ({
              artwork: ref(artworkIds[w]),
              wallText: demoArtworks[w].wallText,
            })),
            _status: 'published',
          },
        })
      }),
    )
  }
  return exhibitionIds
}

/** The demo anthologies, of writings and artworks. */
export async function seedAnthologies(
  s: SeedContext,
  { writingIds, artworkIds }: { writingIds: Record<string, ID>; artworkIds: ID[] },
): Promise<void> {
  const { payload, base } = s
  for (const comp of demoCompilations) {
    await ensure(payload, 'compilations', { slug: { equals: comp.slug } }, () =>
      payload.create({
        ...base,
        collection: 'compilations',
        data: {
          title: comp.title,
          slug: comp.slug,
          year: comp.year,
          editors: comp.editors,
          introduction: plainTextToLexical(comp.introduction),
          entries: comp.entries.map((e) => ({
            sectionHeading: e.section,
            work: e.writing
              ? { relationTo: 'writings' as const, value: ref(writingIds[e.writing]) }
              : { relationTo: 'artworks' as const, value: ref(artworkIds[e.artwork!]) },
          })),
          _status: 'published',
        },
      }),
    )
  }
}

/** The demo events: readings and openings, with their readers and works. */
export async function seedEvents(
  s: SeedContext,
  ids: { contributorIds: ID[]; writingIds: Record<string, ID>; exhibitionIds: ID[] },
): Promise<void> {
  const { payload, base } = s
  const { contributorIds, writingIds, exhibitionIds } = ids
  for (const ev of demoEvents) {
    await ensure(payload, 'events', { slug: { equals: ev.slug } }, () =>
      payload.create({
        ...base,
        collection: 'events',
        data: {
          title: ev.title,
          slug: ev.slug,
          kind: ev.kind,
          start: ev.start,
          end: ev.end,
          venue: ev.venue,
          address: ev.address,
          attendance: ev.attendance,
          accessibilityNotes: ev.accessibilityNotes,
          registrationUrl: ev.registrationUrl,
          description: plainTextToLexical(ev.description),
          featuredContributors: ev.readers.map((r) => ref(contributorIds[r])),
          works: ev.works.map((k) => ({
            relationTo: 'writings' as const,
            value: ref(writingIds[k]),
          })),
          exhibition: ev.exhibition !== undefined ? ref(exhibitionIds[ev.exhibition]) : undefined,
        },
      }),
    )
  }
}
