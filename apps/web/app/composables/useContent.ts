type ContentOptions = { throwOnError?: boolean }

/**
 * Data from a BFF route under a stable, locale-bearing key. Every caller shares this one handler, so
 * calls with the same key (a page and the language switcher) share one request. By default a failure
 * becomes the error page with the route's status (404 unknown slug, 503 CMS down).
 */
export async function useContent<T>(key: () => string, url: () => string | null, query: () => Record<string, unknown>, options: ContentOptions = {}) {
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
  if (result.error.value) throw toPageError(result.error.value)
  watch(result.error, (error) => error && showError(toPageError(error)))
  return result
}
