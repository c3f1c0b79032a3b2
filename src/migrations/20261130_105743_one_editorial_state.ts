import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { repairContradictions } from '../lib/editorial/stateMachine'

/**
 * One editorial state (issue #20): pieces published on the row but not accepted — invisible on
 * the site while the admin said "published" — are unpublished, and each one is reported.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const changed = await repairContradictions(req)
  for (const c of changed)
    payload.logger.info(`one_editorial_state: unpublished ${c.collection} ${c.id} "${c.title}" (was ${c.was})`)
  payload.logger.info(`one_editorial_state: ${changed.length} contradictory piece(s) repaired`)
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the repaired pieces were never public.
}
