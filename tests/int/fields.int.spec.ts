import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { slugify } from '@/lib/slugify'
import { plainTextToLexical } from '@/lib/richText'
import { bootBeforeAll } from './helpers'

describe('slugify', () => {
  it('folds accents, keeps non-Latin scripts, joins words with dashes', () => {
    expect(slugify('José Hernández')).toBe('jose-hernandez')
    expect(slugify('Nguyễn Thị Lan — Cơm trưa')).toBe('nguyen-thi-lan-com-trua')
    expect(slugify('Đà Nẵng')).toBe('da-nang')
    expect(slugify('母语')).toBe('母语')
    expect(slugify('  Bus 46, 5:10 a.m.  ')).toBe('bus-46-5-10-a-m')
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script')
  })
})

describe('slug field', () => {
  let payload: Payload
  const opts = { overrideAccess: true, depth: 0, context: { disableRevalidate: true } } as const
  bootBeforeAll((booted) => {
    payload = booted
  })

  it('is made from the title, unique, and stable when the title changes', async () => {
    const contributor = await payload.create({
      ...opts,
      collection: 'contributors',
      data: { displayName: 'Ana' },
    })
    const make = () =>
      payload.create({
        ...opts,
        collection: 'writings',
        data: {
          title: 'Mañana',
          body: plainTextToLexical('x'),
          form: 'poem',
          language: 'es',
          contributor: contributor.id,
          credit: 'name',
          editorialStatus: 'submitted',
        },
      })
    const first = await make()
    const second = await make()
    expect(first.slug).toBe('manana')
    expect(second.slug).toBe('manana-2')
    const renamed = await payload.update({
      ...opts,
      collection: 'writings',
      id: first.id,
      data: { title: 'Pasado mañana' },
    })
    expect(renamed.slug).toBe('manana')
    const edited = await payload.update({
      ...opts,
      collection: 'writings',
      id: first.id,
      data: { slug: 'Pasado Mañana' },
    })
    expect(edited.slug).toBe('pasado-manana')
  })

  it('a piece credited by name stores its byline and is found by it, reading its contributor once', async () => {
    const contributor = await payload.create({
      ...opts,
      collection: 'contributors',
      data: { displayName: 'Thị Lan Nguyễn' },
    })
    const reads = vi.spyOn(payload, 'findByID')
    try {
      const piece = await payload.create({
        ...opts,
        collection: 'writings',
        data: {
          title: 'Cơm trưa',
          body: plainTextToLexical('x'),
          form: 'poem',
          language: 'vi',
          contributor: contributor.id,
          credit: 'name',
          editorialStatus: 'submitted',
          byline: 'Someone else', // derived, whatever a request sends
        },
      })
      expect(piece.byline).toBe('Thị Lan Nguyễn')
      expect(piece.searchText).toContain('thi lan nguyen')
      const ofContributors = reads.mock.calls.filter(([a]) => a.collection === 'contributors')
      expect(ofContributors).toHaveLength(1)
      const penName = await payload.update({
        ...opts,
        collection: 'writings',
        id: piece.id,
        data: { credit: 'penName', penName: 'La Cocinera' },
      })
      expect(penName.byline).toBe('La Cocinera')
      expect(penName.searchText).toContain('la cocinera')
      expect(penName.searchText).not.toContain('nguyen')
    } finally {
      reads.mockRestore()
    }
  })

  it('publishedAt is stamped on first publication, kept afterwards, and absent on drafts', async () => {
    const data = {
      title: 'Ep',
      summary: 'S',
      airDate: new Date().toISOString(),
      audioUrl: 'https://example.org/a.mp3',
    }
    const draft = await payload.create({
      ...opts,
      collection: 'episodes',
      draft: true,
      data: { ...data, number: 901, _status: 'draft' },
    })
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await payload.update({
      ...opts,
      collection: 'episodes',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.publishedAt).toBeTruthy()
    const edited = await payload.update({
      ...opts,
      collection: 'episodes',
      id: draft.id,
      data: { title: 'Ep, edited', _status: 'published' },
    })
    expect(edited.publishedAt).toBe(published.publishedAt)
    const chosen = '2024-05-01T12:00:00.000Z'
    const dated = await payload.create({
      ...opts,
      collection: 'episodes',
      data: { ...data, number: 902, _status: 'published', publishedAt: chosen },
    })
    expect(dated.publishedAt).toBe(chosen)
  })
})
