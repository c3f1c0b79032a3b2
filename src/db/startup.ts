import type { DatabaseAdapterObj } from 'payload'

import { DatabaseUrlError, JournalModeError, databaseAdapter, resolveDatabaseTarget } from './index'

/**
 * At start: a bad DATABASE_URL (or SQLITE_JOURNAL_MODE) stops the process with one line that names
 * the accepted forms.
 */
export function databaseAdapterOrExit(): DatabaseAdapterObj {
  try {
    return databaseAdapter(resolveDatabaseTarget(process.env.DATABASE_URL))
  } catch (err) {
    if (err instanceof DatabaseUrlError || err instanceof JournalModeError) {
      console.error(err.message)
      process.exit(1)
    }
    throw err
  }
}
