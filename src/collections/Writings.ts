import {
  publicWritingIndexes,
  readableNotQueryable,
  linkedPiecesCreditedAlike,
} from '@/access/submittedWork'
import { languageField } from '@/fields/language'
import { writingFormField } from '@/fields/writingForm'
import { L } from '@/i18n/admin'
import { lexicalToPlainText } from '@/lib/searchText'
import { submittedWork } from './submittedWork'

/** A piece of writing: poem, story, essay, testimony, oral history. */
export const Writings = submittedWork({
  slug: 'writings',
  labels: { singular: L('writings.singular'), plural: L('writings.plural') },
  admin: {
    defaultColumns: ['title', 'byline', 'credit', 'form', 'language', 'state', 'createdAt'],
    listSearchableFields: ['title', 'byline', 'excerpt'],
  },
  indexes: publicWritingIndexes,
  fields: [
    {
      type: 'row',
      fields: [writingFormField, languageField],
    },
    { name: 'body', label: L('writings.body'), type: 'richText', required: true },
    {
      name: 'excerpt',
      label: L('writings.excerpt'),
      type: 'textarea',
      maxLength: 400,
    },
    {
      name: 'translations',
      label: L('writings.translations'),
      type: 'relationship',
      relationTo: 'writings',
      hasMany: true,
      // A translation is shown as a link: populating its own relationships too (REST's default
      // depth 2) made every API read of a list load each translation's topics, images and links.
      maxDepth: 1,
      access: { read: readableNotQueryable },
      hooks: { afterRead: [linkedPiecesCreditedAlike] },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'coverImage',
      label: L('fields.cover'),
      type: 'upload',
      relationTo: 'media',
    },
  ],
  searchText: (d) => [d.excerpt, lexicalToPlainText(d.body)],
})
