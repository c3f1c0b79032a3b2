// Starts the production build for the browser tests on a fresh database: migrations run as
// they do in production, the demo is seeded, then the production server (server.mjs) serves it.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const port = process.argv[2] ?? '3100'
const dir = path.join(root, 'tests/.tmp/e2e')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
// The data cache of an earlier run describes another database.
rmSync(path.join(root, '.next/cache/fetch-cache'), { recursive: true, force: true })

// Playwright's runner puts its own TypeScript loader in NODE_OPTIONS; the app must not inherit it.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && !k.startsWith('PW_')),
)
const env = {
  ...inherited,
  NODE_OPTIONS: '--no-deprecation',
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(dir, 'voice.sqlite')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-secret-not-for-production',
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
  // As behind deploy/nginx.conf: tests may give their own X-Forwarded-For (rate-limit buckets).
  TRUST_PROXY: '1',
}

const seeded = spawnSync(
  path.join(root, 'node_modules/.bin/tsx'),
  ['--conditions=production', 'scripts/seed.ts'],
  { cwd: root, env, stdio: 'inherit' },
)
if (seeded.status !== 0) process.exit(seeded.status ?? 1)

const server = spawn(process.execPath, ['server.mjs'], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: 'inherit',
})
const stop = () => server.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
