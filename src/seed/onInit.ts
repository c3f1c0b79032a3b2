import type { Payload } from 'payload'

import { DEMO_ACCOUNTS, demoEmail, seed, seedPassword } from './index'

/** `npm run dev` on an empty database fills it with the demo once (VV_AUTO_SEED=1). */
export async function seedOnFirstRun(payload: Payload): Promise<void> {
  if (process.env.VV_AUTO_SEED !== '1') return
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs > 0) return
  payload.logger.info('Empty database: adding the demo content (npm run seed does the same)…')
  const report = await seed(payload)
  printDemoAccounts(payload, report.counts)
}

export function printDemoAccounts(payload: Payload, counts: Record<string, number>) {
  payload.logger.info(
    [
      `Demo content: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}.`,
      `Demo accounts (demo only, password "${seedPassword()}"): ${DEMO_ACCOUNTS.map(demoEmail).join(', ')}`,
    ].join('\n'),
  )
}
