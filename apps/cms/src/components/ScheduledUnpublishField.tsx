'use client'
import { Button, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { isLocale, localeLabels, locales, type Locale } from '@stadtmacher/domain/locales'
import type { ScheduledUnpublish } from '../endpoints/scheduleUnpublish'
import type { ScheduledUnpublishTranslationKeys, ScheduledUnpublishTranslations } from './scheduledUnpublishTranslations'

type Answer = { docs?: ScheduledUnpublish[]; errors?: { message: string }[] }

/**
 * Sidebar of partnerships, TERRAIN and authors: the unpublishing of single locales still to come, and a
 * form to schedule or cancel one. Payload's own schedule drawer cannot unpublish a chosen locale in
 * 3.90, so this talks to the CMS's endpoint (endpoints/scheduleUnpublish.ts) with the admin's cookie.
 */
export function ScheduledUnpublishField() {
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<ScheduledUnpublishTranslations, ScheduledUnpublishTranslationKeys>()
  const endpoint = `${config.serverURL}${config.routes.api}/scheduled-unpublish`
  const [scheduled, setScheduled] = useState<ScheduledUnpublish[]>([])
  const [locale, setLocale] = useState<Locale>(isLocale(code) ? code : locales[0])
  const [at, setAt] = useState('')
  const [error, setError] = useState<string | null>(null)

  // Whatever the endpoint answers, an editor reads its message rather than a bare status.
  const call = useCallback(
    async (url: string, init?: RequestInit): Promise<Answer | null> => {
      const response = await fetch(url, { credentials: 'include', ...init })
      const answer = (await response.json().catch(() => ({}))) as Answer
      setError(response.ok ? null : (answer.errors?.[0]?.message ?? t('scheduledUnpublish:failed', { status: response.status })))
      return response.ok ? answer : null
    },
    [t],
  )
  const reload = useCallback(async () => {
    const answer = await call(`${endpoint}?collection=${collectionSlug}&id=${encodeURIComponent(String(id))}`)
    if (answer?.docs) setScheduled(answer.docs)
  }, [call, endpoint, collectionSlug, id])

  useEffect(() => {
    if (id) void reload()
  }, [id, reload])
  // The locale picked by default follows the locale being edited.
  useEffect(() => {
    if (isLocale(code)) setLocale(code)
  }, [code])

  if (!id) return null
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  const schedule = async () => {
    // The input holds the editor's local time; an empty one goes as is, for the endpoint to name the field.
    const body = { collection: collectionSlug, id, locale, at: at ? new Date(at).toISOString() : at }
    const answer = await call(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (answer) await reload()
  }
  const cancel = async (job: ScheduledUnpublish['id']) => {
    if (await call(`${endpoint}/${encodeURIComponent(String(job))}`, { method: 'DELETE' })) await reload()
  }

  return (
    <div className="field-type" data-testid="scheduled-unpublish" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{t('scheduledUnpublish:title')}</div>
      {scheduled.length === 0 && <p data-testid="scheduled-unpublish-none">{t('scheduledUnpublish:none')}</p>}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {scheduled.map((job) => (
          <li key={job.id} data-testid="scheduled-unpublish-job" data-locale={job.locale} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span>
              {isLocale(job.locale) ? localeLabels[job.locale] : job.locale} · {job.waitUntil ? when.format(new Date(job.waitUntil)) : ''}
            </span>
            <Button buttonStyle="secondary" size="xsmall" margin={false} onClick={() => void cancel(job.id)}>
              {t('scheduledUnpublish:cancel')}
            </Button>
          </li>
        ))}
      </ul>
      <label style={{ display: 'block' }}>
        {t('scheduledUnpublish:locale')}{' '}
        <select name="scheduled-unpublish-locale" value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
          {locales.map((option) => (
            <option key={option} value={option}>
              {localeLabels[option]}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'block' }}>
        {t('scheduledUnpublish:time')}{' '}
        <input type="datetime-local" name="scheduled-unpublish-at" value={at} onChange={(event) => setAt(event.target.value)} />
      </label>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <Button buttonStyle="secondary" size="small" onClick={() => void schedule()}>
        {t('scheduledUnpublish:schedule')}
      </Button>
    </div>
  )
}
