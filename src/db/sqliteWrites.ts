import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

/**
 * SQLite has one writer at a time, and libsql waits for the lock *synchronously*: a write that
 * meets another one open in the same process blocks the event loop — so the holder can never
 * finish — until the busy timeout, then fails. With transactions on, two submissions at once
 * would do exactly that. So within a process, writes take turns here, without blocking: a
 * transaction holds the turn from its BEGIN to its COMMIT or ROLLBACK, a write outside one for
 * its statement. Reads never wait (write-ahead log). Other processes (an import, a second
 * instance) still meet SQLite's own lock, which is what the busy timeout is for.
 *
 * libsql also hands a connection to each transaction and may open a fresh one for what comes
 * next, without the settings Payload gave the first (busy timeout, synchronous commits): each
 * such connection gets them as soon as it is made. (@libsql/client 0.18 pools these connections;
 * 0.14, which Payload pins, leaked one per transaction — see the override in package.json.)
 */
export function serializeWrites(
  client: Client,
  { waitMs, settings }: { waitMs: number; settings: string[] },
): Client {
  let tail: Promise<void> = Promise.resolve()

  /** Waits for the turn (at most `waitMs`, like SQLite's own busy timeout) and returns its release. */
  const takeTurn = async (): Promise<() => void> => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = tail
    tail = tail.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      before.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs))),
    ])
    clearTimeout(timer)
    if (!waited) {
      // Give the turn up when it comes, so those queued behind still get theirs.
      void before.then(release)
      throw Object.assign(new Error('SQLITE_BUSY: database is locked (waited for another write)'), {
        code: 'SQLITE_BUSY',
      })
    }
    return release
  }

  const transaction = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)

  client.transaction = (async (mode?: TransactionMode) => {
    if (mode === 'read') return transaction(mode)
    const release = await takeTurn()
    let tx: Transaction
    try {
      tx = await fresh(() => transaction(mode))
    } catch (err) {
      release()
      throw err
    }
    let released = false
    const done = () => {
      if (released) return
      released = true
      release()
    }
    const commit = tx.commit.bind(tx)
    const rollback = tx.rollback.bind(tx)
    const close = tx.close.bind(tx)
    tx.commit = () => commit().finally(done)
    tx.rollback = () => rollback().finally(done)
    tx.close = () => {
      close()
      done()
    }
    return tx
  }) as Client['transaction']

  /** Runs libsql's call, then gives the connection it will open next the settings — at once. */
  const fresh = <T>(call: () => Promise<T>): Promise<T> => {
    const result = call()
    const applied = settings.map((sql) => execute(sql))
    return Promise.all(applied).then(() => result)
  }

  // Statements that take no write lock; anything else (WITH included) waits its turn.
  const isRead = (stmt: InStatement) =>
    /^\s*(select|pragma|explain)\b/i.test(typeof stmt === 'string' ? stmt : stmt.sql)
  const run = execute as (stmt: unknown, args?: unknown) => Promise<ResultSet>

  client.execute = (async (stmt: InStatement, args?: unknown) => {
    if (isRead(stmt)) return run(stmt, args)
    const release = await takeTurn()
    try {
      return await run(stmt, args)
    } finally {
      release()
    }
  }) as Client['execute']

  client.batch = (async (stmts: InStatement[], mode?: TransactionMode) => {
    if (mode === 'read') return batch(stmts, mode)
    const release = await takeTurn()
    try {
      return await fresh(() => batch(stmts, mode))
    } finally {
      release()
    }
  }) as Client['batch']

  return client
}
