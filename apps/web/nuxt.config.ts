import { fileURLToPath } from 'node:url'
import { defaultLocale, localeLabels, locales, localeTags } from '@stadtmacher/config/locales'
import { previewRoutePattern } from '@stadtmacher/config/preview'
import { writeEmbed } from './embed/build'
import { i18nPages, pageSegments } from './shared/utils/sections'

// The public origin; set NUXT_PUBLIC_SITE_URL (and NUXT_SITE_URL for the sitemap) at runtime in production.
const siteUrl = 'http://127.0.0.1:3001'
// Rendered pages are served stale while they revalidate; the CMS webhook purges them on publish.
const swr = { swr: 600 }
// The partner widget's bundle (`/embed/stadtmacher.js`), written before each build; git-ignored.
const embedDir = fileURLToPath(new URL('./.embed', import.meta.url))

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  modules: ['@nuxtjs/i18n', '@nuxtjs/sitemap', '@nuxt/eslint'],
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/css/main.css'],
  // `richtext/RichText.vue` would otherwise be registered as RichtextRichText (folder and file differ in case).
  components: [{ path: '~/components/richtext', pathPrefix: false }, '~/components'],
  // No build-time URL: the sitemap takes NUXT_SITE_URL at runtime (a baked-in URL would win over it).
  site: { name: 'Stadtmacher' },
  runtimeConfig: {
    cmsUrl: 'http://127.0.0.1:3000',
    revalidateSecret: '',
    // The CMS origin as browsers see it: the live preview accepts messages from it only (NUXT_PUBLIC_CMS_ORIGIN).
    public: { siteUrl, cmsOrigin: 'http://127.0.0.1:3000' },
  },
  hooks: { 'build:before': () => writeEmbed(embedDir) },
  // The unhashed widget URL is pasted into partner pages: short cache; CORS because it is a module script.
  nitro: { publicAssets: [{ baseURL: '/embed', dir: embedDir, maxAge: 600 }] },
  routeRules: { '/embed/**': { cors: true } },
  $production: {
    routeRules: {
      ...Object.fromEntries(locales.map((locale) => [`/${locale}/**`, swr])),
      ...Object.fromEntries(locales.map((locale) => [`/${locale}`, swr])),
      // Live previews show drafts as the editor types: never cached (server/utils/frameHeaders.ts).
      ...Object.fromEntries(locales.map((locale) => [previewRoutePattern(locale), { cache: false }])),
    },
  },
  i18n: {
    strategy: 'prefix',
    defaultLocale,
    locales: locales.map((code) => ({ code, language: localeTags[code], name: localeLabels[code], file: `${code}.json` })),
    customRoutes: 'config',
    pages: i18nPages(),
    detectBrowserLanguage: { useCookie: false, redirectOn: 'root', alwaysRedirect: false },
  },
  sitemap: {
    sources: ['/api/__sitemap__/urls'],
    // Search result pages are noindex: a sitemap listing them would contradict that.
    exclude: ['/feed/**', ...locales.map((code) => `/${code}/${pageSegments.search[code]}`)],
  },
  typescript: { strict: true },
})
