import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import { defaultLocale, localeLabels, type Locale } from '@stadtmacher/domain/locales'
import { TranslationBadges } from './TranslationBadges'
import { isCmsUser } from '../access/isCmsUser'
import { translationTasks } from '../translation/translationTasks'

/** Admin view /admin/translations: per locale, every document whose translation is missing or outdated. */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const tasks = isCmsUser(req) ? await translationTasks(req.payload) : null
  const adminRoute = req.payload.config.routes.admin
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <div className="gutter--left gutter--right" style={{ paddingBlock: 'calc(var(--base) * 2)' }}>
        <h1>Übersetzungen · Translations · 翻译</h1>
        {!tasks && <p>Only editors see this view.</p>}
        {tasks &&
          (Object.entries(tasks) as [Locale, typeof tasks.de][])
            .filter(([code]) => code !== defaultLocale)
            .map(([code, list]) => (
              <section key={code} data-testid={`translations-${code}`} style={{ marginTop: 'calc(var(--base) * 2)' }}>
                <h2>{localeLabels[code]} ({list.length})</h2>
                <ul>
                  {list.map((task) => (
                    <li key={`${task.collection}-${task.id}`}>
                      <TranslationBadges statuses={{ [code]: task.status }} />{' '}
                      <a href={`${adminRoute}/collections/${task.collection}/${task.id}?locale=${code}`}>{task.title}</a>{' '}
                      <small>({task.collection})</small>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        {tasks && Object.values(tasks).every((list) => list.length === 0) && <p>Alles übersetzt · Everything is translated · 全部已翻译</p>}
      </div>
    </DefaultTemplate>
  )
}
