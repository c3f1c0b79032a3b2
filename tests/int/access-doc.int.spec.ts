// docs/access.md is generated from the live config; it must say what the code does today.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { accessMatrix } from '@/access/matrix'

describe('docs/access.md', () => {
  it('is up to date with the access rules (run `npm run docs:access` after changing them)', async () => {
    const { default: config } = await import('@payload-config')
    const generated = await accessMatrix(await config)
    const committed = readFileSync(
      path.resolve(import.meta.dirname, '../../docs/access.md'),
      'utf8',
    )
    expect(committed).toBe(generated)
  })

  it('shows the rules that matter: public reads of work, private fields, files', async () => {
    const { default: config } = await import('@payload-config')
    const doc = await accessMatrix(await config)
    expect(doc).toContain(
      '| read | rows where _status = published and editorialStatus = accepted |',
    )
    expect(doc).toMatch(/\| legalName \| read \| — \|/)
    expect(doc).toMatch(/### media[\s\S]*?\| read \| rows where public = true \|/)
  })
})
