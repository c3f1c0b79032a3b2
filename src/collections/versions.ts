import type { CollectionConfig } from 'payload'

/**
 * Drafts (with scheduled publishing, for editors' previews) and a bounded history per document:
 * every collection whose documents are published — pieces, episodes, anthologies, exhibitions.
 */
export const draftsWithHistory: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 25,
}
