import os from 'node:os'

import { RUNS as LIGHTHOUSE_RUNS, type LighthouseRow } from './lighthouse'

/** One autocannon run, summed up. */
export type Load = { rps: number; p50: number; p97_5: number; errors: number; non2xx: number }

/** Runs of one route taken as one: their mean rate, worst latencies and every error. */
export const together = (runs: Load[]): Load => ({
  rps: round(runs.reduce((sum, r) => sum + r.rps, 0) / runs.length),
  p50: Math.max(...runs.map((r) => r.p50)),
  p97_5: Math.max(...runs.map((r) => r.p97_5)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
})

/** What the bench measures of one route. */
export type RouteMeasure = {
  app: Load
  /** The framework ceiling, measured in slices alternating with this route's. */
  ceiling: Load
  proxy: Load
  nginxStatic: Load
  one?: Load
  coldMs?: number
  bytes: number
}

type Measured = {
  settings: { connections: number; duration: number; warmup: number }
  seeding?: { seconds: number; counts: Record<string, number> }
  buildSeconds?: number
  ceilingRoute: string
  routes: ({ route: string } & RouteMeasure)[]
  publishVisibleMs: number
  publishVisibleWorstMs: number
  upload: { ms: number; bytes: number }
  memoryMB: { baseline: number; peakDuringLoad: number; peak: number }
  /** Each page's path, and its median scores. */
  lighthouse: LighthouseRow[]
}

/** A figure rounded for the table (and the log). */
export const round = (n: number, digits = 0) => Number(n.toFixed(digits))
const ratio = (a: number, b: number) => (b ? round((100 * a) / b) : 0)

/** The targets of issue #16, by kind of route. */
function targetOf(route: string, ceiling: number) {
  if (route.startsWith('/api/'))
    return { kind: 'REST list, default depth', min: '≥ 300 req/s', ok: (rps: number) => rps >= 300 }
  if (route.includes('?'))
    return {
      kind: 'query, repeated',
      min: '≥ 50 %',
      ok: (rps: number) => ratio(rps, ceiling) >= 50,
    }
  if (route.endsWith('.xml')) return { kind: 'feed', min: '—', ok: () => true }
  return { kind: 'page', min: '≥ 80 %', ok: (rps: number) => ratio(rps, ceiling) >= 80 }
}

/** The bench's results: as data (the JSON file) and as the table committed in latest.md. */
export function benchReport(m: Measured) {
  const { connections, duration, warmup } = m.settings
  const table = m.routes.map((r) => {
    const target = targetOf(r.route, r.ceiling.rps)
    return {
      route: r.route,
      target: target.min,
      met:
        target.ok(r.app.rps) &&
        (target.kind === 'feed' || r.one!.p97_5 < 5 || r.route.startsWith('/api/')),
      bytes: r.bytes,
      appRps: r.app.rps,
      ceilingRps: r.ceiling.rps,
      ofFrameworkPct: ratio(r.app.rps, r.ceiling.rps),
      proxyRps: r.proxy.rps,
      nginxStaticRps: r.nginxStatic.rps,
      ofNginxStaticPct: ratio(r.proxy.rps, r.nginxStatic.rps),
      p50Ms: r.one!.p50,
      p97_5Ms: r.one!.p97_5,
      coldMs: r.coldMs!,
      errors: r.app.errors + r.app.non2xx + r.proxy.errors + r.proxy.non2xx,
    }
  })
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    settings: m.settings,
    seeding: m.seeding,
    buildSeconds: m.buildSeconds,
    frameworkCeiling: { route: m.ceilingRoute, rps: table.map((t) => t.ceilingRps) },
    routes: table,
    publishVisibleMs: m.publishVisibleMs,
    publishVisibleWorstMs: m.publishVisibleWorstMs,
    upload12MpMs: m.upload.ms,
    upload12MpBytes: m.upload.bytes,
    memoryMB: m.memoryMB,
    lighthouse: m.lighthouse,
  }
  const { baseline, peakDuringLoad, peak } = m.memoryMB
  const md = [
    `# Benchmark — ${result.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${result.machine.cpus} cores, Node ${result.machine.node}; ${connections} connections × ${duration} s after a ${warmup} s warm-up; autocannon on loopback.`,
    m.seeding
      ? `Seeding: ${round(m.seeding.seconds)} s (target < 120 s) — ${Object.entries(
          m.seeding.counts,
        )
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}.`
      : 'Seeding: not timed (data set reused).',
    `Framework ceiling: ${m.ceilingRoute} on the same server, measured beside each route in alternating 2 s slices (${Math.min(...table.map((t) => t.ceilingRps))}–${Math.max(...table.map((t) => t.ceilingRps))} req/s).`,
    '',
    '| route | bytes | app req/s | ceiling req/s | % of framework | target | met | proxy req/s | nginx-static req/s | proxy % of nginx-static | p50 / p97.5 at 1 conn (ms) | cold (ms) | errors |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...table.map(
      (t) =>
        `| \`${t.route}\` | ${t.bytes} | ${t.appRps} | ${t.ceilingRps} | ${t.ofFrameworkPct} % | ${t.target} | ${t.met ? 'yes' : '**no**'} | ${t.proxyRps} | ${t.nginxStaticRps} | ${t.ofNginxStaticPct} % | ${t.p50Ms} / ${t.p97_5Ms} | ${t.coldMs} | ${t.errors} |`,
    ),
    '',
    '| measure | value | target |',
    '| --- | ---: | --- |',
    `| published change visible through the proxy: median / worst of 5 | ${m.publishVisibleMs} / ${m.publishVisibleWorstMs} ms | < 2,000 ms |`,
    `| 12 MP JPEG upload processed into every size (${(m.upload.bytes / 1e6).toFixed(1)} MB) | ${m.upload.ms} ms | < 1,500 ms |`,
    `| server memory (RSS): idle / peak under load / peak overall | ${baseline} / ${peakDuringLoad} / ${peak} MB | < 1,024 MB |`,
    '',
    'Targets (issue #16): every public page without a query string ≥ 80 % of the framework ceiling from the app alone, filtered lists and search (repeated query) ≥ 50 %, p97.5 < 5 ms at one connection for cached pages, the REST list of 20 writings at default depth ≥ 300 req/s; through the proxy ≥ 90 % of nginx serving the same bytes; cold < 150 ms (search and the feed < 300 ms); 0 errors.',
    '',
    `| Lighthouse, mobile, through the proxy (median of ${LIGHTHOUSE_RUNS} runs) | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...m.lighthouse.map(
      (r) =>
        `| \`${r.url}\`${r.runs < LIGHTHOUSE_RUNS ? ` (${r.runs} runs)` : ''} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} |`,
    ),
    '',
    'Lighthouse targets: performance ≥ 95; accessibility, best practices and SEO 100.',
    '',
  ].join('\n')
  return { result, md }
}
