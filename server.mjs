// The production server: Next.js (site, admin, API) behind a small Node HTTP server that serves
// uploaded audio straight from disk. Next drops `Content-Length` from every route-handler
// response, and podcast apps and players want it (with ranges) to show progress and seek; `send`
// answers with Content-Length, Accept-Ranges/206, ETag and Last-Modified. Audio is public
// (the Audio collection's read access is `anyone`), so nothing is bypassed; any other path, and
// a file that isn't on disk, goes to Next and Payload as before.
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'
import send from 'send'

const port = Number(process.env.PORT ?? 3000)
const audioDir = path.join(path.resolve(process.env.MEDIA_DIR ?? 'media'), 'audio')
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

const server = createServer((req, res) => {
  const file = audioFile(req)
  if (!file) return void handle(req, res)
  send(req, file.name, { root: audioDir, dotfiles: 'deny', index: false, maxAge: '1d' })
    .on('headers', (response) => response.setHeader('Content-Type', file.type))
    // Not on disk (or unreadable): let Payload answer, with its own 404.
    .on('error', () => void handle(req, res))
    .pipe(res)
})
server.listen(port, () => console.log(`Voice & Visibility ready on port ${port}`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
