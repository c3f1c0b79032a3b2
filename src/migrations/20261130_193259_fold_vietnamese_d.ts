import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

import { foldForSearch } from '../lib/searchText'

/**
 * Search folding learnt Vietnamese đ (issue #18): "dao" finds "Đào". The folded copies already
 * stored still hold đ; they are folded again in place, through the adapter (no hooks run: nothing
 * is published, revalidated or versioned by it).
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  let changed = 0
  for (const collection of payload.config.collections) {
    if (!collection.flattenedFields.some((f) => f.name === 'searchText')) continue
    const { docs } = await payload.find({
      collection: collection.slug,
      where: { searchText: { like: 'đ' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { searchText: true },
      req,
    })
    for (const doc of docs as { id: string | number; searchText?: string | null }[]) {
      await payload.db.updateOne({
        collection: collection.slug,
        id: doc.id,
        data: { searchText: foldForSearch(doc.searchText ?? '') },
        req,
      })
      changed++
    }
  }
  payload.logger.info(`fold_vietnamese_d: ${changed} search text(s) folded again`)
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the old folding's text is found by the new one's queries only less often.
}
