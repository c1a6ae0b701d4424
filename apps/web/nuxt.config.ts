import { fileURLToPath } from 'node:url'
import { defaultLocale, localeLabels, locales, localeTags } from '@stadtmacher/domain/locales'
import { previewRoutePattern } from '@stadtmacher/domain/preview'
import { writeEmbed } from './embed/build'
import { i18nPages, pageSegments } from './shared/utils/sections'

// The public origin; set NUXT_PUBLIC_SITE_URL (and NUXT_SITE_URL for the sitemap) at runtime in production.
const siteUrl = 'http://127.0.0.1:3001'
// Rendered pages are served stale while they revalidate; the CMS webhook purges them on publish.
const swr = { swr: 600 }
// The partner widget's bundle (`/embed/stadtmacher.js`), written before each build; git-ignored.
const embedDir = fileURLToPath(new URL('./.embed', import.meta.url))
const runtimeConfigOnce = fileURLToPath(new URL('./server/plugins/runtimeConfigOnce.ts', import.meta.url))
/** The same route rules for every locale's pages, `/de` and `/de/**` alike. */
const localeRules = <T>(rules: T) => Object.fromEntries(locales.flatMap((locale) => [[`/${locale}`, rules], [`/${locale}/**`, rules]]))
/** Rules for the live preview in every locale; more specific than the locale rules, so they win. */
const previewRules = <T>(rules: T) => Object.fromEntries(locales.map((locale) => [previewRoutePattern(locale), rules]))

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
    // A partner key for the site's own reads (NUXT_CMS_API_KEY): a rate-limit budget of its own in production.
    cmsApiKey: '',
    // The proxies in front of the site whose X-Forwarded-For names the reader (NUXT_TRUSTED_PROXIES).
    trustedProxies: '',
    revalidateSecret: '',
    // The CMS origin as browsers see it: the live preview accepts messages from it only (NUXT_PUBLIC_CMS_ORIGIN).
    public: { siteUrl, cmsOrigin: 'http://127.0.0.1:3000' },
  },
  hooks: { 'build:before': () => writeEmbed(embedDir) },
  // The unhashed widget URL is pasted into partner pages: short cache; CORS because it is a module script.
  nitro: {
    publicAssets: [{ baseURL: '/embed', dir: embedDir, maxAge: 600 }],
    // First in line: its `request` hook must run before those of the modules (server/plugins/runtimeConfigOnce.ts).
    plugins: [runtimeConfigOnce],
  },
  routeRules: {
    '/embed/**': { cors: true },
    // Reading pages are complete as server-rendered HTML (links, GET forms, an SVG map with CSS hover):
    // they ship no JavaScript at all, so no hydration payload either (issue 7: page weight, Lighthouse).
    ...localeRules({ noScripts: true }),
    // Error pages (404, 503) are rendered under this path, whatever address failed.
    '/__nuxt_error': { noScripts: true },
    // The live preview is the page that runs in the browser: it follows the editor's typing.
    ...previewRules({ noScripts: false }),
  },
  $production: {
    routeRules: {
      ...localeRules({ noScripts: true, ...swr }),
      // Live previews show drafts as the editor types: never cached (server/utils/frameHeaders.ts).
      ...previewRules({ noScripts: false, cache: false }),
    },
  },
  i18n: {
    strategy: 'prefix',
    defaultLocale,
    locales: locales.map((code) => ({ code, language: localeTags[code], name: localeLabels[code], file: `${code}.json` })),
    customRoutes: 'config',
    pages: i18nPages(),
    detectBrowserLanguage: { useCookie: false, redirectOn: 'root', alwaysRedirect: false },
    // Every message is a precompiled locale file: the browser needs neither vue-i18n's message compiler
    // nor its globally registered components (issue 7: JS ≤ 100 kB gzip per page).
    bundle: { runtimeOnly: true, dropMessageCompiler: true, fullInstall: false },
  },
  sitemap: {
    sources: ['/api/__sitemap__/urls'],
    // Search result pages are noindex: a sitemap listing them would contradict that.
    exclude: ['/feed/**', ...locales.map((code) => `/${code}/${pageSegments.search[code]}`)],
  },
  experimental: {
    // No server components and no client-side route rules (the SWR rules are the server's): code the
    // browser would load on every page for nothing.
    componentIslands: false,
    appManifest: false,
  },
  typescript: { strict: true },
})
