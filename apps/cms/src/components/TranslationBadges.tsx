import type { CSSProperties } from 'react'
import type { TranslationStatus } from '../translation/translationStatus'

const colours: Record<TranslationStatus, CSSProperties> = {
  complete: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  outdated: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  missing: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
}
// A symbol as well as a colour, so the status does not rest on colour alone.
const symbols: Record<TranslationStatus, string> = { complete: '✓', outdated: '↻', missing: '∅' }

type Props = { statuses: Partial<Record<string, TranslationStatus>> | null | undefined }

/** One badge per locale: DE ✓, EN ↻ (outdated), ZH ∅ (missing). */
export function TranslationBadges({ statuses }: Props) {
  if (!statuses) return null
  return (
    <span style={{ display: 'inline-flex', gap: 4 }}>
      {Object.entries(statuses).map(([locale, status]) =>
        status ? (
          <span key={locale} title={`${locale}: ${status}`} data-testid={`translation-${locale}`} data-status={status} style={{ ...colours[status], borderRadius: 4, padding: '0 6px', fontSize: 12, whiteSpace: 'nowrap' }}>
            {locale.toUpperCase()} {symbols[status]}
          </span>
        ) : null,
      )}
    </span>
  )
}
