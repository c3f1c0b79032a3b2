import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { pt } from '@payloadcms/translations/languages/pt'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Artworks } from './src/collections/Artworks'
import { Audio } from './src/collections/Audio'
import { Outputs } from './src/collections/Outputs'
import { AuditLog } from './src/collections/AuditLog'
import { Compilations } from './src/collections/Compilations'
import { Contributors } from './src/collections/Contributors'
import { Episodes } from './src/collections/Episodes'
import { Events } from './src/collections/Events'
import { Exhibitions } from './src/collections/Exhibitions'
import { Guests } from './src/collections/Guests'
import { Interviews } from './src/collections/Interviews'
import { Media } from './src/collections/Media'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { Writings } from './src/collections/Writings'
import { withFileVisibility } from './src/access/media'
import { databaseAdapterOrExit } from './src/db/startup'
import { payloadSecret, serverURL } from './src/lib/env'
import { depthLimit, MAX_QUERY_DEPTH } from './src/lib/security/graphql'
import { API_BODY_LIMIT } from './src/lib/bodyLimits.mjs'
import { previewPath } from './src/lib/previewPath'
import { refreshSiteEndpoint } from './src/lib/cache/refresh'
import { emailAdapter } from './src/lib/email/adapter'
import { s3Settings, UPLOAD_FOLDERS } from './src/lib/media/storage'
import { sendEmailTask } from './src/lib/email/sendEmailTask'
import { seedOnFirstRun } from './src/seed/onInit'
import { adminTranslations } from './src/i18n/admin'
import { defaultLocale, localeNames, locales } from './src/i18n/routing'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const s3 = s3Settings()

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  db: databaseAdapterOrExit(),
  sharp,
  editor: lexicalEditor(),
  // Images and audio are public only while a public document uses them (src/access/media.ts).
  collections: withFileVisibility([
    Writings,
    Artworks,
    Contributors,
    Episodes,
    Guests,
    Interviews,
    Compilations,
    Exhibitions,
    Events,
    Topics,
    Media,
    Audio,
    Users,
    AuditLog,
    Outputs,
  ]),
  // For outside readers of the REST API: related documents one level deep unless asked (a list of
  // 20 writings at depth 2 read every contributor's, topic's and image's relations), never more
  // than three. The site's own reads name their depth (src/lib/data).
  defaultDepth: 1,
  maxDepth: 3,
  // Localised fields (topic names, alt text, labels) in the six interface languages; a missing
  // translation reads as the English one.
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale: defaultLocale,
    fallback: true,
  },
  // The admin in every language Payload ships of the six; Haitian Creole editors choose French or
  // English in their account settings.
  i18n: {
    supportedLanguages: { en, es, pt, zh, vi, fr },
    fallbackLanguage: 'en',
    translations: adminTranslations,
  },
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Voice & Visibility',
      description: 'Voice & Visibility — editors’ workspace',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // Editors see the page a draft will become, beside the form, refreshed on every save.
    livePreview: {
      collections: ['writings', 'artworks', 'episodes'],
      url: ({ data, collectionConfig }) => {
        const path = collectionConfig ? previewPath(collectionConfig.slug, data) : null
        return path ? `${serverURL}/preview?path=${encodeURIComponent(path)}` : null
      },
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 360, height: 740 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
    components: {
      beforeDashboard: [
        '/src/components/admin/ReviewQueue#ReviewQueue',
        '/src/components/admin/ImpactReport#ImpactReport',
      ],
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
    },
  },
  email: emailAdapter(),
  // Outgoing email goes through the job queue: queued with the submission, sent at once, and
  // retried every minute (with growing pauses) while a send fails.
  jobs: {
    tasks: [sendEmailTask],
    autoRun: [{ cron: '* * * * *', limit: 20, queue: 'default' }],
    shouldAutoRun: () => process.env.NEXT_PHASE !== 'phase-production-build' && !process.env.VITEST,
  },
  // Uploads through the API stop at this size (413); images have their own, smaller limit.
  upload: { limits: { fileSize: API_BODY_LIMIT } },
  // Only the site's own origin may use an editor's session cookie, or call the API from a page.
  cors: [serverURL],
  csrf: [serverURL],
  // GraphQL stays (editors' tools use it) behind limits: no playground or introspection in
  // production (Payload's defaults), a complexity budget, and a depth limit.
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    maxComplexity: 1000,
    validationRules: () => [depthLimit(MAX_QUERY_DEPTH)],
  },
  // Uploads on S3-compatible storage when S3_BUCKET is set (src/lib/media/storage.ts), the media
  // folder otherwise. Files are still served through Payload, so the same read rules decide who
  // gets one; the bucket stays private. Its prefix field is in the schema either way.
  plugins: [
    s3Storage({
      enabled: Boolean(s3?.bucket),
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? '',
      config: s3?.config ?? {},
      collections: {
        media: { prefix: UPLOAD_FOLDERS.media },
        audio: { prefix: UPLOAD_FOLDERS.audio },
        outputs: { prefix: UPLOAD_FOLDERS.outputs },
      },
    }),
  ],
  // Scripts that write behind a running server ask it to refresh its pages (src/lib/cache).
  endpoints: [refreshSiteEndpoint],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: seedOnFirstRun,
})
