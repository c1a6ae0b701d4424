'use client'
import type { DefaultCellComponentProps } from 'payload'
import type { TranslationStatus } from '../translation/translationStatus'
import { TranslationBadges } from './TranslationBadges'

/** The translation status column of the admin lists. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  return <TranslationBadges statuses={cellData as Record<string, TranslationStatus> | undefined} />
}
