// The country outlines behind the map, as one SVG image in the map's own coordinates: drawn once per
// process, cached by browsers, and kept out of every page's HTML and payload.
export default defineEventHandler((event) => {
  const body = mapOutlinesSvg()
  setResponseHeaders(event, {
    'content-type': 'image/svg+xml; charset=utf-8',
    'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
  })
  return body
})
