import type { CollectionConfig, PayloadRequest } from 'payload'

import { nobody } from '@/access/basic'
import { inEditorLanguage, L } from '@/i18n/admin'
import { publishedReadEditorsWrite } from '@/access/presets'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { guestsField } from '@/fields/guests'
import { topicsField } from '@/fields/topics'
import { contentHooks } from '@/hooks/content'
import { draftsWithHistory } from './versions'
import { guestNames, searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'
import { validateTranscript } from '@/lib/transcript'
import { AUDIO_TYPES } from '@/lib/media/types.mjs'

const needsAudio = (
  _: unknown,
  { siblingData, req }: { siblingData: Record<string, unknown>; req?: PayloadRequest },
) =>
  siblingData?._status !== 'published' || siblingData.audio || siblingData.audioUrl
    ? true
    : inEditorLanguage('errors.episodeNeedsAudio', req)

export const Episodes: CollectionConfig = {
  slug: 'episodes',
  labels: {
    singular: L('episodes.singular'),
    plural: L('episodes.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'airDate', 'guests', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: L('groups.upfront'),
  },
  defaultSort: '-airDate',
  access: publishedReadEditorsWrite,
  versions: draftsWithHistory,
  hooks: contentHooks,
  trash: true,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          label: L('episodes.number'),
          type: 'number',
          required: true,
          unique: true,
          index: true,
          min: 1,
        },
        {
          name: 'airDate',
          label: L('episodes.airDate'),
          type: 'date',
          required: true,
          index: true,
        },
        {
          name: 'season',
          label: L('episodes.season'),
          type: 'number',
          min: 1,
          admin: { description: L('episodes.seasonHint') },
        },
      ],
    },
    { name: 'title', label: L('fields.title'), type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'audio',
          label: L('episodes.audio'),
          type: 'upload',
          relationTo: 'audio',
          validate: needsAudio,
        },
        {
          name: 'audioUrl',
          label: L('episodes.audioUrl'),
          type: 'text',
          admin: { description: L('episodes.audioUrlHint') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'duration',
          label: L('fields.duration'),
          type: 'number',
          min: 0,
        },
        {
          name: 'audioBytes',
          label: L('episodes.audioBytes'),
          type: 'number',
          min: 0,
          admin: { condition: (_, sibling) => Boolean(sibling?.audioUrl) },
        },
        {
          name: 'audioType',
          label: L('episodes.audioType'),
          type: 'select',
          defaultValue: 'audio/mpeg',
          options: AUDIO_TYPES.map((value) => ({ label: value, value })),
          admin: { condition: (_, sibling) => Boolean(sibling?.audioUrl) },
        },
      ],
    },
    {
      name: 'image',
      label: L('episodes.image'),
      type: 'upload',
      relationTo: 'media',
      admin: {
        description: L('episodes.imageHint'),
      },
    },
    { name: 'summary', label: L('fields.summary'), type: 'textarea', required: true },
    { name: 'showNotes', label: L('episodes.showNotes'), type: 'richText' },
    {
      name: 'transcript',
      label: L('fields.transcript'),
      type: 'textarea',
      validate: validateTranscript,
      admin: {
        rows: 12,
        description: L('episodes.transcriptHint'),
      },
    },
    guestsField,
    topicsField,
    {
      name: 'interviews',
      label: L('fields.interviews'),
      type: 'join',
      collection: 'interviews',
      on: 'episode',
      defaultSort: 'startTime',
    },
    {
      // The podcast item's guid: given once (kept from an imported feed, or made on first
      // publish) and never changed, so podcast apps don't see a re-published episode as new.
      name: 'guid',
      label: L('episodes.guid'),
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
