import { rmSync } from 'node:fs'

import type { Payload } from 'payload'

/**
 * Boots Payload on the temporary database and media folder that setup.ts made for this file
 * (or on DATABASE_URL when it names MongoDB), and gives back a function that tears it down.
 */
export async function bootPayload(): Promise<{ payload: Payload; teardown: () => Promise<void> }> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    teardown: async () => {
      if (!process.env.DATABASE_URL?.startsWith('file:'))
        await payload.db.connection?.dropDatabase() // MongoDB's (mongoose) connection
      await payload.destroy()
      rmSync(process.env.VV_TEST_DIR!, { recursive: true, force: true })
    },
  }
}
