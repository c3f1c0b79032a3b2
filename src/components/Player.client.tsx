'use client'

import { useEffect, useRef } from 'react'

import { formatDuration } from '@/i18n/format'

function seekTo(el: HTMLAudioElement | null, seconds: number) {
  if (!el) return
  el.currentTime = seconds
  void el.play().catch(() => undefined)
}

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
  const seek = (seconds: number) => seekTo(audio.current, seconds)
  // Timestamps in the transcript beside the player are links to `?t=`; with the player here,
  // a click seeks instead of loading the page again.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-seek]')
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      seekTo(audio.current, Number(link.getAttribute('data-seek')))
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
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
