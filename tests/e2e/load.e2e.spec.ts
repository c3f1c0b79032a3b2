import { expect, test } from '@playwright/test'

import { loadTest } from '../load/loadTest'

// The short version of `npm run load`: its own server and database (port 3301), 20 connections
// for 5 seconds of page, feed and submission traffic.
test('under load: no errors, no 5xx, every accepted submission stored, memory back', async () => {
  test.setTimeout(240_000)
  const report = await loadTest({ connections: 20, duration: 5, port: 3301, warmup: 3, settle: 5 })
  console.log(report.table)
  expect(report.result.requests).toBeGreaterThan(100)
  expect(report.result.submissionsAccepted.length).toBeGreaterThan(0)
  expect(report.stored).toBe(report.result.submissionsAccepted.length)
  expect(report.failures).toEqual([])
})
