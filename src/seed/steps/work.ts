import { ref, refs, type ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import { demoWritings } from '../data/writings'
import { demoArtworks } from '../data/programs'
import { makeArtworkImage } from '../generate'
import { ensure, uploadFile, type SeedContext } from '../context'

type Credits = { topicIds: Record<string, ID>; contributorIds: ID[] }

/** The demo writings (some still in review), with their translations linked; ids by key. */
export async function seedWritings(
  s: SeedContext,
  { topicIds, contributorIds }: Credits,
): Promise<Record<string, ID>> {
  const { payload, base, log } = s
  log('writing')
  const writingIds: Record<string, ID> = {}
  const year = new Date().getUTCFullYear()
  for (const [i, w] of demoWritings.entries()) {
    const published = !w.status
    writingIds[w.key] = await ensure(payload, 'writings', { slug: { equals: w.key } }, () =>
      payload.create({
        ...base,
        collection: 'writings',
        draft: !published,
        data: {
          title: w.title,
          slug: w.key,
          form: w.form,
          language: w.language,
          body: plainTextToLexical(w.text),
          excerpt: w.text.split('\n')[0].slice(0, 200),
          contributor: ref(contributorIds[w.author]),
          credit: w.credit,
          penName: w.penName,
          topics: w.topics.map((t) => ref(topicIds[t])),
          editorialStatus: w.status ?? 'accepted',
          featured: published && ['night-shift', 'first-paycheck'].includes(w.key),
          consents: {
            publishOnline: true,
            printAndExhibit: !w.noPrint,
            readAloud: i % 4 !== 3,
            source: 'submissionForm',
          },
          _status: published ? 'published' : 'draft',
          publishedAt: published
            ? new Date(Date.UTC(year - (i % 4), (i * 5) % 12, 1 + (i % 27))).toISOString()
            : undefined,
        },
      }),
    )
  }
  for (const w of demoWritings.filter((x) => x.pair)) {
    const current = await payload.findByID({
      ...base,
      collection: 'writings',
      id: writingIds[w.key],
      draft: true,
      select: { translations: true },
    })
    if (current.translations?.length) continue
    await payload.update({
      ...base,
      collection: 'writings',
      id: writingIds[w.key],
      data: { translations: [ref(writingIds[w.pair!])] },
    })
  }
  return writingIds
}

/** The demo artworks, each with its generated images. */
export async function seedArtworks(
  s: SeedContext,
  { topicIds, contributorIds }: Credits,
): Promise<ID[]> {
  const { payload, base, log } = s
  const year = new Date().getUTCFullYear()
  log('artworks')
  const artworkIds: ID[] = []
  for (const [i, art] of demoArtworks.entries()) {
    artworkIds.push(
      await ensure(payload, 'artworks', { slug: { equals: art.slug } }, async () => {
        const images: ID[] = []
        for (let n = 0; n < art.images; n++) {
          const file = await makeArtworkImage(i * 7 + n + 1)
          const media = await payload.create({
            ...base,
            collection: 'media',
            data: {
              alt: `${art.alt}${art.images > 1 ? ` (view ${n + 1})` : ''}`,
              credit: 'Demo image generated for Voice & Visibility',
            },
            file: uploadFile(`${art.slug}-${n + 1}.jpg`, file, 'image/jpeg'),
          })
          images.push(media.id)
        }
        return payload.create({
          ...base,
          collection: 'artworks',
          data: {
            title: art.title,
            slug: art.slug,
            images: refs(images),
            medium: art.medium,
            dimensions: art.dimensions,
            year: year - (i % 6),
            statement: plainTextToLexical(art.statement),
            contributor: ref(contributorIds[art.author]),
            credit: art.credit,
            penName: art.penName,
            topics: art.topics.map((t) => ref(topicIds[t])),
            editorialStatus: 'accepted',
            featured: ['steam-and-light', 'crossing'].includes(art.slug),
            consents: {
              publishOnline: true,
              printAndExhibit: true,
              readAloud: false,
              source: 'paperForm',
            },
            _status: 'published',
            publishedAt: new Date(Date.UTC(year - (i % 5), (i * 3) % 12, 10)).toISOString(),
          },
        })
      }),
    )
  }
  return artworkIds
}
