// The results table in markdown: printed at the end of a run and written to results/latest.md.
import type { Row, Status } from '../figures/types'

const statusLabel: Record<Status, string> = { pass: 'pass', miss: '**miss**', report: 'report', 'n/a': 'n/a', error: '**error**' }

/** Pipes and newlines would break a markdown table cell. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ')

export function renderTable(rows: readonly Row[]): string {
  const lines = ['| figure | measured | target | result | note |', '| --- | --- | --- | --- | --- |']
  for (const row of rows) lines.push(`| ${[row.figure, row.measured, row.target, statusLabel[row.status], row.note ?? ''].map(cell).join(' | ')} |`)
  return lines.join('\n')
}
