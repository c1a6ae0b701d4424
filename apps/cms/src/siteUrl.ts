/** Where the site runs in development (`npm start`), when WEB_URL is not set. */
const developmentSiteUrl = 'http://127.0.0.1:3001'

/**
 * The public address of the reader site: WEB_URL, or in development the address `npm start` serves it
 * on (nothing is required for development). Production has no default: a wrong origin would be trusted.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.WEB_URL) return env.WEB_URL
  return env.NODE_ENV === 'production' ? undefined : developmentSiteUrl
}
