import { randomUUID } from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

type Adapter = ReturnType<DatabaseAdapterObj['init']>

/** What Payload's drizzle adapter keeps of an open transaction (@payloadcms/drizzle 3.90.1). */
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type DrizzleLike = {
  drizzle: {
    transaction: (run: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void>
  }
  initializing?: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
  payload: { logger: { error: (entry: { err: unknown; msg: string }) => void } }
}

/**
 * Payload's SQL adapter (`beginTransaction` in @payloadcms/drizzle 3.90.1) answers a save as done
 * even when SQLite refuses its COMMIT: the promise its commit waits on carries a `.catch` that was
 * meant for "could not begin", so a COMMIT that fails (SQLITE_BUSY: under a rollback journal,
 * another process reading past the busy timeout) is rolled back in silence. A worker was thanked,
 * and given a receipt code, for a piece that was not stored (outage.e2e met it; outage.int shows
 * it). The same transactions, but a refused COMMIT is the save's error: Payload's operation fails,
 * and the site says the archive is unavailable and nothing was saved.
 */
export function commitOrFail(adapter: Adapter) {
  const db = adapter as unknown as Adapter & DrizzleLike

  db.beginTransaction = async function (this: DrizzleLike, options?: unknown) {
    await this.initializing
    let begun!: () => void
    let notBegun!: (error: unknown) => void
    const started = new Promise<void>((resolve, reject) => {
      begun = resolve
      notBegun = reject
    })
    let session: Session | undefined
    const done: Promise<void> = this.drizzle.transaction(async (tx) => {
      // Held open until Payload commits (resolve) or rolls back (reject) the operation.
      await new Promise<void>((end, abort) => {
        session = {
          db: tx,
          resolve: () => (end(), done),
          // A rollback's own outcome is not the operation's: its error is already on its way.
          reject: () => (abort(new Error('rolled back')), done.catch(() => undefined)),
        }
        begun()
      })
    }, options ?? this.transactionOptions)
    // Before the transaction began, its failure is the begin's; after, the commit's (below).
    done.catch(notBegun)
    try {
      await started
    } catch (err) {
      const msg = `Error: cannot begin transaction: ${(err as Error).message}`
      this.payload.logger.error({ err, msg })
      throw new Error(msg, { cause: err })
    }
    const id = randomUUID()
    this.sessions[id] = session!
    return id
  } as Adapter['beginTransaction']

  db.commitTransaction = async function (this: DrizzleLike, incoming: unknown = '') {
    const id = String(await incoming)
    const session = this.sessions[id]
    // Already ended by another operation sharing the transaction.
    if (!session) return
    delete this.sessions[id]
    // Rejects when SQLite refused the COMMIT (drizzle has rolled back by then).
    await session.resolve()
  } as Adapter['commitTransaction']
}
