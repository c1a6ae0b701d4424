// results/latest.json (every row with its raw data, and how the run was set up) and results/latest.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Row } from '../figures/types'
import { resultsDir } from '../paths'
import { renderTable } from './table'

export type RunInfo = { startedAt: string; seconds: number; quick: boolean; sizes: Record<string, unknown>; options: Record<string, unknown>; loadAtStart: number }

export function writeReport(rows: readonly Row[], info: RunInfo): { json: string; markdown: string } {
  mkdirSync(resultsDir, { recursive: true })
  // The 1-minute load average at both ends says how busy the shared machine was while it was measured.
  const machine = { node: process.version, cpus: os.cpus().length, platform: `${os.platform()} ${os.release()}`, loadAtStart: info.loadAtStart, loadAtEnd: os.loadavg()[0]! }
  const json = path.join(resultsDir, 'latest.json')
  writeFileSync(json, `${JSON.stringify({ ...info, machine, rows }, null, 2)}\n`)
  const markdown = path.join(resultsDir, 'latest.md')
  const whatIf = info.options.localesIndex ? ' With the proposed `*_locales(_parent_id)` index (--locales-index).' : ''
  const heading = `# Benchmark ${info.quick ? '(quick) ' : ''}${info.startedAt}\n\nData: ${JSON.stringify(info.sizes)}; ${info.seconds} s;${whatIf} Node ${machine.node}, ${machine.cpus} CPUs, load average ${machine.loadAtStart.toFixed(1)} at the start and ${machine.loadAtEnd.toFixed(1)} at the end. Every figure is a median of runs measured side by side in this run.\n\n`
  writeFileSync(markdown, `${heading}${renderTable(rows)}\n`)
  return { json, markdown }
}
