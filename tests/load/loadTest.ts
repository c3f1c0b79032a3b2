/**
 * The load test: starts the production build (run `npm run build` first) on a freshly seeded
 * database, warms it up, then drives a mix of public pages, feeds and form submissions at it with
 * autocannon on loopback. It passes when there were no errors and no 5xx, every submission that
 * was answered with success is in the database, and the server's memory came back near where it
 * started. `npm run load` runs the long version, the browser suite a short one.
 */
import { readFileSync } from 'node:fs'

import { startTestServer, waitUntilReady } from '../support/productionServer.mjs'
import { type LoadResult, runMix, storedTitles } from './mix'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type LoadReport = {
  result: LoadResult
  stored: number
  fiveXX: number
  memoryMB: { baseline: number; peak: number; after: number }
  /** What went wrong; empty when the run passed. */
  failures: string[]
  /** The figures as a Markdown table. */
  table: string
}

export async function loadTest({
  connections,
  duration,
  port,
  warmup = 10,
  settle = 15,
  log = console.log,
}: {
  connections: number
  duration: number
  port: number
  /** Seconds of a gentler mix before measuring. */
  warmup?: number
  /** Seconds to wait after the run before reading memory again. */
  settle?: number
  log?: (line: string) => void
}): Promise<LoadReport> {
  const baseURL = `http://localhost:${port}`
  const password = process.env.SEED_PASSWORD || 'demo-password'
  const { server } = startTestServer({ name: `load-${port}`, port, stdio: 'ignore' })
  const rssMB = () => {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8')
    return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024)
  }
  try {
    await waitUntilReady(baseURL)
    // The warm-up runs at full strength, so that caches and the heap reach their working size
    // first: what the run adds after that and keeps is what would grow without bound.
    log(`Warming up (${connections} connections, ${warmup} s)…`)
    await runMix({ baseURL, connections, duration: warmup, submitEvery: 1_000_000 })
    await sleep(2000)
    const baseline = rssMB()
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, rssMB())), 250)
    log(`Load: ${connections} connections for ${duration} s (server RSS ${baseline} MB)…`)
    const result = await runMix({ baseURL, connections, duration })
    clearInterval(sampler)
    await sleep(settle * 1000)
    const after = rssMB()
    const stored = (await storedTitles(baseURL, password, result.submissionsAccepted)).length
    const fiveXX = Object.entries(result.statuses)
      .filter(([s]) => s.startsWith('5'))
      .reduce((n, [, c]) => n + c, 0)
    const lost = result.submissionsAccepted.length - stored
    // "Near its baseline": within a quarter plus 25 MB (V8 keeps some of what it grew).
    const memoryBack = after <= baseline * 1.25 + 25
    const table = `| figure | value |
| --- | --- |
| requests | ${result.requests} in ${result.seconds} s (${result.perSecond}/s) |
| latency p50 / p97.5 / p99 / max | ${result.latency.p50} / ${result.latency.p97_5} / ${result.latency.p99} / ${result.latency.max} ms |
| status codes | ${Object.entries(result.statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ')} |
| errors / timeouts / 5xx | ${result.errors} / ${result.timeouts} / ${fiveXX} |
| submissions | ${result.submissionsSent} sent, ${result.submissionsAccepted.length} accepted, ${stored} of those in the database |
| server memory (RSS) | ${baseline} MB before, ${peak} MB peak, ${after} MB ${settle} s after |`
    const failures = [
      result.errors + result.timeouts > 0 &&
        `${result.errors + result.timeouts} errors or timeouts`,
      fiveXX > 0 && `${fiveXX} answers with a 5xx status`,
      result.submissionsAccepted.length === 0 && 'no submission was accepted',
      lost > 0 && `${lost} accepted submissions missing from the database`,
      !memoryBack && `memory did not come back near its baseline (${baseline} → ${after} MB)`,
    ].filter((f): f is string => Boolean(f))
    return { result, stored, fiveXX, memoryMB: { baseline, peak, after }, failures, table }
  } finally {
    server.kill('SIGTERM')
  }
}
