/**
 * npm run load [-- --connections 100 --duration 30]
 *
 * The long load test (see loadTest.ts). Needs a production build (`npm run build`). Prints the
 * figures as a table; exits 1 if the run failed.
 */
import { parseArgs } from 'node:util'

import { loadTest } from './loadTest'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '30' },
    port: { type: 'string', default: '3300' },
  },
})
const report = await loadTest({
  connections: Number(values.connections),
  duration: Number(values.duration),
  port: Number(values.port),
})
console.log(`\n${report.table}\n`)
if (report.failures.length) {
  console.error(`FAILED: ${report.failures.join('; ')}`)
  process.exitCode = 1
} else console.log('PASSED: no errors, no 5xx, every accepted submission stored, memory back.')
