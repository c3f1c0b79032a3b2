import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { serializeWrites } from './sqliteWrites'
import { commitOrFail } from './transactions'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_SQLITE_FILE = 'data/voice.sqlite'

export type DatabaseTarget =
  { kind: 'sqlite'; file: string; url: string } | { kind: 'mongodb'; url: string; display: string }

export class DatabaseUrlError extends Error {
  constructor(value: string) {
    super(
      `DATABASE_URL "${maskUrl(value)}" is not supported: leave it unset for the embedded SQLite file (${DEFAULT_SQLITE_FILE}), or use file:<path> for another SQLite file, or mongodb://… / mongodb+srv://… for MongoDB.`,
    )
    this.name = 'DatabaseUrlError'
  }
}

/** Hides the password of a connection URI so it can be printed. */
export function maskUrl(value: string): string {
  return value.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, '$1:****@')
}

/** The host part of a MongoDB URI (`host:port[,host:port]`), for error messages. */
export function mongoHosts(url: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]+)/i.exec(url)
  return match?.[1] ?? url
}

/** Reads DATABASE_URL: unset or `file:` → SQLite; `mongodb://` / `mongodb+srv://` → MongoDB. */
export function resolveDatabaseTarget(value: string | undefined): DatabaseTarget {
  const raw = value?.trim() ?? ''
  if (raw === '') {
    const file = path.resolve(rootDir, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (/^file:/i.test(raw)) {
    const rest = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '') throw new DatabaseUrlError(raw)
    const file = path.isAbsolute(rest) ? rest : path.resolve(rootDir, rest)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (/^mongodb(\+srv)?:\/\/[^/?]+/i.test(raw)) {
    return { kind: 'mongodb', url: raw, display: maskUrl(raw) }
  }
  throw new DatabaseUrlError(raw)
}

const MONGO_TIMEOUT_MS = Number(process.env.MONGODB_TIMEOUT_MS ?? 8000)

/**
 * Wraps the MongoDB adapter so that an unreachable server fails in seconds with a message that
 * names the host and says what to do, instead of a bare driver stack trace.
 */
function mongoWithClearErrors(url: string): DatabaseAdapterObj {
  const adapterObj = mongooseAdapter({
    url,
    connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS },
  })
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args)
    const connect = adapter.connect
    if (connect) {
      adapter.connect = async function (options) {
        try {
          return await connect.call(this, options)
        } catch (err) {
          const detail = err instanceof Error ? err.message : String(err)
          throw new Error(
            `Cannot reach MongoDB at ${mongoHosts(url)} (DATABASE_URL=${maskUrl(url)}). ` +
              'Start the server (for example `docker compose up -d mongo`), check the host, port and credentials, ' +
              `or unset DATABASE_URL to use the embedded SQLite file. Driver said: ${maskUrl(detail)}`,
          )
        }
      }
    }
    return adapter
  }
  return adapterObj
}

export class JournalModeError extends Error {
  constructor(value: string) {
    super(
      `SQLITE_JOURNAL_MODE "${value}" is not supported: leave it unset (or "wal") for write-ahead logging, or set "delete" when the database file is on a network file system.`,
    )
    this.name = 'JournalModeError'
  }
}

/**
 * SQLite's journal: write-ahead logging by default — readers never wait for a writer, and a save
 * costs one append to the log instead of a rollback journal made and removed (twice as fast to
 * seed; still synced on every commit, so nothing acknowledged is lost on a power cut). WAL needs
 * every process on one machine; on a network file system, `delete` keeps the rollback journal.
 */
export function sqliteJournalMode(value: string | undefined): 'wal' | 'delete' {
  const mode = (value?.trim() || 'wal').toLowerCase()
  if (mode === 'wal' || mode === 'delete') return mode
  throw new JournalModeError(value!)
}

const BUSY_TIMEOUT_MS = 2000
/**
 * How long a write of this process waits for its turn behind the others (asynchronously: the
 * server goes on answering meanwhile). Longer than SQLite's own busy timeout because a burst of
 * submissions queues here, each holding the turn while its images are made.
 */
const TURN_WAIT_MS = 20_000

/** Every write of this process takes its turn (src/db/sqliteWrites.ts). */
function keepConnectionSettings(adapter: ReturnType<DatabaseAdapterObj['init']>, wal: boolean) {
  let client: Client | undefined
  Object.defineProperty(adapter, 'client', {
    configurable: true,
    enumerable: true,
    get: () => client,
    set(value: Client | undefined) {
      client = value
        ? serializeWrites(value, {
            waitMs: TURN_WAIT_MS,
            settings: [
              `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
              ...(wal ? ['PRAGMA synchronous = FULL'] : []),
            ],
          })
        : value
    },
  })
}

export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') return mongoWithClearErrors(target.url)
  // SQLite makes the file on first use, but not the folder it lives in.
  mkdirSync(path.dirname(target.file), { recursive: true })
  const journal = sqliteJournalMode(process.env.SQLITE_JOURNAL_MODE)
  const adapterObj = sqliteAdapter({
    client: { url: target.url },
    migrationDir: path.resolve(rootDir, 'src/migrations'),
    prodMigrations: migrations,
    // Another process writing (an import, a backup) holds the file for moments; waiting longer
    // than this means the database is unavailable, and pages say so rather than hang.
    busyTimeout: BUSY_TIMEOUT_MS,
    wal: journal === 'wal' ? { synchronous: 'FULL' } : false,
    // Payload leaves SQLite's transactions off unless asked: a submission, an import row, a
    // rename with its bylines commit or roll back as one.
    transactionOptions: {},
  })
  const init = adapterObj.init
  adapterObj.init = (args) => {
    const adapter = init(args)
    keepConnectionSettings(adapter, journal === 'wal')
    commitOrFail(adapter)
    refuseToPromptWithoutTerminal(adapter, target.file)
    if (journal === 'wal') return adapter
    // The journal mode is kept in the file: one made with WAL goes back to a rollback journal.
    const connect = adapter.connect!
    adapter.connect = async function (options) {
      await connect.call(this, options)
      await (this as unknown as { client: Client }).client.execute('PRAGMA journal_mode = DELETE')
    }
    return adapter
  }
  return adapterObj
}

export class PushedDatabaseError extends Error {
  constructor(file: string) {
    super(
      `The database ${file} was set up by \`npm run dev\` (its tables pushed, not migrated), so the production server cannot migrate it. Point DATABASE_URL at another file (it is created and migrated on start), or move this one aside.`,
    )
    this.name = 'PushedDatabaseError'
  }
}

/**
 * Payload's migrate asks "data loss will occur… (y/N)" on a database that development pushed
 * its schema into, and waits for an answer — forever, without a terminal, and deaf to SIGTERM.
 * Without a terminal the server stops at once instead, with one line that says what to do.
 */
function refuseToPromptWithoutTerminal(
  adapter: ReturnType<DatabaseAdapterObj['init']>,
  file: string,
) {
  const migrate = adapter.migrate
  adapter.migrate = async function (args) {
    if (!process.stdin.isTTY) {
      const client = (this as unknown as { client: Client }).client
      const pushed = await client
        .execute('SELECT count(*) AS n FROM payload_migrations WHERE batch = -1')
        .then((r) => Number(r.rows[0]?.n ?? 0))
        .catch(() => 0) // no migrations table yet: a new file
      if (pushed > 0) {
        console.error(new PushedDatabaseError(file).message)
        process.exit(1)
      }
    }
    return migrate.call(this, args)
  }
}
