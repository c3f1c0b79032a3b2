import { channel } from 'node:diagnostics_channel'

import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { DATABASE_DOWN_CHANNEL } from './databaseDown.mjs'

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

/** Tells server.mjs that the request being answered found the database down (it answers 503). */
const databaseDown = channel(DATABASE_DOWN_CHANNEL)

/** When the site last found the database down (calls fail at once for a few seconds after). */
let downAt: number | undefined

/** When the site last found the database down, or undefined while it answers. */
export const databaseDownSince = () => downAt

const unavailable = (cause: unknown) => {
  databaseDown.publish(null)
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
            if (downAt && Date.now() - downAt < RETRY_AFTER_MS) throw unavailable(null)
            try {
              const result = await value.apply(target, args)
              downAt = undefined
              return result
            } catch (error) {
              if (!isDatabaseDown(error)) throw error
              downAt = Date.now()
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
