import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { isEditor } from '@/access/isEditor'
import { adminOptions, L } from '@/i18n/admin'
import { outputEndpoints } from '@/lib/publishing/endpoints'
import { OUTPUT_KINDS } from '@/lib/publishing/kinds'
import { mediaDir } from '@/lib/media/storage'

/**
 * Files the platform made for print and download: anthology PDF/EPUB, exhibition catalogue and
 * labels, event programs, impact reports. Made only by the server (see src/lib/publishing), kept
 * until something they contain changes, and marked stale at once when a consent is withdrawn or
 * a piece taken down, so the next download is made again without it. Editors only: the public
 * download of an anthology goes through its own endpoint, which checks every piece's consent.
 */
export const Outputs: CollectionConfig = {
  slug: 'outputs',
  labels: {
    singular: L('outputs.singular'),
    plural: L('outputs.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'stale', 'staleReason', 'generatedAt', 'generationMs'],
    group: L('groups.programs'),
    description: L('outputs.description'),
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  endpoints: outputEndpoints,
  upload: {
    staticDir: path.join(mediaDir, 'outputs'),
  },
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    {
      name: 'kind',
      label: L('fields.kind'),
      type: 'select',
      required: true,
      options: adminOptions('outputKind', OUTPUT_KINDS),
      index: true,
    },
    {
      name: 'source',
      label: L('outputs.source'),
      type: 'relationship',
      relationTo: ['compilations', 'exhibitions', 'events'],
      admin: { readOnly: true },
    },
    // kind, source and options: one file per combination.
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    { name: 'fingerprint', type: 'text', admin: { hidden: true } },
    // "|writings:3|artworks:7|": which pieces the file contains, for marking it stale.
    { name: 'containsKeys', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'excluded',
      label: L('outputs.excluded'),
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'title', label: L('fields.title'), type: 'text' },
        { name: 'reason', label: L('outputs.reason'), type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stale',
          label: L('outputs.stale'),
          type: 'checkbox',
          defaultValue: false,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'staleReason',
          label: L('outputs.staleReason'),
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'generatedAt',
          label: L('outputs.generatedAt'),
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'generationMs',
          label: L('outputs.generationMs'),
          type: 'number',
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
