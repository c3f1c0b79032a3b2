import { auditAfterChange, auditAfterDelete } from './audit'
import { revalidateAfterChange, revalidateAfterDelete } from './revalidate'

/** What every content collection does after a change: refresh the site's cache, write the audit log. */
export const contentHooks = {
  afterChange: [revalidateAfterChange, auditAfterChange],
  afterDelete: [revalidateAfterDelete, auditAfterDelete],
}
