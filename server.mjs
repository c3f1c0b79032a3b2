// The production server: Next.js (site, admin, API) behind a small Node HTTP server that serves
// uploaded audio straight from disk. Next drops `Content-Length` from every route-handler
// response, and podcast apps and players want it (with ranges) to show progress and seek; `send`
// answers with Content-Length, Accept-Ranges/206, ETag and Last-Modified. Audio is public
// (the Audio collection's read access is `anyone`), so nothing is bypassed; any other path, and
// a file that isn't on disk, goes to Next and Payload as before.
import { AsyncLocalStorage } from 'node:async_hooks'
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'
import send from 'send'

import { hsts, securityHeaders } from './next.config.mjs'
import { bodyLimitFor } from './src/lib/bodyLimits.mjs'
import { CLIENT_ADDRESS_HEADER, clientAddress } from './src/lib/clientAddress.mjs'

const port = Number(process.env.PORT ?? 3000)
const audioDir = path.join(path.resolve(process.env.MEDIA_DIR || 'media'), 'audio')
const AUDIO_PATH = /^\/api\/audio\/file\/([^/]+)$/
// The formats the Audio collection accepts, by extension.
const AUDIO_TYPES = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
}

const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()

/** The audio file a request names, or null (a name that tries to leave the folder is not one). */
function audioFile(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const match = new URL(req.url ?? '/', 'http://localhost').pathname.match(AUDIO_PATH)
  if (!match) return null
  let name
  try {
    name = decodeURIComponent(match[1])
  } catch {
    return null
  }
  const type = AUDIO_TYPES[path.extname(name).toLowerCase()]
  return type && name === path.basename(name) && !name.startsWith('.') ? { name, type } : null
}

/**
 * A request that says it will send more than its path accepts gets 413 at once, before its body
 * is read (with `Expect: 100-continue` the client doesn't even send it). Bodies without a
 * declared length are cut off by Next's and Payload's own limits.
 */
function tooLarge(req, res) {
  const declared = Number(req.headers['content-length'] ?? 0)
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  if (!(declared > bodyLimitFor(path))) return false
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' })
  res.end(
    `This upload is ${Math.round(declared / 2 ** 20)} MB, more than the site accepts here (${bodyLimitFor(path) / 2 ** 20} MB).\n`,
  )
  return true
}

/**
 * Each request runs in its own context; when it finds the database unreachable
 * (src/lib/data/payload.ts marks it), a failed page answers 503 with Retry-After instead of 500:
 * the visitor sees the styled "try again shortly" page, crawlers and proxies know to come back.
 */
const requestContext = new AsyncLocalStorage()
globalThis.__vvRequestContext = requestContext
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

function respond(req, res) {
  if (tooLarge(req, res)) return
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.headers['x-forwarded-for'],
    req.socket.remoteAddress,
    trustProxy,
  )
  answer503WhenDatabaseDown(res)
  const file = audioFile(req)
  if (!file) return void requestContext.run({ databaseDown: false }, () => handle(req, res))
  send(req, file.name, { root: audioDir, dotfiles: 'deny', index: false, maxAge: '1d' })
    .on('headers', (response) => {
      response.setHeader('Content-Type', file.type)
      for (const { key, value } of securityHeaders) response.setHeader(key, value)
      if (req.headers['x-forwarded-proto'] === 'https') response.setHeader(hsts.key, hsts.value)
    })
    // Not on disk (or unreadable): let Payload answer, with its own 404.
    .on('error', () => void handle(req, res))
    .pipe(res)
}

const server = createServer(respond)
server.on('checkContinue', (req, res) => {
  if (tooLarge(req, res)) return
  res.writeContinue()
  respond(req, res)
})
server.listen(port, () => console.log(`Voice & Visibility ready on port ${port}`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
