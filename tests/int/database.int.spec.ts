import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { createClient } from '@libsql/client'

import {
  DatabaseUrlError,
  JournalModeError,
  maskUrl,
  mongoHosts,
  resolveDatabaseTarget,
  sqliteJournalMode,
} from '@/db'

const root = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vv-db-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function journalModeOf(file: string) {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute('PRAGMA journal_mode')).rows[0].journal_mode
  } finally {
    client.close()
  }
}

/** Runs scripts/db-check.ts in its own process, the way the app starts. */
function dbCheck(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const started = Date.now()
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=production', 'scripts/db-check.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: path.join(tmp, 'media'),
        PAYLOAD_SECRET: 'x',
        NODE_ENV: 'test',
        ...extraEnv,
      },
    },
  )
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

describe('DATABASE_URL selects the adapter', () => {
  it('unset means the embedded SQLite file under data/', () => {
    const target = resolveDatabaseTarget(undefined)
    expect(target.kind).toBe('sqlite')
    expect(target.kind === 'sqlite' && target.file).toBe(path.join(root, 'data/voice.sqlite'))
    expect(resolveDatabaseTarget('  ').kind).toBe('sqlite')
  })

  it('file: means SQLite at that path (relative to the project, or absolute)', () => {
    expect(resolveDatabaseTarget('file:./data/other.sqlite')).toMatchObject({
      kind: 'sqlite',
      file: path.join(root, 'data/other.sqlite'),
    })
    expect(resolveDatabaseTarget('file:/var/tmp/x.sqlite')).toMatchObject({
      kind: 'sqlite',
      file: '/var/tmp/x.sqlite',
    })
  })

  it('mongodb:// and mongodb+srv:// mean MongoDB', () => {
    expect(resolveDatabaseTarget('mongodb://mongo:27017/voice').kind).toBe('mongodb')
    expect(resolveDatabaseTarget('mongodb+srv://u:p@cluster0.example.net/voice').kind).toBe(
      'mongodb',
    )
  })

  it('anything else is refused with the accepted forms, password masked', () => {
    for (const bad of ['postgres://u:hunter2@db/voice', 'voice.sqlite', 'file:', 'mongodb://']) {
      expect(() => resolveDatabaseTarget(bad)).toThrow(DatabaseUrlError)
    }
    try {
      resolveDatabaseTarget('postgres://u:hunter2@db/voice')
    } catch (err) {
      const message = (err as Error).message
      expect(message).toContain('file:')
      expect(message).toContain('mongodb://')
      expect(message).not.toContain('hunter2')
    }
  })

  it('SQLITE_JOURNAL_MODE: write-ahead log unless told "delete"', () => {
    expect(sqliteJournalMode(undefined)).toBe('wal')
    expect(sqliteJournalMode('')).toBe('wal')
    expect(sqliteJournalMode('WAL')).toBe('wal')
    expect(sqliteJournalMode(' delete ')).toBe('delete')
    expect(() => sqliteJournalMode('off')).toThrow(JournalModeError)
  })

  it('masks passwords and names hosts for messages', () => {
    expect(maskUrl('mongodb://user:s3cret@db1:27017,db2:27017/voice')).toBe(
      'mongodb://user:****@db1:27017,db2:27017/voice',
    )
    expect(mongoHosts('mongodb://user:s3cret@db1:27017,db2:27017/voice?replicaSet=rs0')).toBe(
      'db1:27017,db2:27017',
    )
  })
})

describe('at start', () => {
  it('a bad DATABASE_URL stops the process with one clear line', () => {
    const run = dbCheck('postgres://u:hunter2@db/voice')
    expect(run.status).toBe(1)
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/DATABASE_URL .* is not supported/)
    expect(lines[0]).toContain('mongodb://')
    expect(run.stderr).not.toContain('hunter2')
  })

  it('an unreachable MongoDB fails within seconds, naming the host and what to do, password masked', () => {
    const run = dbCheck('mongodb://voice:s3cret@127.0.0.1:9/voice', { MONGODB_TIMEOUT_MS: '3000' })
    expect(run.status).toBe(1)
    expect(run.seconds).toBeLessThan(30)
    expect(run.stderr).toContain('Cannot reach MongoDB at 127.0.0.1:9')
    expect(run.stderr).toContain('docker compose up -d mongo')
    expect(run.stderr).not.toContain('s3cret')
  })

  it('a fresh file: URL makes a working SQLite database, with a write-ahead log', async () => {
    const file = path.join(tmp, 'fresh.sqlite')
    const run = dbCheck(`file:${file}`)
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.stdout).toContain(`Connected to SQLite at ${file}: 0 accounts.`)
    expect(run.status).toBe(0)
    expect(await journalModeOf(file)).toBe('wal')
  })

  it('SQLITE_JOURNAL_MODE=delete (a network file system) takes a file back to a rollback journal', async () => {
    // A file in write-ahead-log mode, as the app leaves one (the test above starts the app on one).
    const file = path.join(tmp, 'shared.sqlite')
    const client = createClient({ url: `file:${file}` })
    await client.execute('PRAGMA journal_mode=WAL')
    client.close()
    expect(await journalModeOf(file)).toBe('wal')
    const back = dbCheck(`file:${file}`, { SQLITE_JOURNAL_MODE: 'delete' })
    expect(back.stderr).toBe('')
    expect(back.status).toBe(0)
    expect(await journalModeOf(file)).toBe('delete')
  })

  // Finding 13 of #15: it used to ask "data loss will occur… (y/N)" and wait forever.
  it('production on a database development pushed into stops at once with one line, no prompt', async () => {
    const file = path.join(tmp, 'pushed.sqlite')
    const client = createClient({ url: `file:${file}` })
    await client.execute(
      'CREATE TABLE payload_migrations (id integer PRIMARY KEY, name text, batch numeric, updated_at text, created_at text)',
    )
    await client.execute(
      "INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '', '')",
    )
    client.close()
    const run = dbCheck(`file:${file}`, { NODE_ENV: 'production' })
    expect(run.status).toBe(1)
    expect(run.seconds).toBeLessThan(30)
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'))
    expect(lines).toEqual([
      expect.stringMatching(/was set up by `npm run dev`.*Point DATABASE_URL at another file/),
    ])
    expect(run.stdout).not.toMatch(/data loss/i)
  })

  it('a bad SQLITE_JOURNAL_MODE stops the process with one clear line', () => {
    const run = dbCheck(`file:${path.join(tmp, 'other.sqlite')}`, { SQLITE_JOURNAL_MODE: 'memory' })
    expect(run.status).toBe(1)
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'))
    expect(lines).toEqual([expect.stringMatching(/SQLITE_JOURNAL_MODE "memory" is not supported/)])
  })
})
