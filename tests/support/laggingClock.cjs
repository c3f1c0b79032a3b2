// Preloaded (`--require`) into the browser tests' server: its monotonic clock runs a minute behind
// the wall clock, as on a machine whose clock was set forward after the server started (CI met
// this). Every "fresh at the next request" test then also proves that Next's cache compares
// like with like (src/lib/cache/nextClock.mjs).
const lag = Number(process.env.VV_CLOCK_LAG_MS ?? 60_000)
const sinceStart = performance.now.bind(performance)
performance.now = () => sinceStart() - lag
