import { formatDuration } from '@/i18n'
import type { Transcript as TranscriptData } from '@/lib/transcript'

/**
 * A transcript's text. Timed cues start with their time as a link to that moment of the episode
 * (`?t=`); on the episode page the player picks the click up and seeks without reloading.
 */
export function Transcript({
  transcript,
  episodePath,
  jumpTo,
}: {
  transcript: TranscriptData
  episodePath: string
  jumpTo: string
}) {
  if (!transcript.timed) return transcript.paragraphs.map((p, i) => <p key={i}>{p}</p>)
  return transcript.cues.map((c, i) => (
    <p key={i} className="cue">
      <a
        className="cue__time"
        href={`${episodePath}?t=${Math.floor(c.start)}`}
        data-seek={c.start}
        aria-label={`${jumpTo} ${formatDuration(c.start)}`}
      >
        {formatDuration(c.start)}
      </a>{' '}
      {c.speaker ? <strong className="cue__speaker">{c.speaker}:</strong> : null} {c.text}
    </p>
  ))
}
