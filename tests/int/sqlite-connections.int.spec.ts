// SQLite connections under transactions (issue #16 bench finding): libsql 0.14 handed each
// transaction a connection of its own and never closed it — two file descriptors leaked per save,
// until the server could open no file at all (the archive-scale seed died at ~9,000 writings),
// and every later connection ran without foreign keys. @libsql/client 0.18 returns them to a pool.
import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { bootBeforeAll } from './helpers'

let payload: Payload
bootBeforeAll((booted) => {
  payload = booted
})

const openFiles = () => readdirSync('/proc/self/fd').length
type Client = { execute(sql: string): Promise<{ rows: Record<string, unknown>[] }> }
const client = () => (payload.db as unknown as { client: Client }).client

describe('SQLite connections', () => {
  it('saves in transactions open no file they do not close', async () => {
    const save = (i: number) =>
      payload.create({
        collection: 'topics',
        data: { name: `Connection ${i}`, slug: `connection-${i}` },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    for (let i = 0; i < 20; i++) await save(i) // warm: the pool and the write-ahead log
    const before = openFiles()
    for (let i = 20; i < 220; i++) await save(i)
    expect(openFiles() - before).toBeLessThan(10)
  })

  it('every connection after a transaction keeps foreign keys and the busy timeout', async () => {
    const [fk] = (await client().execute('PRAGMA foreign_keys')).rows
    const [busy] = (await client().execute('PRAGMA busy_timeout')).rows
    expect(Object.values(fk)[0]).toBe(1)
    expect(Number(Object.values(busy)[0])).toBeGreaterThanOrEqual(2000)
  })
})
