'use client'

import { useRef } from 'react'

import { formatDuration } from '@/i18n'

/**
 * The episode player: the browser's own audio controls (keyboard and screen-reader ready), plus
 * interview segments as chapters that seek to their start.
 */
export function Player({
  src,
  type,
  start,
  label,
  segments,
  labels,
}: {
  src: string
  type: string
  start?: number
  label: string
  segments: { title: string; start: number }[]
  labels: { segments: string; jumpTo: string; download: string }
}) {
  const audio = useRef<HTMLAudioElement>(null)
  const seek = (seconds: number) => {
    const el = audio.current
    if (!el) return
    el.currentTime = seconds
    void el.play().catch(() => undefined)
  }
  return (
    <div className="player">
      <audio
        ref={audio}
        controls
        preload="metadata"
        aria-label={label}
        src={start ? `${src}#t=${start}` : src}
      >
        <a href={src} type={type}>
          {labels.download}
        </a>
      </audio>
      {segments.length ? (
        <ol className="chapters" aria-label={labels.segments}>
          {segments.map((s) => (
            <li key={`${s.start}-${s.title}`}>
              <button type="button" onClick={() => seek(s.start)}>
                <span className="chapters__time">{formatDuration(s.start)}</span>{' '}
                <span className="visually-hidden">{labels.jumpTo} </span>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="player__download">
        <a href={src} download>
          {labels.download}
        </a>
      </p>
    </div>
  )
}
