import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { anyone, isSignedIn } from '@/access/isSignedIn'
import { isEditor } from '@/access/isEditor'
import { revalidateHooks } from '@/hooks/revalidate'

export const mediaDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.MEDIA_DIR ??
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../media'),
)

/** The one list of image sizes; every page and output picks from these. */
export const imageSizes = [
  { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
  { name: 'card', width: 640, height: undefined },
  { name: 'feature', width: 1600, height: undefined },
  { name: 'og', width: 1200, height: 630, position: 'centre' },
] as const

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', es: 'Imagen' }, plural: { en: 'Images', es: 'Imágenes' } },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'filesize', 'updatedAt'],
    group: { en: 'Media', es: 'Medios' },
  },
  access: { read: anyone, create: isSignedIn, update: isEditor, delete: isEditor },
  hooks: revalidateHooks,
  upload: {
    staticDir: path.join(mediaDir, 'images'),
    // Payload sniffs the bytes against this list: a renamed text file is refused, and so is SVG.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: imageSizes.map(({ name, width, height, ...rest }) => ({
      name,
      width,
      height,
      withoutEnlargement: name !== 'og',
      formatOptions: { format: 'webp' as const, options: { quality: 80 } },
      ...('position' in rest ? { position: rest.position } : {}),
    })),
  },
  fields: [
    {
      name: 'alt',
      label: { en: 'Alt text', es: 'Texto alternativo' },
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: {
          en: 'Describe the image for people who cannot see it.',
          es: 'Describa la imagen para quien no puede verla.',
        },
      },
    },
    { name: 'credit', label: { en: 'Credit line', es: 'Crédito' }, type: 'text' },
  ],
}
