// The production server on a fresh database, shared by the browser tests, the load test and the
// bench: migrations run as in production, the demo is seeded, then server.mjs serves the build.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

/**
 * The environment of a production server on its own SQLite file and media folder under `dir`,
 * behind a proxy it trusts (as behind deploy/nginx.conf: callers may give their own
 * X-Forwarded-For). Shared by the browser tests, the load test and the bench.
 * @param {{ dir: string, port: string | number, database: string }} options
 * @returns {NodeJS.ProcessEnv}
 */
export function productionEnv({ dir, port, database }) {
  // Playwright's runner puts its own TypeScript loader in NODE_OPTIONS; the app must not inherit it.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && !k.startsWith('PW_')),
  )
  return {
    ...inherited,
    // As `npm start` and the Docker image: a bounded heap (docs/scaling.md, "Memory").
    NODE_OPTIONS: '--no-deprecation --max-old-space-size=768',
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, database)}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret-not-for-production',
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    TRUST_PROXY: '1',
    PORT: String(port),
  }
}

/**
 * Seeds a fresh database under tests/.tmp/<name> and starts the server on `port`; with
 * `fresh: false`, starts another instance on the database already there.
 * @param {{ name: string, port: string | number, stdio?: 'inherit' | 'ignore', fresh?: boolean, env?: Record<string, string> }} options
 * @returns {{ server: import('node:child_process').ChildProcess, env: Record<string, string | undefined>, dir: string }}
 */
export function startTestServer({ name, port, stdio = 'inherit', fresh = true, env: extra = {} }) {
  const dir = path.join(root, 'tests/.tmp', name)
  if (fresh) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    // The data cache of an earlier run describes another database.
    rmSync(path.join(root, '.next/cache/fetch-cache'), { recursive: true, force: true })
  }

  const base = productionEnv({ dir, port, database: 'voice.sqlite' })
  // Its monotonic clock a minute behind the wall clock, as on a machine whose clock was set
  // forward after the server started (tests/support/laggingClock.cjs).
  const lagging = JSON.stringify(path.join(root, 'tests/support/laggingClock.cjs'))
  const NODE_OPTIONS = `${base.NODE_OPTIONS} --require ${lagging}`
  const env = { ...base, NODE_OPTIONS, ...extra }
  if (!fresh)
    return { server: spawn(process.execPath, ['server.mjs'], { cwd: root, env, stdio }), env, dir }
  const seeded = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=production', 'scripts/seed.ts'],
    { cwd: root, env, stdio },
  )
  if (seeded.status !== 0) throw new Error(`seeding the test database failed (${seeded.status})`)
  const server = spawn(process.execPath, ['server.mjs'], { cwd: root, env, stdio })
  return { server, env, dir }
}

/**
 * Waits (up to two minutes) until the server at `baseURL` answers.
 * @param {string} baseURL
 */
export async function waitUntilReady(baseURL) {
  for (let i = 0; i < 120; i++) {
    if ((await fetch(`${baseURL}/api/users/me`).catch(() => null))?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`the server at ${baseURL} did not start`)
}
