/** npm run seed: adds the demo content (idempotent) and prints the demo accounts. */
import { getPayload } from 'payload'

import config from '@payload-config'
import { refreshRunningSite } from '@/lib/cache/refresh'
import { seed } from '@/seed'
import { printDemoAccounts } from '@/seed/onInit'

const payload = await getPayload({ config })
const report = await seed(payload)
printDemoAccounts(payload, report.counts)
if (report.created) console.log(await refreshRunningSite())
await payload.destroy()
process.exit(0)
