import { auditAfterChange, auditAfterDelete } from './audit'
import { outputsStaleAfterChange, outputsStaleAfterDelete } from './outputsStale'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidate'

/**
 * What every content collection does after a change: refresh the site's cache, write the audit
 * log, mark generated files (anthologies, catalogues, programs) that contain it stale.
 */
export const contentHooks = {
  afterChange: [revalidateAfterChange, auditAfterChange, outputsStaleAfterChange],
  afterDelete: [revalidateAfterDelete, auditAfterDelete, outputsStaleAfterDelete],
}
