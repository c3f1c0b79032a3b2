import path from 'node:path'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { L } from '@/i18n/admin'
import { parseBuffer } from 'music-metadata'

import { anonymiseUpload, fileVisibilityFields, readFiles } from '@/access/media'
import { isEditor } from '@/access/isEditor'
import { revalidateHooks } from '@/hooks/revalidate'
import { mediaDir } from '@/lib/media/storage'
import { AUDIO_TYPE_ALIASES, AUDIO_TYPES } from '@/lib/media/types.mjs'

/** Reads the duration from the uploaded bytes (mp3, m4a, ogg, wav all carry it). */
const readDuration: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data?.length) return data
  const meta = await parseBuffer(file.data, { mimeType: file.mimetype, size: file.size })
  if (meta.format.duration) data.duration = Math.round(meta.format.duration * 10) / 10
  return data
}

export const Audio: CollectionConfig = {
  slug: 'audio',
  labels: { singular: L('audio.singular'), plural: L('audio.plural') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'duration', 'filesize', 'updatedAt'],
    group: L('groups.media'),
  },
  // Readable by the public only once a published episode uses it (src/access/media.ts).
  access: { read: readFiles, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.join(mediaDir, 'audio'),
    mimeTypes: [...AUDIO_TYPES, ...AUDIO_TYPE_ALIASES],
  },
  hooks: { beforeOperation: [anonymiseUpload], beforeChange: [readDuration], ...revalidateHooks },
  fields: [
    { name: 'title', label: L('fields.title'), type: 'text' },
    {
      name: 'duration',
      label: L('fields.duration'),
      type: 'number',
      admin: { readOnly: true },
    },
    ...fileVisibilityFields,
  ],
}
