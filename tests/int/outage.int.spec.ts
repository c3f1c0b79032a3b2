import { subscribe, unsubscribe } from 'node:diagnostics_channel'

import Database from 'libsql'
import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { DATABASE_DOWN_CHANNEL } from '@/lib/data/databaseDown.mjs'
import {
  databaseDownSince,
  getPayloadClient,
  isDatabaseDown,
  ServiceUnavailable,
} from '@/lib/data/payload'
import { bootBeforeAll } from './helpers'

// A rollback journal (as on a network file system), set before the config is imported: there
// another connection's exclusive lock stops every query, as a database that is down does. (Under
// the default write-ahead log, readers never wait for a lock.)
vi.hoisted(() => {
  process.env.SQLITE_JOURNAL_MODE = 'delete'
})

let payload: Payload
bootBeforeAll((booted) => {
  payload = booted
})

describe('an unavailable database', () => {
  it('tells an unreachable database from other errors', () => {
    expect(
      isDatabaseDown(
        Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }),
      ),
    ).toBe(true)
    const mongo = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), {
      name: 'MongoServerSelectionError',
    })
    expect(isDatabaseDown(new Error('query failed', { cause: mongo }))).toBe(true)
    expect(isDatabaseDown(new Error('The following field is invalid: title'))).toBe(false)
    expect(isDatabaseDown(new ServiceUnavailable(null))).toBe(true)
  })

  it('turns its failures into ServiceUnavailable, and works again when it is back', async () => {
    if (!process.env.DATABASE_URL?.startsWith('file:')) return // the lock below is SQLite's
    const site = await getPayloadClient()
    expect((await site.count({ collection: 'topics' })).totalDocs).toBe(0)
    // Another process holding the file: one connection of its own (not a pooled client's).
    const lock = new Database(process.env.DATABASE_URL.slice('file:'.length))
    // What server.mjs listens to, to answer the request 503.
    const told: unknown[] = []
    const listener = (message: unknown) => told.push(message)
    subscribe(DATABASE_DOWN_CHANNEL, listener)
    lock.exec('BEGIN EXCLUSIVE')
    try {
      expect(databaseDownSince()).toBeUndefined()
      const failed = await site.count({ collection: 'topics' }).catch((e: unknown) => e)
      expect(failed).toBeInstanceOf(ServiceUnavailable)
      expect((failed as ServiceUnavailable).digest).toBe('VV_SERVICE_UNAVAILABLE')
      expect(databaseDownSince()).toBeGreaterThan(Date.now() - 60_000)
      expect(told).toHaveLength(1)
      // Right after, calls fail at once rather than each waiting for the lock to time out.
      const started = Date.now()
      await expect(site.find({ collection: 'topics' })).rejects.toBeInstanceOf(ServiceUnavailable)
      expect(Date.now() - started).toBeLessThan(1000)
    } finally {
      unsubscribe(DATABASE_DOWN_CHANNEL, listener)
      lock.exec('ROLLBACK')
      lock.close()
    }
    // Back: once the pause is over, the next call reaches the database and all is well.
    await new Promise((resolve) => setTimeout(resolve, 5_100))
    expect((await site.count({ collection: 'topics' })).totalDocs).toBe(0)
    expect(databaseDownSince()).toBeUndefined()
    expect(payload).toBeDefined()
  }, 30_000)

  it('a save whose COMMIT the database refuses fails, and nothing of it is stored', async () => {
    if (!process.env.DATABASE_URL?.startsWith('file:')) return // the lock below is SQLite's
    // A reader in another process holds the file past the busy timeout: under a rollback journal
    // the save's writes go through, but its COMMIT cannot take the file and is rolled back.
    const reader = new Database(process.env.DATABASE_URL.slice('file:'.length))
    reader.exec('BEGIN')
    reader.prepare('SELECT count(*) FROM topics').get()
    let saved: unknown
    try {
      saved = await payload
        .create({ collection: 'topics', data: { name: 'Refused at commit', slug: 'refused' } })
        .catch((e: unknown) => e)
    } finally {
      reader.exec('ROLLBACK')
      reader.close()
    }
    // Payload's adapter answered such a save as done (a worker was thanked for a lost piece).
    expect(saved).toBeInstanceOf(Error)
    expect(isDatabaseDown(saved)).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'topics',
      where: { slug: { equals: 'refused' } },
    })
    expect(totalDocs).toBe(0)
    // And the refused commit left nothing holding the file: the next save is stored.
    await payload.create({ collection: 'topics', data: { name: 'Saved after', slug: 'after' } })
    const again = await payload.count({
      collection: 'topics',
      where: { slug: { equals: 'after' } },
    })
    expect(again.totalDocs).toBe(1)
  }, 30_000)
})
