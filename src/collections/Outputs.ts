import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { isEditor } from '@/access/isEditor'
import { outputEndpoints } from '@/lib/publishing/endpoints'
import { outputKindOptions } from '@/lib/publishing/kinds'
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
    singular: { en: 'Generated file', es: 'Archivo generado' },
    plural: { en: 'Generated files', es: 'Archivos generados' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'stale', 'staleReason', 'generatedAt', 'generationMs'],
    group: { en: 'Programs', es: 'Programas' },
    description: {
      en: 'Made from the anthology, exhibition or event pages (Publishing panel) or the dashboard (impact report). Stale files are made again at the next download.',
      es: 'Se generan desde la antología, la exposición o el evento (panel Publicación) o desde el inicio (informe de impacto). Los archivos desactualizados se regeneran en la próxima descarga.',
    },
  },
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  endpoints: outputEndpoints,
  upload: {
    staticDir: path.join(mediaDir, 'outputs'),
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: outputKindOptions, index: true },
    {
      name: 'source',
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
      label: { en: 'Left out', es: 'Excluidas' },
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'reason', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stale',
          label: { en: 'Stale', es: 'Desactualizado' },
          type: 'checkbox',
          defaultValue: false,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'staleReason',
          label: { en: 'Why', es: 'Motivo' },
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
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'generationMs',
          label: { en: 'Took (ms)', es: 'Tardó (ms)' },
          type: 'number',
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
