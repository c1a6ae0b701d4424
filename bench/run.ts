// `pnpm bench [--quick]`: builds both apps, prepares the data sets, starts CMS and site for each, measures
// every figure, writes results/latest.{json,md} and prints the table. A figure that cannot be measured yet
// says why; a figure whose measurement breaks is an error, and any error makes the run exit non-zero.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApps } from './build'
import { dataSeed, fullSizes, quickSizes, scaleSizes, smallSizes, tinySizes } from './data/sizes'
import { figures } from './figures'
import type { BenchContext, Row } from './figures/types'
import { parseOptions } from './options'
import { renderTable } from './report/table'
import { writeReport } from './report/write'
import { stopAll } from './servers/processes'
import { staticPath, startStacks } from './stacks'
import { warmPagesPerLocale, warmUp } from './warmUp'

const log = (message: string) => console.info(`[bench] ${message}`)

async function measureAll(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = []
  const selected = context.options.only.length ? figures.filter((f) => context.options.only.includes(f.id)) : figures
  for (const figure of selected) {
    const started = performance.now()
    log(`measuring: ${figure.title}`)
    try {
      rows.push(...(await figure.run(context)))
    } catch (error) {
      rows.push({ figure: figure.title, measured: `error: ${(error as Error).message}`, target: '', status: 'error' })
    }
    log(`${figure.title}: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  return rows
}

async function main(): Promise<number> {
  const started = performance.now()
  const startedAt = new Date().toISOString()
  const loadAtStart = os.loadavg()[0]!
  const options = parseOptions(process.argv.slice(2))
  const base = options.quick ? { full: quickSizes, small: tinySizes } : { full: scaleSizes(fullSizes, options.scale), small: smallSizes }
  const sizes = options.terrain ? { ...base, full: { ...base.full, terrain: options.terrain } } : base
  await buildApps(!options.build, log)
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'stadtmacher-bench-'))
  let rows: Row[]
  try {
    const { full, small } = await startStacks(sizes, { seed: dataSeed, workDir, localesIndex: options.localesIndex, log })
    log(`routes: ${JSON.stringify(full.routes.de)}`)
    for (const [name, stack] of Object.entries({ full, small })) {
      log(`${name}: warmed up with ${await warmUp(stack, dataSeed, { perLocale: warmPagesPerLocale(options.quick), connections: options.connections })} TERRAIN pages in en and zh`)
    }
    rows = await measureAll({ options, seed: dataSeed, full, small, staticPath, log })
  } finally {
    await stopAll()
    rmSync(workDir, { recursive: true, force: true })
  }
  const seconds = Math.round((performance.now() - started) / 1000)
  const files = writeReport(rows, { startedAt, seconds, quick: options.quick, sizes, options: { ...options }, loadAtStart })
  console.info(`\n${renderTable(rows)}\n\n${files.markdown}\n${files.json}\n(${seconds} s)`)
  return rows.some((row) => row.status === 'error') ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).stack ?? String(error)}`)
    await stopAll()
    process.exit(1)
  },
)
