export default defineEventHandler((event) => {
  setResponseHeaders(event, frameHeaders(event.path, useRuntimeConfig(event).public.cmsOrigin))
})
