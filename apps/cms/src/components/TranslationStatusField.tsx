'use client'
import { useField } from '@payloadcms/ui'
import type { TranslationStatus } from '../translation/translationStatus'
import { TranslationBadges } from './TranslationBadges'

/** The translation status in the sidebar of the edit view. */
export function TranslationStatusField({ path }: { path: string }) {
  const { value } = useField<Record<string, TranslationStatus>>({ path })
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">Übersetzungen / Translations / 翻译</div>
      <TranslationBadges statuses={value} />
    </div>
  )
}
