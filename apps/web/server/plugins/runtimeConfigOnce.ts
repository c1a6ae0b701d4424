import type { H3Event } from 'h3'
import { klona } from 'klona/json'

/**
 * Nitro builds a new runtime config for every request that asks for one with its event: it clones the
 * build-time config and looks each of its keys up in the environment again (nitrojs/nitro#2569).
 * @nuxtjs/i18n asks on every request, pages and data routes alike. On an uncached TERRAIN page that was
 * 15% of the site's CPU and 30% of the memory it allocated (issue 7).
 *
 * The environment does not change while the server runs, so each request now gets its own copy of the
 * config Nitro computed from the environment at start: the same values, still a copy per request.
 * nuxt.config.ts lists this plugin first, so its hook runs before the modules' (i18n's) `request` hooks.
 *
 * The config is plain JSON data, so the copy is klona's JSON variant (Nitro copies it with klona too): 3.4 µs against 22.7 µs
 * for structuredClone, which had become 14% of the CPU of a page served from the cache (issue 7).
 */
export default defineNitroPlugin((nitroApp) => {
  const computedAtStart = useRuntimeConfig()
  nitroApp.hooks.hook('request', ({ context }: H3Event) => {
    context.nitro ??= { errors: [] }
    context.nitro.runtimeConfig ??= klona(computedAtStart)
  })
})
