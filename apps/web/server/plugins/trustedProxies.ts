// A malformed NUXT_TRUSTED_PROXIES stops the site at start, with the variable's name, instead of
// failing the first media request.
export default defineNitroPlugin(() => {
  trustedProxies()
})
