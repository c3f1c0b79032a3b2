// The production server: Next.js (site, admin, API) behind a small Node HTTP server that serves
// uploaded audio straight from disk. Next drops `Content-Length` from every route-handler
// response, and podcast apps and players want it (with ranges) to show progress and seek; `send`
// answers with Content-Length, Accept-Ranges/206, ETag and Last-Modified. Before a file is sent,
// Payload is asked (with the request's own session) whether this person may read it: a draft
// episode's recording is for editors only (src/access/media.ts). Any other path, a file that
// isn't on disk, and a file the person may not read go to Next and Payload as before.
import { AsyncLocalStorage } from 'node:async_hooks'
import { subscribe } from 'node:diagnostics_channel'
import { createServer } from 'node:http'
import path from 'node:path'

import fresh from 'fresh'
import next from 'next'
import send from 'send'

import { hsts, securityHeaders } from './next.config.mjs'
import { bodyLimitFor, FORM_BODY_LIMIT, MB } from './src/lib/bodyLimits.mjs'
import { CLIENT_ADDRESS_HEADER, clientAddress } from './src/lib/clientAddress.mjs'
import { DATABASE_DOWN_CHANNEL } from './src/lib/data/databaseDown.mjs'
import { AUDIO_TYPE_BY_EXTENSION } from './src/lib/media/types.mjs'
import { DRAFT_MODE_COOKIE, NONCE_PATH_SOURCE } from './src/lib/security/csp.mjs'
import { REFRESH_HEADER, REFRESH_PATH, refreshToken } from './src/lib/cache/refreshToken.mjs'
import { queryRewrite } from './src/lib/queryPath.mjs'
import { pageBytesMemo } from './src/lib/cache/pageBytes.mjs'
import { alignNextClock } from './src/lib/cache/nextClock.mjs'
import { rememberRefresh, startupRefreshReason } from './src/lib/cache/startupRefresh.mjs'
import { sessionToken, validSession } from './src/lib/session.mjs'

const port = Number(process.env.PORT ?? 3000)
const audioDir = path.join(path.resolve(process.env.MEDIA_DIR || 'media'), 'audio')
const AUDIO_PATH = /^\/api\/audio\/file\/([^/]+)$/
/** Next's header on its router's own requests (RSC payloads, prefetches). */
const RSC_HEADER = 'rsc'

/** Uploaded files: shared caches keep public ones for seconds; a signed-in read is never shared. */
const FILE_PATH = /^\/api\/(media|audio)\/file\//
const PUBLIC_FILE_CACHE = 'public, max-age=60, s-maxage=10'
const PRIVATE_CACHE = 'private, no-store'

/**
 * Public pages: any shared cache (nginx, Cloudflare, Fastly, CloudFront) may keep them for a
 * second and then serve a stale copy for up to a minute while it fetches a fresh one: a burst
 * costs the app one render per page per second at most, and a published change reaches readers
 * behind a cache within a second or two. Browsers revalidate each time. What people type or
 * sign in to, the API, draft previews and any request with a session stay private.
 */
export const PUBLIC_PAGE_CACHE = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60'
const PRIVATE_PATH = new RegExp(`^/(?:api(?:/|$)|_next/data/|${NONCE_PATH_SOURCE})`)
const DRAFT_COOKIE = new RegExp(`(?:^|;\\s*)${DRAFT_MODE_COOKIE}=`)

/** Whether the request carries a session (any, for cache headers: it may see private files). */
const signedIn = (req) => sessionToken(req.headers) !== null
/** Whether that session is valid (signature and expiry), for letting a large upload be read. */
const validlySignedIn = (req) =>
  validSession(sessionToken(req.headers), process.env.PAYLOAD_SECRET ?? '')

// Next's cache asks whether a change has expired a page by the clock it stamped it with.
alignNextClock()
const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()

/** The audio file a request names, or null (a name that tries to leave the folder is not one). */
function audioFile(req, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const match = pathname.match(AUDIO_PATH)
  if (!match) return null
  let name
  try {
    name = decodeURIComponent(match[1])
  } catch {
    return null
  }
  const type = AUDIO_TYPE_BY_EXTENSION[path.extname(name).toLowerCase()]
  return type && name === path.basename(name) && !name.startsWith('.') ? { name, type } : null
}

/**
 * A request that says it will send more than its path accepts gets 413 at once, before its body
 * is read (with `Expect: 100-continue` the client doesn't even send it); the API takes large
 * bodies only for a signed-in upload (src/lib/bodyLimits.mjs). A small-bodied API request that
 * won't say its length gets 411; elsewhere Next's and Payload's own limits cut it off.
 */
function tooLarge(req, res, path) {
  const limit = bodyLimitFor(path, {
    contentType: req.headers['content-type'],
    signedIn: validlySignedIn(req),
  })
  const length = req.headers['content-length']
  const chunked = length === undefined && /chunked/i.test(req.headers['transfer-encoding'] ?? '')
  const unsized = chunked && path.startsWith('/api/') && limit < FORM_BODY_LIMIT
  if (!unsized && !(Number(length ?? 0) > limit)) return false
  const message = unsized
    ? 'Send this request with a Content-Length header.'
    : `This request sends ${(Number(length) / MB).toFixed(1)} MB, more than the site accepts here (${limit / MB} MB).`
  const api = path.startsWith('/api/')
  res.writeHead(unsized ? 411 : 413, {
    'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
    Connection: 'close',
  })
  res.end(api ? JSON.stringify({ errors: [{ message }] }) : `${message}\n`)
  return true
}

/**
 * Each request runs in its own context; when it finds the database unreachable
 * (src/lib/data/payload.ts says so on DATABASE_DOWN_CHANNEL, within the request), a failed page
 * answers 503 with Retry-After instead of 500: the visitor sees the styled "try again shortly"
 * page, crawlers and proxies know to come back.
 */
const requestContext = new AsyncLocalStorage()
subscribe(DATABASE_DOWN_CHANNEL, () => {
  const request = requestContext.getStore()
  if (request) request.databaseDown = true
})
function answer503WhenDatabaseDown(res) {
  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    if (status === 500 && requestContext.getStore()?.databaseDown) {
      status = 503
      this.setHeader('Retry-After', '30')
      this.setHeader('Cache-Control', 'no-store')
    }
    return writeHead.call(this, status, ...rest)
  }
}

const trustProxy = process.env.TRUST_PROXY === '1'

/** A request's path (without its query), read once per request. */
const pathOf = (req) => new URL(req.url ?? '/', 'http://localhost').pathname

/** The start-up refresh while it runs (requests but its own wait for it). */
let starting = null

function respond(req, res, pathname = pathOf(req)) {
  if (starting && pathname !== REFRESH_PATH)
    return void starting.then(() => respond(req, res, pathname))
  if (tooLarge(req, res, pathname)) return
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.headers['x-forwarded-for'],
    req.socket.remoteAddress,
    trustProxy,
  )
  answer503WhenDatabaseDown(res)
  fileCacheHeaders(req, res, pathname)
  const personal = personalRequest(req, pathname)
  pageCacheHeaders(req, res, pathname, personal)
  pageValidator(req, res, pathname, personal)
  rewriteQueryPage(req, pathname)
  const toApp = () => void requestContext.run({ databaseDown: false }, () => handle(req, res))
  const file = audioFile(req, pathname)
  if (!file) return toApp()
  mayReadAudio(req, file.name).then((allowed) => (allowed ? sendAudio(req, res, file) : toApp()))
}

/**
 * A reader's request for a page that reads its query (`/writing?page=2`) goes to the same page's
 * cached path for its normalised query (src/lib/queryPath.mjs), as src/proxy.ts would send it:
 * the same cached bytes, without running the proxy (a third of such a page's time). The app's
 * own navigations (RSC requests) still go through the proxy, so Next tells its router where.
 */
function rewriteQueryPage(req, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  const search = req.url?.indexOf('?') ?? -1
  if (search < 0 || req.headers[RSC_HEADER] !== undefined) return
  const rewrite = queryRewrite(pathname, new URLSearchParams(req.url.slice(search + 1)))
  if (rewrite) req.url = rewrite.lang ? `/${rewrite.lang}${rewrite.path}` : rewrite.path
}

function sendAudio(req, res, file) {
  send(req, file.name, { root: audioDir, dotfiles: 'deny', index: false, cacheControl: false })
    .on('headers', (response) => {
      response.setHeader('Content-Type', file.type)
      for (const { key, value } of securityHeaders) response.setHeader(key, value)
      if (req.headers['x-forwarded-proto'] === 'https') response.setHeader(hsts.key, hsts.value)
    })
    // Not on disk (or unreadable): let Payload answer, with its own 404.
    .on('error', () => void requestContext.run({ databaseDown: false }, () => handle(req, res)))
    .pipe(res)
}

/**
 * Whether Payload lets this request read the audio file: the Audio collection's read rule, asked
 * with the request's own cookie or token (a draft episode's recording is listed for editors only).
 */
async function mayReadAudio(req, name) {
  const query = new URLSearchParams({
    'where[filename][equals]': name,
    limit: '1',
    depth: '0',
    'select[filename]': 'true',
  })
  const headers = {}
  if (req.headers.cookie) headers.cookie = req.headers.cookie
  if (req.headers.authorization) headers.authorization = req.headers.authorization
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/audio?${query}`, { headers })
    if (!res.ok) return false
    const { totalDocs } = await res.json()
    return totalDocs > 0
  } catch {
    return false
  }
}

/**
 * Files are public only while a published document uses them, so a shared cache may keep one for
 * seconds, and never one read with a session (which may be private). Whatever the handler says.
 */
function fileCacheHeaders(req, res, pathname) {
  if (!FILE_PATH.test(pathname)) return
  const value = signedIn(req) ? PRIVATE_CACHE : PUBLIC_FILE_CACHE
  res.setHeader('Cache-Control', value)
  const setHeader = res.setHeader
  res.setHeader = function (name, v) {
    if (String(name).toLowerCase() === 'cache-control') return this
    return setHeader.call(this, name, v)
  }
  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    if (status >= 400) setHeader.call(this, 'Cache-Control', 'no-store')
    return writeHead.call(this, status, ...rest)
  }
}

/** What people type or sign in to, the API, and any request with a session or in draft mode. */
const personalRequest = (req, pathname) =>
  PRIVATE_PATH.test(pathname) || signedIn(req) || DRAFT_COOKIE.test(req.headers.cookie ?? '')

/**
 * Next marks a page from its cache `s-maxage=<revalidate>` (an hour here: far too long for a CDN
 * when pages are expired by tag at each publish) and a page rendered per request `private,
 * no-store`, though both are public. Anonymous GETs of public pages get PUBLIC_PAGE_CACHE instead;
 * what a route handler chose itself (the podcast feed's five minutes) stays.
 */
function pageCacheHeaders(req, res, pathname, personal) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  if (FILE_PATH.test(pathname) || pathname.startsWith('/_next/static/')) return
  // An anonymous REST read the API answered from its public cache (src/lib/cache/publicApi.ts).
  const anonymousApiRead =
    pathname.startsWith('/api/') && !req.headers.cookie && !req.headers.authorization
  const writeHead = res.writeHead
  res.writeHead = function (status, ...rest) {
    const given = String(this.getHeader('Cache-Control') ?? '')
    const fromNext = given.includes('s-maxage') || given.includes('no-store')
    if (anonymousApiRead && status === 200 && given.startsWith('public')) {
      this.setHeader('Cache-Control', PUBLIC_PAGE_CACHE)
    } else if (personal) {
      if (!given || given.includes('s-maxage') || given.includes('public'))
        this.setHeader('Cache-Control', PRIVATE_CACHE)
    } else if (status === 200 && fromNext) this.setHeader('Cache-Control', PUBLIC_PAGE_CACHE)
    return writeHead.call(this, status, ...rest)
  }
}

/**
 * A page from Next's cache goes out whole (one `end` with its bytes); it gets a strong ETag, and a
 * reader or CDN that already holds those bytes gets 304 without them. next.config.mjs turns off
 * Next's own ETags: it hashes every page in JavaScript on every request, which was 28 % of the
 * server's time on a cached page (docs/scaling.md); `etag` hashes natively (SHA-1). Next doesn't
 * compress either (the proxy or CDN in front does), so the bytes hashed are the bytes sent. A
 * page's bytes and tag are worked out once per distinct page (src/lib/cache/pageBytes.mjs).
 */
const pageBytes = pageBytesMemo()
/** `end(text, encoding?)`: the text is UTF-8 unless another encoding is named. */
const utf8 = (encoding) => typeof encoding !== 'string' || /^utf-?8$/i.test(encoding)

function pageValidator(req, res, pathname, personal) {
  if (req.method !== 'GET') return
  if (pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return
  const end = res.end
  res.end = function (chunk, ...rest) {
    const whole = Buffer.isBuffer(chunk) || (typeof chunk === 'string' && utf8(rest[0]))
    if (!whole || this.statusCode !== 200 || this.headersSent || this.getHeader('ETag'))
      return end.call(this, chunk, ...rest)
    // A personal page (a form with its nonce, a preview) would not come again: not kept.
    const { bytes, tag } = pageBytes(chunk, { keep: !personal })
    this.setHeader('ETag', tag)
    if (!fresh(req.headers, { etag: tag })) return end.call(this, bytes, ...rest)
    this.statusCode = 304
    for (const name of ['Content-Type', 'Content-Length']) this.removeHeader(name)
    return end.call(this)
  }
}

const server = createServer(respond)
server.on('checkContinue', (req, res) => {
  const pathname = pathOf(req)
  if (tooLarge(req, res, pathname)) return
  res.writeContinue()
  respond(req, res, pathname)
})
server.listen(port, () => {
  console.log(`Voice & Visibility ready on port ${port}`)
  starting = refreshAtStart().finally(() => (starting = null))
})

/**
 * Next's page cache outlives restarts and knows nothing of the database, so a starting server
 * refreshes its pages when they may not be this database's (src/lib/cache/startupRefresh.mjs):
 * a script changed content while no server answered, this build never served, or it served
 * another database. Until that is done, requests wait: no page of another database goes out.
 */
async function refreshAtStart() {
  const database = process.env.DATABASE_URL ?? ''
  const reason = await startupRefreshReason(database)
  if (!reason) return
  try {
    const res = await fetch(`http://127.0.0.1:${port}${REFRESH_PATH}`, {
      method: 'POST',
      headers: { [REFRESH_HEADER]: refreshToken(process.env.PAYLOAD_SECRET ?? '') },
    })
    if (res.ok) {
      await rememberRefresh(database)
      console.log(`Pages refreshed: ${reason}.`)
    } else console.error(`Could not refresh pages (${reason}): ${res.status}.`)
  } catch (error) {
    console.error(`Could not refresh pages (${reason}): ${error.message}`)
  }
}
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
