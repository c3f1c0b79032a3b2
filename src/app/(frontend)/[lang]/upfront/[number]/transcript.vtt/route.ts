import { getEpisode } from '@/lib/data/episodes'
import { positiveInt } from '@/lib/locale'
import { toWebVTT } from '@/lib/transcript'

type Context = { params: Promise<{ number: string }> }

/** /upfront/[number]/transcript.vtt: a timed transcript as WebVTT, for podcast apps and players. */
export async function GET(_: Request, { params }: Context) {
  const number = positiveInt((await params).number)
  const episode = number ? await getEpisode('en', number) : null
  if (!episode?.transcript.timed) return new Response('Not found', { status: 404 })
  return new Response(toWebVTT(episode.transcript.cues), {
    headers: {
      'Content-Type': 'text/vtt; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
