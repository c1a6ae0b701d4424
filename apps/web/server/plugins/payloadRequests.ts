// Nuxt renders a page's `_payload.json` (fetched before a client-side navigation) by rewriting the request to
// the page's own path, so the page cannot tell the two apart; this marks payload requests before that.
// useContent answers an old slug's payload with 404 instead of a 301 that fetch would follow to HTML.
const payloadPath = /\/_payload\.json(?:\?|$)/

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    if (payloadPath.test(event.path)) event.context.payloadRequest = true
  })
})
