import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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

type Run = { status: number | null; stdout: string; stderr: string; seconds: number }

/**
 * Runs scripts/db-check.ts in its own process, the way the app starts. Asynchronous, so that the
 * starts below run side by side: each loads the whole app (about ten seconds of one core).
 */
function dbCheck(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=production', 'scripts/db-check.ts'],
      {
        cwd: root,
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
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    // A start that waits (for a prompt, a database) is killed: its status is then null.
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr, seconds: (Date.now() - started) / 1000 })
    })
  })
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
  const file = (name: string) => path.join(tmp, name)
  const runs: Record<string, Run> = {}
  beforeAll(async () => {
    // A file in write-ahead-log mode, as the app leaves one.
    const shared = createClient({ url: `file:${file('shared.sqlite')}` })
    await shared.execute('PRAGMA journal_mode=WAL')
    shared.close()
    // A file `npm run dev` pushed its schema into (Payload marks it with batch -1).
    const pushed = createClient({ url: `file:${file('pushed.sqlite')}` })
    await pushed.execute(
      'CREATE TABLE payload_migrations (id integer PRIMARY KEY, name text, batch numeric, updated_at text, created_at text)',
    )
    await pushed.execute(
      "INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '', '')",
    )
    pushed.close()
    const started = {
      badUrl: dbCheck('postgres://u:hunter2@db/voice'),
      mongo: dbCheck('mongodb://voice:s3cret@127.0.0.1:9/voice', { MONGODB_TIMEOUT_MS: '3000' }),
      fresh: dbCheck(`file:${file('fresh.sqlite')}`),
      journalDelete: dbCheck(`file:${file('shared.sqlite')}`, { SQLITE_JOURNAL_MODE: 'delete' }),
      pushed: dbCheck(`file:${file('pushed.sqlite')}`, { NODE_ENV: 'production' }),
      badJournal: dbCheck(`file:${file('other.sqlite')}`, { SQLITE_JOURNAL_MODE: 'memory' }),
    }
    for (const [name, run] of Object.entries(started)) runs[name] = await run
  }, 180_000)
  const linesOf = (run: Run) =>
    run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'))

  it('a bad DATABASE_URL stops the process with one clear line', () => {
    const run = runs.badUrl
    expect(run.status).toBe(1)
    const lines = linesOf(run)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/DATABASE_URL .* is not supported/)
    expect(lines[0]).toContain('mongodb://')
    expect(run.stderr).not.toContain('hunter2')
  })

  // "Within seconds" is measured against the start that stops before any connection (the bad
  // URL), which loaded the same app at the same time: MongoDB's default wait would add 30 s.
  it('an unreachable MongoDB fails within seconds, naming the host and what to do, password masked', () => {
    const run = runs.mongo
    expect(run.status).toBe(1)
    expect(run.seconds - runs.badUrl.seconds).toBeLessThan(20)
    expect(run.stderr).toContain('Cannot reach MongoDB at 127.0.0.1:9')
    expect(run.stderr).toContain('docker compose up -d mongo')
    expect(run.stderr).not.toContain('s3cret')
  })

  it('a fresh file: URL makes a working SQLite database, with a write-ahead log', async () => {
    const run = runs.fresh
    expect(run.stderr).not.toMatch(/error/i)
    expect(run.stdout).toContain(`Connected to SQLite at ${file('fresh.sqlite')}: 0 accounts.`)
    expect(run.status).toBe(0)
    expect(await journalModeOf(file('fresh.sqlite'))).toBe('wal')
  })

  it('SQLITE_JOURNAL_MODE=delete (a network file system) takes a file back to a rollback journal', async () => {
    const run = runs.journalDelete
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await journalModeOf(file('shared.sqlite'))).toBe('delete')
  })

  // Finding 13 of #15: it used to ask "data loss will occur… (y/N)" and wait forever.
  it('production on a database development pushed into stops at once with one line, no prompt', () => {
    const run = runs.pushed
    expect(run.status).toBe(1)
    expect(run.seconds - runs.badUrl.seconds).toBeLessThan(20)
    expect(linesOf(run)).toEqual([
      expect.stringMatching(/was set up by `npm run dev`.*Point DATABASE_URL at another file/),
    ])
    expect(run.stdout).not.toMatch(/data loss/i)
  })

  it('a bad SQLITE_JOURNAL_MODE stops the process with one clear line', () => {
    const run = runs.badJournal
    expect(run.status).toBe(1)
    expect(linesOf(run)).toEqual([
      expect.stringMatching(/SQLITE_JOURNAL_MODE "memory" is not supported/),
    ])
  })
})
