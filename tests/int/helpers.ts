import { rmSync } from 'node:fs'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, vi } from 'vitest'

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

/**
 * Boots Payload (as bootPayload) before this file's tests and tears it down after them; `ready`
 * gets it and prepares what the file needs (the test world, seed data…). A file calls this once,
 * at its top level or in the describe block that needs Payload.
 */
export function bootBeforeAll(ready: (payload: Payload) => unknown, timeout?: number) {
  let teardown: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const booted = await bootPayload()
    teardown = booted.teardown
    await ready(booted.payload)
  }, timeout)
  afterAll(async () => teardown?.())
}

/**
 * Makes the Local API's `create` or `update` of one collection fail with `error`, as a database
 * that dies mid-write would; the others go through. Restore it with the spy's `mockRestore()`.
 */
export function failWrites(
  payload: Payload,
  method: 'create' | 'update',
  collection: CollectionSlug,
  error: Error,
) {
  if (method === 'create') {
    const real = payload.create.bind(payload)
    return vi
      .spyOn(payload, 'create')
      .mockImplementation(((args: Parameters<Payload['create']>[0]) =>
        args.collection === collection ? Promise.reject(error) : real(args)) as Payload['create'])
  }
  const real = payload.update.bind(payload)
  return vi
    .spyOn(payload, 'update')
    .mockImplementation(((args: Parameters<Payload['update']>[0]) =>
      args.collection === collection ? Promise.reject(error) : real(args)) as Payload['update'])
}
