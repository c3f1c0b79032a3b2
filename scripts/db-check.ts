/** npm run db:check: connects to the database DATABASE_URL names and says what it found. */
import { resolveDatabaseTarget } from '@/db'

// The config validates DATABASE_URL first: a bad value stops here with one line.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const target = resolveDatabaseTarget(process.env.DATABASE_URL)
try {
  const payload = await getPayload({ config })
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  console.log(
    `Connected to ${target.kind === 'sqlite' ? `SQLite at ${target.file}` : `MongoDB at ${target.display}`}: ${users.totalDocs} accounts.`,
  )
  await payload.destroy()
  process.exit(0)
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
}
