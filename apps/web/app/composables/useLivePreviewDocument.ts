import { useLivePreview } from '@payloadcms/live-preview-vue'
import type { DocumentLocales } from '#shared/types/content'

type RequestHandler = NonNullable<Parameters<typeof useLivePreview>[0]['requestHandler']>

/** When ready: the document, shown as written in the page's locale, with only that locale's slug. */
export type PreviewState<T> = { status: 'waiting' } | { status: 'unavailable' } | { status: 'ready'; doc: T; translations: DocumentLocales }

/**
 * Asks the CMS to populate the form values the admin posted, with the editor's own session cookie:
 * drafts are granted by the CMS to a signed-in editor, never by anything in the site's URL. Requests
 * run one after another, so a fast typist's last keystroke is also the last thing shown.
 */
export function serialPopulation(): RequestHandler {
  let previous: Promise<unknown> = Promise.resolve()
  return ({ apiPath, data, endpoint, serverURL }) => {
    const request = previous.then(() =>
      fetch(`${serverURL}${apiPath}/${endpoint}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'X-Payload-HTTP-Method-Override': 'GET' },
        body: JSON.stringify(data),
      }).catch(() => Response.json({ errors: [{ message: 'The CMS cannot be reached.' }] }, { status: 503 })),
    )
    previous = request
    return request
  }
}

/**
 * A document as the editor is writing it in the CMS admin, which frames this page. The server renders
 * no document at all: the content comes only from the admin window by postMessage, accepted only from
 * the CMS origin (checked by @payloadcms/live-preview against `serverURL`).
 */
export function useLivePreviewDocument<T extends { slug?: string | null }>(id: string, options: { depth: number; isDocument: (value: unknown) => value is T }) {
  const locale = useLocaleCode()
  const cmsOrigin = new URL(useRuntimeConfig().public.cmsOrigin).origin
  const { data, isLoading } = useLivePreview<Record<string, unknown>>({
    initialData: { id },
    serverURL: cmsOrigin,
    depth: options.depth,
    requestHandler: serialPopulation(),
  })
  return computed<PreviewState<T>>(() => {
    if (isLoading.value) return { status: 'waiting' }
    if (!options.isDocument(data.value)) return { status: 'unavailable' }
    const translations: DocumentLocales = { slugs: { [locale.value]: data.value.slug ?? undefined }, shownIn: locale.value }
    return { status: 'ready', doc: data.value, translations }
  })
}
