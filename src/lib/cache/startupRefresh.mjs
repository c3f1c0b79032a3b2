// Why a starting server must refresh its cached pages before serving them. Next's page cache
// (.next) outlives restarts and knows nothing of the database: pages rendered from another one
// (the build's, a test's, the one before DATABASE_URL changed) would be served as if they were
// this one's, including pieces this database has unpublished. Plain ESM, for server.mjs.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { REFRESH_MARKER } from './refreshToken.mjs'

/** Which database this build's page cache was last filled from (a hash of its URL). */
const SERVED_DATABASE = '.next/cache/vv-served-database'

const idOf = (databaseUrl) => createHash('sha256').update(databaseUrl).digest('hex')

/**
 * Why the pages must be refreshed before this server serves them, in words for its log; null
 * when the cache already holds this database's pages and no script changed it meanwhile.
 * @param {string} databaseUrl
 * @param {string} [dir] the folder the markers are relative to (the app's)
 * @returns {Promise<string | null>}
 */
export async function startupRefreshReason(databaseUrl, dir = '.') {
  if (existsSync(path.join(dir, REFRESH_MARKER)))
    return 'content changed by a script while the server was down'
  const served = await readFile(path.join(dir, SERVED_DATABASE), 'utf8').catch(() => null)
  if (served === null) return 'first start of this build'
  if (served !== idOf(databaseUrl)) return 'this build last served another database'
  return null
}

/**
 * After a refresh: the cache now holds this database's pages, and a script's request is done.
 * @param {string} databaseUrl
 * @param {string} [dir]
 */
export async function rememberRefresh(databaseUrl, dir = '.') {
  const served = path.join(dir, SERVED_DATABASE)
  await mkdir(path.dirname(served), { recursive: true })
  await writeFile(served, idOf(databaseUrl))
  await rm(path.join(dir, REFRESH_MARKER), { force: true })
}
