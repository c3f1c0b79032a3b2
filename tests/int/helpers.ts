import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Boots Payload on a fresh temporary SQLite file and media folder (or on DATABASE_URL when it
 * is set to something else), and gives back a function that tears it all down.
 */
export async function bootPayload(): Promise<{ payload: Payload; dir: string; teardown: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vv-int-'))
  const external = process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith('file:')
  if (!external) process.env.DATABASE_URL = `file:${path.join(dir, 'test.sqlite')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    teardown: async () => {
      if (external) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
