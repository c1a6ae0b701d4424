import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { adminI18n } from './adminI18n'
import { Authors } from './collections/Authors'
import { Cities } from './collections/Cities'
import { Media } from './collections/Media'
import { Partners } from './collections/Partners'
import { Partnerships } from './collections/Partnerships'
import { SearchIndex } from './collections/SearchIndex'
import { Terrain } from './collections/Terrain'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { configuredOrigins, corsOrigins } from './middleware/corsOrigins'
import { maxDepth } from './middleware/validateQuery'
import { databaseAdapter } from './database'
import { benchEndpoints } from './endpoints/queryCount'
import { openApiEndpoint } from './endpoints/openapi'
import { scheduleUnpublishEndpoints } from './endpoints/scheduleUnpublish'
import { searchEndpoint } from './endpoints/search'
import { documentLocalesSchema } from './typescript/documentLocalesSchema'
import { graphQL } from './graphql'
import { refuseUnfetchableUploadInGraphQL } from './hooks/refuseUnfetchableUpload'
import { jobs } from './jobs'
import { livePreview } from './livePreview'
import { localization } from './localization'
import { onStart } from './onStart'
import { requireSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: requireSecret(),
  serverURL: process.env.CMS_URL || undefined,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' – Stadtmacher' },
    importMap: { baseDir: dirname },
    // The site's page for the locale being edited, beside the form (apps/web/app/pages/preview).
    livePreview,
    components: {
      afterNavLinks: ['/components/TranslationsNavLink#TranslationsNavLink'],
      views: { translations: { Component: '/components/TranslationsView#TranslationsView', path: '/translations' } },
    },
  },
  collections: [Partnerships, Cities, Terrain, Authors, Topics, Media, Users, Partners, SearchIndex],
  endpoints: [searchEndpoint, openApiEndpoint, ...scheduleUnpublishEndpoints, ...benchEndpoints()],
  cors: corsOrigins(),
  // Cookie-authenticated requests are accepted only from these origins.
  csrf: configuredOrigins(),
  db: databaseAdapter(),
  maxDepth,
  graphQL,
  jobs,
  upload: { limits: { fileSize: 10 * 1024 * 1024 } },
  hooks: { afterError: [refuseUnfetchableUploadInGraphQL] },
  editor: lexicalEditor(),
  // Per-locale publishing (versions.drafts.localizeStatus on the collections).
  experimental: { localizeStatus: true },
  i18n: adminI18n,
  localization,
  // Expected client errors are not server faults: keep them out of the error log.
  loggingLevels: {
    AuthenticationError: 'info',
    FileUploadError: 'info',
    Forbidden: 'info',
    LockedAuth: 'info',
    NotFound: 'info',
    QueryError: 'info',
    ValidationError: 'info',
  },
  sharp,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    declare: false,
    outputFile: path.resolve(dirname, '../../../packages/types/src/payload-types.ts'),
    schema: [documentLocalesSchema],
  },
  onInit: onStart,
})
