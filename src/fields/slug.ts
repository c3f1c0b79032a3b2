import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { L } from '@/i18n/admin'
import { slugify } from '@/lib/slugify'

/**
 * Slug from another field (title, name), unique and stable: it is made once, when the document is
 * created, and changes afterwards only if an editor edits it.
 */
export const slugField = (from = 'title'): TextField => {
  const makeSlug: FieldHook = async ({ value, data, originalDoc, req, collection, operation }) => {
    const typed = typeof value === 'string' && value.trim() !== '' ? slugify(value) : ''
    if (typed) return typed
    const existing = originalDoc?.slug
    if (operation === 'update' && typeof existing === 'string' && existing) return existing
    const source = data?.[from] ?? originalDoc?.[from]
    const base = slugify(typeof source === 'string' ? source : '') || 'untitled'
    if (!collection) return base
    // Only when the slug is made for the editor: find the first free one (base, base-2, …).
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: {
          and: [
            { slug: { equals: candidate } },
            ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now()}`
  }

  return {
    name: 'slug',
    label: L('fields.slug'),
    type: 'text',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: L('fields.slugHint'),
    },
    hooks: { beforeValidate: [makeSlug] },
  }
}
