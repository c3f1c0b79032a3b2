import { publicWorkIndexes } from '@/access/submittedWork'
import { L } from '@/i18n/admin'
import { lexicalToPlainText } from '@/lib/searchText'
import { submittedWork } from './submittedWork'

/** A piece of art: up to twelve images of one work, with its medium and the artist's statement. */
export const Artworks = submittedWork({
  slug: 'artworks',
  labels: { singular: L('artworks.singular'), plural: L('artworks.plural') },
  admin: {
    defaultColumns: ['title', 'byline', 'credit', 'medium', 'year', 'state', 'createdAt'],
    listSearchableFields: ['title', 'byline', 'medium'],
  },
  indexes: publicWorkIndexes,
  fields: [
    {
      name: 'images',
      label: L('artworks.images'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      admin: { description: L('artworks.imagesHint') },
    },
    {
      type: 'row',
      fields: [
        { name: 'medium', label: L('artworks.medium'), type: 'text' },
        { name: 'dimensions', label: L('artworks.dimensions'), type: 'text' },
        {
          name: 'year',
          label: L('fields.year'),
          type: 'number',
          min: 1900,
          max: 2100,
          index: true,
        },
      ],
    },
    {
      name: 'statement',
      label: L('artworks.statement'),
      type: 'richText',
    },
  ],
  searchText: (d) => [d.medium, lexicalToPlainText(d.statement)],
})
