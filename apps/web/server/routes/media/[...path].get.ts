// Uploads are served from the site's own origin, so pages load nothing from another host. Each request
// goes on to the CMS for one reader, who is named in X-Forwarded-For (replacing whatever the reader sent):
// a CMS that trusts the site's address counts its anonymous limit per reader, not for the site as one.
export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? ''
  if (!/^[\w.-]+$/.test(path)) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const { cmsUrl } = useRuntimeConfig(event)
  setResponseHeader(event, 'cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
  return proxyRequest(event, `${cmsUrl}/api/media/file/${path}`, { headers: { cookie: '', 'x-forwarded-for': readerAddress(event) } })
})
