/** npm run seed: adds the demo content (idempotent) and prints the demo accounts. */
// Imported dynamically, in this order: static imports of the config and the seed together
// left Node 20's module loader with an unsettled top-level await (exit 13) most runs.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seed } = await import('@/seed')
const { printDemoAccounts } = await import('@/seed/onInit')

const payload = await getPayload({ config })
const report = await seed(payload)
printDemoAccounts(payload, report.counts)
await payload.destroy()
process.exit(0)
