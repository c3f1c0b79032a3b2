import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { isSignedIn } from '@/access/basic'
import { anonymiseUpload, fileVisibilityFields, readFiles } from '@/access/media'
import { isEditor } from '@/access/isEditor'
import { revalidateHooks } from '@/hooks/revalidate'
import { inEditorLanguage, L } from '@/i18n/admin'
import { imagePixels, imageSizes, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '@/lib/media/images'
import { mediaDir, UPLOAD_FOLDERS } from '@/lib/media/storage'
import { IMAGE_TYPES } from '@/lib/media/types.mjs'

/** Where uploaded images (originals and their sizes) are kept on disk (without S3). */
const imagesDir = path.join(mediaDir, UPLOAD_FOLDERS.media)

/**
 * Refuses an image that is too large, in bytes or in pixels, before Payload hands it to sharp to
 * make its sizes (which would decode it whole), with a message the uploader can act on.
 */
const refuseHugeImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation === 'create' || operation === 'update') && file?.data?.length) {
    if (file.size > MAX_IMAGE_BYTES) {
      throw new APIError(
        inEditorLanguage('errors.imageTooLarge', req, {
          size: (file.size / 2 ** 20).toFixed(1),
          max: MAX_IMAGE_BYTES / 2 ** 20,
        }),
        413,
        undefined,
        true,
      )
    }
    const pixels = await imagePixels(file.data)
    if (pixels !== null && pixels > MAX_IMAGE_PIXELS) {
      throw new APIError(
        inEditorLanguage('errors.imageTooManyPixels', req, {
          megapixels: Math.round(pixels / 1e6),
          max: MAX_IMAGE_PIXELS / 1e6,
        }),
        413,
        undefined,
        true,
      )
    }
  }
  return args
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: L('media.singular'), plural: L('media.plural') },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'filesize', 'updatedAt'],
    group: L('groups.media'),
  },
  // Readable by the public only while a published document uses the image (src/access/media.ts).
  access: { read: readFiles, create: isSignedIn, update: isEditor, delete: isEditor },
  hooks: { beforeOperation: [refuseHugeImages, anonymiseUpload], ...revalidateHooks },
  upload: {
    staticDir: imagesDir,
    // Payload sniffs the bytes against this list: a renamed text file is refused, and so is SVG.
    mimeTypes: [...IMAGE_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    // The original is kept as WebP too (sharp drops camera metadata such as GPS on the way). At
    // effort 1 a 12-megapixel photo takes ~0.5 s instead of ~1.5 s at the default effort 4, for
    // the same size within 2 %; the sizes readers download keep the default effort.
    formatOptions: { format: 'webp', options: { quality: 82, effort: 1 } },
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
      label: L('media.alt'),
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: L('media.altHint'),
      },
    },
    { name: 'credit', label: L('media.credit'), type: 'text' },
    ...fileVisibilityFields,
  ],
}
