// Next.js stamps a cached page, and a tag's expiry, with the wall clock (`Date.now()`), but asks
// whether an expiry has come with `performance.timeOrigin + performance.now()`: the process's
// monotonic clock counted from its start (next/dist/server/lib/incremental-cache/
// tags-manifest.external.js, and the page cache's age in incremental-cache/index.js). The two
// agree until the wall clock is set forward while the process runs — NTP correcting a virtual
// machine's clock, a machine or container resumed. From then on every expiry lies that far in
// the monotonic clock's future: the first reader after a change is served the old page (a name
// just taken down) and a draft episode's recording stays hidden after it is published, until
// the gap has passed. CI met exactly this (the takedown, publishing and "at the next request"
// browser tests failed there and passed here); the browser tests now run their server with its
// monotonic clock a minute behind (tests/support/laggingClock.cjs).
//
// The fix: Next's "now" is read from the clock it stamps with. `timeOrigin` becomes the wall
// clock minus the monotonic time since start, so `timeOrigin + now()` is `Date.now()`;
// `performance.now()` itself is untouched, so durations measured with it stay monotonic.

/**
 * Makes `performance.timeOrigin + performance.now()` read the wall clock. Once per process,
 * before the server answers (server.mjs).
 * @param {Performance} [perf]
 */
export function alignNextClock(perf = globalThis.performance) {
  const sinceStart = perf.now.bind(perf)
  Object.defineProperty(perf, 'timeOrigin', {
    configurable: true,
    enumerable: true,
    get: () => Date.now() - sinceStart(),
  })
}
