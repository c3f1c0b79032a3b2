import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps publishedAt the first time a document is published, unless an editor set a date. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
