import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'

/**
 * Where uploaded files live: the `media/` folder (MEDIA_DIR) by default, or an S3-compatible
 * bucket when S3_BUCKET is set (AWS S3, Cloudflare R2, Backblaze B2, MinIO). Payload's official
 * @payloadcms/storage-s3 adapter stores and serves the uploads (payload.config.ts, with the same
 * access rules as local files); this module is the one place the app's own code reads, writes,
 * lists and removes them — the podcast cover, publishing outputs, a failed submission's images,
 * backups and restores — so that code is the same for both.
 *
 * Every file has a path relative to the store: `<folder>/<filename>`, one folder per upload
 * collection (the S3 key prefix is the same folder).
 */
/** The media folder (MEDIA_DIR, default `media/` at the project's root). */
export const mediaDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.MEDIA_DIR ||
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media'),
)

export const UPLOAD_FOLDERS = { media: 'images', audio: 'audio', outputs: 'outputs' } as const
export type UploadCollection = keyof typeof UPLOAD_FOLDERS

export interface FileStore {
  /** For reports: "the folder /srv/media" or "the bucket voice-media". */
  readonly describe: string
  /** Every file's path, sorted. */
  list(): Promise<string[]>
  read(rel: string): Promise<Buffer | null>
  write(rel: string, bytes: Buffer, contentType?: string): Promise<void>
  remove(rels: string[]): Promise<void>
}

export const relPath = (collection: UploadCollection, filename: string) =>
  path.posix.join(UPLOAD_FOLDERS[collection], path.posix.basename(filename))

/** The S3 settings from the environment, or null when S3_BUCKET is not set. */
export function s3Settings(): { bucket: string; config: S3ClientConfig } | null {
  const bucket = process.env.S3_BUCKET
  if (!bucket) return null
  return {
    bucket,
    config: {
      region: process.env.S3_REGION || 'us-east-1',
      // An S3-compatible service (R2, B2, MinIO) at its own address, by path; checksums only
      // where S3 requires them (not every such service understands the SDK's default ones).
      ...(process.env.S3_ENDPOINT
        ? {
            endpoint: process.env.S3_ENDPOINT,
            forcePathStyle: true,
            requestChecksumCalculation: 'WHEN_REQUIRED' as const,
            responseChecksumValidation: 'WHEN_REQUIRED' as const,
          }
        : {}),
      ...(process.env.S3_ACCESS_KEY_ID
        ? {
            credentials: {
              accessKeyId: process.env.S3_ACCESS_KEY_ID,
              secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '',
            },
          }
        : {}),
    },
  }
}

/** A folder on disk. */
export function folderStore(dir: string): FileStore {
  const full = (rel: string) => {
    const p = path.resolve(dir, rel)
    if (!p.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${rel} is outside the store`)
    return p
  }
  const walk = async (d: string, prefix = ''): Promise<string[]> => {
    if (!existsSync(d)) return []
    const out: string[] = []
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const rel = path.posix.join(prefix, entry.name)
      if (entry.isDirectory()) out.push(...(await walk(path.join(d, entry.name), rel)))
      else if (entry.isFile()) out.push(rel)
    }
    return out
  }
  return {
    describe: `the folder ${dir}`,
    list: async () => (await walk(dir)).sort(),
    read: (rel) => readFile(full(rel)).catch(() => null),
    write: async (rel, bytes) => {
      await mkdir(path.dirname(full(rel)), { recursive: true })
      await writeFile(full(rel), bytes)
    },
    remove: async (rels) => {
      await Promise.all(rels.map((rel) => rm(full(rel), { force: true })))
    },
  }
}

/** An S3-compatible bucket. */
export function bucketStore(bucket: string, config: S3ClientConfig): FileStore {
  const client = new S3Client(config)
  return {
    describe: `the bucket ${bucket}`,
    list: async () => {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        )
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys.sort()
    },
    read: async (rel) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: rel }))
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
      } catch {
        return null
      }
    },
    write: async (rel, bytes, contentType) => {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: rel, Body: bytes, ContentType: contentType }),
      )
    },
    remove: async (rels) => {
      for (let i = 0; i < rels.length; i += 1000)
        await client.send(
          new DeleteObjectsCommand({
            Bucket: bucket,
            Delete: { Objects: rels.slice(i, i + 1000).map((Key) => ({ Key })) },
          }),
        )
    },
  }
}

let current: { key: string; store: FileStore } | undefined

/** The store this process uses, from the environment (the bucket, or the media folder). */
export function uploadStore(): FileStore {
  const s3 = s3Settings()
  const key = s3 ? `s3:${s3.bucket}:${s3.config.endpoint ?? ''}` : `dir:${mediaDir}`
  if (current?.key !== key)
    current = { key, store: s3 ? bucketStore(s3.bucket, s3.config) : folderStore(mediaDir) }
  return current.store
}
