import type { CollectionConfig } from 'payload'

/** Drafts with autosave for editors' previews, and a bounded history per document. */
export const workVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 25,
}
