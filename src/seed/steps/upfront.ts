import { ref, type ID } from '@/lib/relations'
import { plainTextToLexical } from '@/lib/richText'
import { vttClock } from '@/lib/transcript'
import { demoGuests } from '../data/people'
import { demoEpisodes } from '../data/programs'
import { makeWav } from '../generate'
import { ensure, uploadFile, type SeedContext } from '../context'

/** UpFront!'s demo guests. */
export async function seedGuests(s: SeedContext): Promise<ID[]> {
  const { payload, base, log } = s
  log('guests')
  const guestIds: ID[] = []
  for (const [i, guest] of demoGuests.entries()) {
    guestIds.push(
      await ensure(payload, 'guests', { name: { equals: guest.name } }, () =>
        payload.create({
          ...base,
          collection: 'guests',
          data: {
            ...guest,
            bio: `${guest.name} is ${guest.role.toLowerCase()} at ${guest.organisation}. Demo guest profile.`,
            links:
              i % 3 === 0 ? [{ label: 'Organisation website', url: 'https://example.org/' }] : [],
          },
        }),
      ),
    )
  }
  return guestIds
}

/** The demo episodes, each with generated audio, a timed transcript and one interview per guest. */
export async function seedEpisodes(
  s: SeedContext,
  { guestIds, topicIds }: { guestIds: ID[]; topicIds: Record<string, ID> },
): Promise<void> {
  const { payload, base, log } = s
  log('episodes and interviews')
  for (const [i, ep] of demoEpisodes.entries()) {
    await ensure(payload, 'episodes', { number: { equals: ep.number } }, async () => {
      const audio = await payload.create({
        ...base,
        collection: 'audio',
        data: { title: `UpFront! ${ep.number}` },
        file: uploadFile(`upfront-${ep.number}.wav`, makeWav(6, 220 + i * 20), 'audio/wav'),
      })
      const guests = ep.guests.map((g) => ref(guestIds[g]))
      const episode = await payload.create({
        ...base,
        collection: 'episodes',
        data: {
          number: ep.number,
          title: ep.title,
          slug: `upfront-${ep.number}`,
          airDate: ep.airDate,
          audio: audio.id,
          duration: 6,
          summary: ep.summary,
          showNotes: plainTextToLexical(
            `${ep.summary}\n\nUpFront! airs weekly. This is demo content.`,
          ),
          // Timed, one interview every 3 seconds of the 6-second demo audio.
          transcript: ep.guests
            .map(
              (g, n) =>
                `[${vttClock(n * 3)}] HOST: Welcome, ${demoGuests[g].name}.\n[${vttClock(n * 3 + 1)}] ${demoGuests[g].name.toUpperCase()}: Thank you for having me. (Demo transcript, part ${n + 1}.)`,
            )
            .join('\n'),
          guests,
          topics: ep.topics.map((t) => ref(topicIds[t])),
          _status: 'published',
          publishedAt: ep.airDate,
        },
      })
      for (const [n, g] of ep.guests.entries()) {
        await payload.create({
          ...base,
          collection: 'interviews',
          data: {
            title: `${demoGuests[g].name} on ${ep.title.toLowerCase()}`,
            slug: `upfront-${ep.number}-${n + 1}`,
            guests: [ref(guestIds[g])],
            episode: episode.id,
            startTime: n * 3,
            endTime: n * 3 + 3,
            summary: `A conversation with ${demoGuests[g].name} (${demoGuests[g].organisation}).`,
            transcript: `${demoGuests[g].name}: We organise because nobody else will do it for us. (Demo.)`,
            pullQuotes: [{ quote: 'We organise because nobody else will do it for us.' }],
            topics: ep.topics.map((t) => ref(topicIds[t])),
          },
        })
      }
      return episode
    })
  }
}
