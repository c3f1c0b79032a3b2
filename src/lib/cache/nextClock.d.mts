export function alignNextClock(perf?: Performance): void
