// The archive at scale: people and their work (contributors, writings, images, artworks).
import { plainTextToLexical } from '@/lib/richText'
import { slugify } from '@/lib/slugify'
import { WRITING_FORMS } from '@/lib/vocabularies'
import { makeArtworkImage } from '@/seed/generate'
import { FIRST, LANGUAGE_MIX, LAST, MEDIA, paragraphs, sentence, titleOf, WORDS } from '../words'
import { each, ids, type ScaleContext } from './context'

export async function seedWork(c: ScaleContext) {
  const { payload, r, scale, log, base, topics, year, dateIn } = c
  const contributors = await ids(payload, 'contributors')
  await each(
    'contributors',
    scale.contributors,
    async (i) => {
      const displayName = `${r.pick(FIRST)} ${r.pick(LAST)}`
      const doc = await payload.create({
        ...base,
        collection: 'contributors',
        data: {
          displayName,
          slug: `${slugify(displayName)}-${i + 1}`,
          legalName: `${displayName} (legal ${i})`,
          email: `archive.worker${i}@example.org`,
          phone: `+1 617 555 ${String(1000 + i).slice(-4)}`,
          workplace: r.pick(['Dining Services', 'Custodial Services', 'Facilities', 'Clerical']),
          publicProfile: r.next() < 0.6,
          languages: [r.pick(LANGUAGE_MIX)],
          bio: sentence(r, 'en', 10, 20),
        },
      })
      contributors.push(doc.id)
    },
    log,
  )

  const consents = () => ({
    publishOnline: true,
    printAndExhibit: r.next() < 0.8,
    readAloud: r.next() < 0.4,
    source: 'submissionForm' as const,
  })
  const credit = () => {
    const c = r.pick(['name', 'name', 'name', 'penName', 'anonymous'] as const)
    return { credit: c, penName: c === 'penName' ? `${r.pick(WORDS.en)} writer` : undefined }
  }

  const writings: number[] = []
  await each(
    'writings',
    scale.writings,
    async (i) => {
      const language = r.pick(LANGUAGE_MIX)
      const text = paragraphs(r, language, 2 + r.int(5))
      const title = titleOf(r, language)
      const doc = await payload.create({
        ...base,
        collection: 'writings',
        data: {
          title,
          // Given, so that the generator needn't look for a free one each time.
          slug: `${slugify(title) || 'writing'}-${i + 1}`,
          form: r.pick(WRITING_FORMS),
          language,
          body: plainTextToLexical(text),
          excerpt: text.split('\n')[0].slice(0, 200),
          contributor: r.pick(contributors),
          ...credit(),
          topics: r.some(topics, 1, 3),
          editorialStatus: 'accepted',
          consents: consents(),
          _status: 'published',
          publishedAt: dateIn(12),
        },
      })
      writings.push(doc.id)
    },
    log,
  )

  const images: number[] = []
  await each(
    'artwork images',
    scale.distinctImages,
    async (i) => {
      const doc = await payload.create({
        ...base,
        collection: 'media',
        data: { alt: `Generated artwork image ${i + 1} for the benchmark archive` },
        file: {
          name: `archive-art-${i + 1}.jpg`,
          data: await makeArtworkImage(1000 + i),
          mimetype: 'image/jpeg',
          size: 0,
        },
      })
      images.push(doc.id)
    },
    log,
    2,
  )
  const artworks: number[] = []
  await each(
    'artworks',
    scale.artworks,
    async (i) => {
      const title = titleOf(r, 'en')
      const doc = await payload.create({
        ...base,
        collection: 'artworks',
        data: {
          title,
          slug: `${slugify(title)}-${i + 1}`,
          images: r.some(images, 1, 2),
          medium: r.pick(MEDIA),
          dimensions: `${20 + r.int(80)} × ${20 + r.int(80)} cm`,
          year: year - r.int(12),
          statement: plainTextToLexical(paragraphs(r, r.pick(LANGUAGE_MIX), 1)),
          contributor: r.pick(contributors),
          ...credit(),
          topics: r.some(topics, 1, 2),
          editorialStatus: 'accepted',
          consents: consents(),
          _status: 'published',
          publishedAt: dateIn(12),
        },
      })
      artworks.push(doc.id)
    },
    log,
  )

  return { contributors, writings, images, artworks }
}
