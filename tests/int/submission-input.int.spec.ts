import { describe, expect, it } from 'vitest'

import { checkImages } from '@/lib/submissions/files'
import { SUBMISSION_LIMITS } from '@/lib/submissions/limits'
import { parseSubmission } from '@/lib/submissions/schema'
import { pngClaiming } from './fixtures'
import { asFile, jpeg, poem } from './submissionInput'

// What the submission form's input must be before anything is stored (no database needed).

describe('validation refuses bad input with a code per field', () => {
  it('accepts a complete poem', () => expect(parseSubmission(poem()).ok).toBe(true))
  it.each([
    ['an empty title', { title: '' }, 'title', 'required'],
    [
      'an enormous title',
      { title: 'x'.repeat(SUBMISSION_LIMITS.titleChars + 1) },
      'title',
      'tooLong',
    ],
    ['blank text', { text: '   ' }, 'text', 'required'],
    ['enormous text', { text: 'x'.repeat(SUBMISSION_LIMITS.textChars + 1) }, 'text', 'tooLong'],
    [
      'a pen name credit without a pen name',
      { credit: 'penName', penName: '' },
      'penName',
      'required',
    ],
    ['a name credit without a name', { credit: 'name', name: '' }, 'name', 'required'],
    ['no consent at all', { consentOnline: '' }, 'consents', 'consent'],
    ['a malformed email', { email: 'not-an-email' }, 'email', 'email'],
    ['a phone without digits', { phone: '12' }, 'phone', 'phone'],
    ['an unknown language', { language: 'klingon' }, 'language', 'choice'],
    ['an unknown form', { form: 'limerick' }, 'form', 'choice'],
  ] as const)('refuses %s', (_label, change, field, code) => {
    const parsed = parseSubmission(poem(change))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[field]).toBe(code)
  })
})

describe('images are checked by their bytes', () => {
  it('accepts real images whatever their names', async () => {
    const result = await checkImages([asFile('photo.txt', await jpeg())])
    expect(result.ok && result.uploads[0].mimetype).toBe('image/jpeg')
  })
  it('refuses a photo with more pixels than it can take, before decoding it', async () => {
    expect(await checkImages([asFile('huge.png', await pngClaiming(10_000, 10_000))])).toEqual({
      ok: false,
      error: 'imagePixels',
    })
  })
  it('refuses a text file named .jpg, an SVG, none, too many and too big', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    expect(await checkImages([asFile('cat.jpg', Buffer.from('just text, honestly'))])).toEqual({
      ok: false,
      error: 'fileType',
    })
    expect(await checkImages([asFile('logo.png', svg)])).toEqual({ ok: false, error: 'fileType' })
    expect(await checkImages([])).toEqual({ ok: false, error: 'noFiles' })
    const one = asFile('a.jpg', await jpeg())
    expect(await checkImages(Array(SUBMISSION_LIMITS.maxImages + 1).fill(one))).toEqual({
      ok: false,
      error: 'tooManyFiles',
    })
    expect(await checkImages([{ ...one, size: SUBMISSION_LIMITS.imageBytes + 1 }])).toEqual({
      ok: false,
      error: 'fileSize',
    })
  })
})
