import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Thrown in place of a database error the site can't answer through: the database is down,
 * unreachable or locked. Pages show the styled "try again shortly" page (`[lang]/error.tsx`,
 * which knows it by its digest) and the server answers 503 with Retry-After (server.mjs).
 */
export class ServiceUnavailable extends Error {
  readonly digest = 'VV_SERVICE_UNAVAILABLE'
  constructor(cause: unknown) {
    super('The database is unavailable.', { cause })
  }
}

const UNAVAILABLE =
  /SQLITE_BUSY|database is locked|SQLITE_CANTOPEN|unable to open database|MongoServerSelectionError|MongoNetworkError|MongoNotConnectedError|ECONNREFUSED|Topology is closed|connection \S+ closed/i

/** Whether an error means "the database can't be reached right now" (not a bug, not bad input). */
export function isDatabaseDown(error: unknown): boolean {
  if (error instanceof ServiceUnavailable) return true
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const {
      name = '',
      message = '',
      code = '',
    } = e as { name?: string; message?: string; code?: string }
    if (UNAVAILABLE.test(`${name} ${code} ${message}`)) return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}

declare global {
  // When the site last found the database down (calls fail at once for a few seconds after).
  var __vvDatabaseDownAt: number | undefined
  // The request being answered (server.mjs): marked when it found the database down, so that
  // its error page goes out as 503.
  var __vvRequestContext: { getStore(): { databaseDown: boolean } | undefined } | undefined
}

const unavailable = (cause: unknown) => {
  const request = globalThis.__vvRequestContext?.getStore()
  if (request) request.databaseDown = true
  return new ServiceUnavailable(cause)
}

const DATABASE_CALLS = new Set([
  'find',
  'findByID',
  'count',
  'findGlobal',
  'findVersions',
  'auth',
  'create',
  'update',
  'delete',
])

/** How long after finding the database down the site answers "unavailable" without asking it. */
const RETRY_AFTER_MS = 5_000

let client: Promise<Payload> | undefined

/**
 * The one way the site reaches Payload (Local API, in process). Calls that fail because the
 * database can't be reached throw `ServiceUnavailable`, and say so to the server (a small
 * circuit breaker: for a few seconds after that, calls fail at once); everything else passes
 * through untouched.
 */
export function getPayloadClient(): Promise<Payload> {
  client ??= getPayload({ config: configPromise }).then(
    (payload) =>
      new Proxy(payload, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver)
          if (typeof value !== 'function' || !DATABASE_CALLS.has(String(prop))) return value
          return async (...args: unknown[]) => {
            // Just found down: answer at once instead of every request waiting out the lock
            // timeout; after a few seconds the next call tries the database again.
            const downAt = globalThis.__vvDatabaseDownAt
            if (downAt && Date.now() - downAt < RETRY_AFTER_MS) throw unavailable(null)
            try {
              const result = await value.apply(target, args)
              globalThis.__vvDatabaseDownAt = undefined
              return result
            } catch (error) {
              if (!isDatabaseDown(error)) throw error
              globalThis.__vvDatabaseDownAt = Date.now()
              throw unavailable(error)
            }
          }
        },
      }),
    (error) => {
      client = undefined // try again on the next request
      throw error
    },
  )
  return client
}
