import { locales } from '@stadtmacher/domain/locales'
import { withoutEmptyParams } from '#shared/utils/withoutEmptyParams'

const pagePrefixes = locales.map((locale) => `/${locale}`)

// One address per filter state: shorter links to share, and one entry in the page cache instead of many.
export default defineEventHandler((event) => {
  if (event.method !== 'GET' || !pagePrefixes.some((prefix) => event.path === prefix || event.path.startsWith(`${prefix}/`) || event.path.startsWith(`${prefix}?`))) return
  const clean = withoutEmptyParams(event.path)
  if (clean) return sendRedirect(event, clean, 302)
})
