import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { publishedReadEditorsWrite } from '@/access/presets'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { topicsField } from '@/fields/topics'
import { contentHooks } from '@/hooks/content'
import { workVersions } from './workVersions'
import { guestNames, searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'
import { validateTranscript } from '@/lib/transcript'
import { AUDIO_TYPES } from '@/lib/media/types.mjs'

const needsAudio = (_: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
  siblingData?._status !== 'published' || siblingData.audio || siblingData.audioUrl
    ? true
    : 'A published episode needs an audio file or an external audio URL.'

export const Episodes: CollectionConfig = {
  slug: 'episodes',
  labels: {
    singular: { en: 'Episode', es: 'Episodio' },
    plural: { en: 'Episodes', es: 'Episodios' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'airDate', 'guests', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: { en: 'UpFront!', es: 'UpFront!' },
  },
  defaultSort: '-airDate',
  access: publishedReadEditorsWrite,
  versions: workVersions,
  hooks: contentHooks,
  trash: true,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          label: { en: 'Number', es: 'Número' },
          type: 'number',
          required: true,
          unique: true,
          index: true,
          min: 1,
        },
        {
          name: 'airDate',
          label: { en: 'Air date', es: 'Fecha de emisión' },
          type: 'date',
          required: true,
          index: true,
        },
        {
          name: 'season',
          label: { en: 'Season', es: 'Temporada' },
          type: 'number',
          min: 1,
          admin: { description: 'Only if the show numbers its seasons.' },
        },
      ],
    },
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'audio', type: 'upload', relationTo: 'audio', validate: needsAudio },
        {
          name: 'audioUrl',
          label: { en: 'External audio URL', es: 'URL de audio externa' },
          type: 'text',
          admin: { description: 'Used when the audio lives elsewhere.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'duration',
          label: { en: 'Duration (seconds)', es: 'Duración (segundos)' },
          type: 'number',
          min: 0,
        },
        {
          name: 'audioBytes',
          label: { en: 'External audio size (bytes)', es: 'Tamaño del audio externo (bytes)' },
          type: 'number',
          min: 0,
          admin: { condition: (_, sibling) => Boolean(sibling?.audioUrl) },
        },
        {
          name: 'audioType',
          label: { en: 'External audio format', es: 'Formato del audio externo' },
          type: 'select',
          defaultValue: 'audio/mpeg',
          options: AUDIO_TYPES.map((value) => ({ label: value, value })),
          admin: { condition: (_, sibling) => Boolean(sibling?.audioUrl) },
        },
      ],
    },
    {
      name: 'image',
      label: { en: 'Episode artwork', es: 'Imagen del episodio' },
      type: 'upload',
      relationTo: 'media',
      admin: {
        description:
          'Optional. Podcast apps show it instead of the show artwork; it is cropped square.',
      },
    },
    { name: 'summary', label: { en: 'Summary', es: 'Resumen' }, type: 'textarea', required: true },
    { name: 'showNotes', label: { en: 'Show notes', es: 'Notas del programa' }, type: 'richText' },
    {
      name: 'transcript',
      label: { en: 'Transcript', es: 'Transcripción' },
      type: 'textarea',
      validate: validateTranscript,
      admin: {
        rows: 12,
        description:
          'Paragraphs separated by blank lines. For a timed transcript start lines with the time, "[00:01:23] HOST: …", or paste a WebVTT file.',
      },
    },
    { name: 'guests', type: 'relationship', relationTo: 'guests', hasMany: true, index: true },
    topicsField,
    {
      name: 'interviews',
      type: 'join',
      collection: 'interviews',
      on: 'episode',
      defaultSort: 'startTime',
    },
    {
      // The podcast item's guid: given once (kept from an imported feed, or made on first
      // publish) and never changed, so podcast apps don't see a re-published episode as new.
      name: 'guid',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true },
      hooks: {
        beforeChange: [
          ({ value, originalDoc, siblingData }) =>
            value ||
            originalDoc?.guid ||
            (siblingData?._status === 'published' && siblingData.number
              ? `voice-and-visibility:upfront:${siblingData.number}`
              : value),
        ],
      },
    },
    {
      // What the archive importer last wrote (a hash of the source row): an unchanged row is
      // left alone on re-import, so editors' later changes stay.
      name: 'importHash',
      type: 'text',
      admin: { hidden: true },
      access: { read: nobody, create: nobody, update: nobody },
    },
    slugField(),
    publishedAtField,
    searchTextField(async (d, req) => [
      d.number,
      d.title,
      d.summary,
      lexicalToPlainText(d.showNotes),
      ...(await guestNames(d, req)),
    ]),
  ],
}
