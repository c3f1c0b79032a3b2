// The archive at scale: UpFront! (guests, audio, episodes and their interviews).
import { plainTextToLexical } from '@/lib/richText'
import { makeWav } from '@/seed/generate'
import { FIRST, LAST, ORGS, paragraphs, sentence, titleOf } from '../words'
import { each, type ScaleContext } from './context'

export async function seedUpfront(c: ScaleContext) {
  const { payload, r, scale, log, base, topics } = c
  const guests: number[] = []
  await each(
    'guests',
    scale.guests,
    async (i) => {
      const doc = await payload.create({
        ...base,
        collection: 'guests',
        data: {
          name: `${r.pick(FIRST)} ${r.pick(LAST)} ${i + 1}`,
          organisation: r.pick(ORGS),
          role: r.pick(['Organiser', 'Steward', 'Researcher', 'Nurse', 'Teacher', 'Driver']),
          bio: sentence(r, 'en', 12, 24),
        },
      })
      guests.push(doc.id)
    },
    log,
  )

  const audio: number[] = []
  for (let i = 0; i < 8; i++) {
    const doc = await payload.create({
      ...base,
      collection: 'audio',
      data: { title: `Archive audio ${i + 1}` },
      file: {
        name: `archive-audio-${i + 1}.wav`,
        data: makeWav(4, 200 + i * 30),
        mimetype: 'audio/wav',
        size: 0,
      },
    })
    audio.push(doc.id)
  }
  const existing = await payload.find({
    collection: 'episodes',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true },
  })
  const taken = new Set(existing.docs.map((d) => d.number))
  const numbers = Array.from({ length: scale.episodes }, (_, i) => i + 1).filter(
    (n) => !taken.has(n),
  )
  const episodes: { id: number; guests: number[]; number: number }[] = []
  const firstAir = Date.UTC(2017, 8, 7)
  await each(
    'episodes',
    numbers.length,
    async (i) => {
      const number = numbers[i]
      const epGuests = r.some(guests, 1, 4)
      const airDate = new Date(firstAir + (number - 1) * 7 * 86_400_000).toISOString()
      const summary = sentence(r, 'en', 14, 26)
      const doc = await payload.create({
        ...base,
        collection: 'episodes',
        data: {
          number,
          title: `UpFront! ${number}: ${titleOf(r, 'en')}`,
          slug: `upfront-${number}`,
          airDate,
          audio: r.pick(audio),
          duration: 4,
          summary,
          showNotes: plainTextToLexical(paragraphs(r, 'en', 2)),
          transcript: paragraphs(r, 'en', 4),
          guests: epGuests,
          topics: r.some(topics, 1, 2),
          _status: 'published',
          publishedAt: airDate,
        },
      })
      episodes.push({ id: doc.id, guests: epGuests, number })
    },
    log,
  )
  episodes.sort((a, b) => a.number - b.number)
  await each(
    'interviews',
    scale.interviews,
    async (i) => {
      const episode = episodes[i % episodes.length]
      const part = Math.floor(i / episodes.length)
      await payload.create({
        ...base,
        collection: 'interviews',
        data: {
          title: `${titleOf(r, 'en')} (UpFront! ${episode.number}, part ${part + 1})`,
          slug: `upfront-${episode.number}-archive-${part + 1}`,
          guests: [episode.guests[part % episode.guests.length]],
          episode: episode.id,
          startTime: part * 2,
          endTime: part * 2 + 2,
          summary: sentence(r, 'en', 10, 18),
          transcript: paragraphs(r, 'en', 2),
          pullQuotes: [{ quote: sentence(r, 'en') }],
          topics: r.some(topics, 1, 2),
        },
      })
    },
    log,
  )

  return { guests: guests.length, episodes: episodes.length }
}
