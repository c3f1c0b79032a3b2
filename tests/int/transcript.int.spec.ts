import webvtt from 'node-webvtt'
import { describe, expect, it } from 'vitest'

import { readTranscript, toWebVTT, transcriptOf, validateTranscript } from '@/lib/transcript'

describe('transcripts', () => {
  it('keeps a plain transcript as paragraphs', () => {
    const t = transcriptOf('HOST: Welcome.\nANA: Thanks.\n\nSecond paragraph.')
    expect(t).toEqual({
      timed: false,
      paragraphs: ['HOST: Welcome.\nANA: Thanks.', 'Second paragraph.'],
    })
  })

  it('reads timed lines into cues with speakers; untimed lines continue the cue above', () => {
    const t = transcriptOf(
      '[00:00] HOST: Welcome to UpFront!\n[1:05] Ana María: Gracias.\nWe organise.\n1:02:03.5 Closing music',
      3900,
    )
    expect(t.timed).toBe(true)
    if (!t.timed) return
    expect(t.cues).toEqual([
      { start: 0, end: 65, speaker: 'HOST', text: 'Welcome to UpFront!' },
      { start: 65, end: 3723.5, speaker: 'Ana María', text: 'Gracias.\nWe organise.' },
      { start: 3723.5, end: 3900, speaker: null, text: 'Closing music' },
    ])
  })

  it('makes WebVTT that a strict parser accepts, with voices and escaped text', () => {
    const t = transcriptOf('[00:00] HOST: Fish & <chips> --> now\n[00:04] ANA: Sí.')
    if (!t.timed) throw new Error('expected a timed transcript')
    const vtt = toWebVTT(t.cues)
    expect(vtt.startsWith('WEBVTT')).toBe(true)
    const parsed = webvtt.parse(vtt, { strict: true })
    expect(parsed.cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 4, '<v HOST>Fish &amp; &lt;chips&gt; --&gt; now'],
      [4, 9, '<v ANA>Sí.'],
    ])
  })

  it('reads a pasted WebVTT file, speakers included', () => {
    const t = transcriptOf('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana>Hola &amp; adiós\n')
    expect(t).toMatchObject({
      timed: true,
      cues: [{ start: 1, end: 3, speaker: 'Ana', text: 'Hola & adiós' }],
    })
  })

  it('says which line is out of order, and when a WebVTT file is broken', () => {
    expect(validateTranscript('[00:10] A: one\n[00:05] B: two')).toMatch(
      /^Line 2: the timestamp 00:05 comes before/,
    )
    expect(validateTranscript('WEBVTT\n\nnot a cue timing\nhello')).toMatch(/doesn't parse/)
    expect(validateTranscript('Just words.')).toBe(true)
    expect(readTranscript('').ok).toBe(true)
  })
})
