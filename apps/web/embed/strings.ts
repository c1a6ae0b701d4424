// The widget's own UI strings: it runs on partner sites, without the site's i18n files.
import type { Locale } from '@stadtmacher/domain/locales'
import type { EmbedPartnership } from '../shared/types/embed'

export type EmbedStrings = {
  kind: Record<EmbedPartnership['kind'], string>
  since: (year: number) => string
  latest_terrain: string
  more: string
  loading: string
  unavailable: string
}

export const embedStrings: Record<Locale, EmbedStrings> = {
  de: {
    kind: { official: 'Offizielle Partnerschaft', project: 'Projektpartnerschaft' },
    since: (year) => `seit ${year}`,
    latest_terrain: 'Neu in TERRAIN',
    more: 'Mehr auf Stadtmacher',
    loading: 'Lädt …',
    unavailable: 'Diese Partnerschaft ist gerade nicht verfügbar.',
  },
  en: {
    kind: { official: 'Official partnership', project: 'Project partnership' },
    since: (year) => `since ${year}`,
    latest_terrain: 'New in TERRAIN',
    more: 'More on Stadtmacher',
    loading: 'Loading …',
    unavailable: 'This partnership is not available right now.',
  },
  zh: {
    kind: { official: '正式友好城市', project: '项目伙伴关系' },
    since: (year) => `始于 ${year} 年`,
    latest_terrain: 'TERRAIN 最新内容',
    more: '在 Stadtmacher 上查看更多',
    loading: '加载中…',
    unavailable: '此伙伴关系暂时无法显示。',
  },
}
