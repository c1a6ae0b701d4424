import { movedRoute, movedToOf } from '#shared/utils/movedDocument'

type ContentOptions = { throwOnError?: boolean }

/**
 * Data from a BFF route under a stable, locale-bearing key. Every caller shares this one handler, so
 * calls with the same key (a page and the language switcher) share one request. By default a failure
 * becomes the error page with the route's status (404 unknown slug, 503 CMS down), and an old slug of a
 * document (shared/utils/movedDocument.ts) a 301 to its current address.
 */
export async function useContent<T>(key: () => string, url: () => string | null, query: () => Record<string, unknown>, options: ContentOptions = {}) {
  // Taken before the await: the component's context is gone after it.
  const nuxtApp = useNuxtApp()
  const route = useRoute()
  const payloadRequest = import.meta.server && useRequestEvent()?.context.payloadRequest === true
  const result = await useAsyncData<T | null>(
    key,
    () => {
      const target = url()
      return target ? $fetch<T>(target, { query: query() }) : Promise.resolve(null)
    },
    { deep: false },
  )
  if (options.throwOnError === false) return result
  const toPageError = (error: NonNullable<typeof result.error.value>) =>
    createError({ statusCode: error.statusCode ?? 500, statusMessage: error.statusMessage, fatal: true })
  // On the server this makes the response a 301 with Location; in the browser a client-side replace.
  const redirect = (slug: string) => nuxtApp.runWithContext(() => navigateTo(movedRoute(route, slug), { redirectCode: 301, replace: true }))
  const fail = (error: NonNullable<typeof result.error.value>) => {
    const movedTo = movedToOf(error)
    return movedTo ? redirect(movedTo) : showError(toPageError(error))
  }
  if (result.error.value) {
    const movedTo = movedToOf(result.error.value)
    // The payload of an old address: the client-side navigation that asked for it redirects by itself.
    if (!movedTo || payloadRequest) throw toPageError(result.error.value)
    await redirect(movedTo)
  }
  watch(result.error, (error) => error && fail(error))
  return result
}
