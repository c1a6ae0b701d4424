import type { NestedKeysStripped } from '@payloadcms/translations'

const en = {
  scheduledUnpublish: {
    title: 'Scheduled unpublishing',
    none: 'Nothing scheduled.',
    locale: 'Locale',
    time: 'Time',
    schedule: 'Schedule unpublishing',
    cancel: 'Cancel',
    failed: 'The CMS did not answer ({{status}}).',
  },
}

/** The admin's strings for the scheduled-unpublishing sidebar (components/ScheduledUnpublishField.tsx), in the admin's three languages. */
export const scheduledUnpublishTranslations = {
  de: {
    scheduledUnpublish: {
      title: 'Geplantes Depublizieren',
      none: 'Nichts geplant.',
      locale: 'Sprache',
      time: 'Zeitpunkt',
      schedule: 'Depublizieren planen',
      cancel: 'Absagen',
      failed: 'Das CMS hat nicht geantwortet ({{status}}).',
    },
  },
  en,
  zh: {
    scheduledUnpublish: {
      title: '定时取消发布',
      none: '暂无计划。',
      locale: '语言',
      time: '时间',
      schedule: '计划取消发布',
      cancel: '撤销',
      failed: 'CMS 未能响应（{{status}}）。',
    },
  },
} satisfies Record<'de' | 'en' | 'zh', typeof en>

export type ScheduledUnpublishTranslations = typeof en
export type ScheduledUnpublishTranslationKeys = NestedKeysStripped<ScheduledUnpublishTranslations>
