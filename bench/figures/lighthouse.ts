import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { fixed } from '../report/format'
import type { PageType } from '../routes'
import { median } from '../stats'
import { fetchOk } from './pages'
import { notAvailable, type Figure, type Row } from './types'

const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const target = 'performance ≥ 95, CLS ≤ 0.05'
const fivePageTypes: PageType[] = ['home', 'partnershipList', 'partnershipDetail', 'terrainList', 'terrainDetail']

type Score = { performance: number; cls: number }

async function audit(url: string, port: number): Promise<Score> {
  // No config: Lighthouse's default is the mobile preset (simulated throttling, Moto G Power screen).
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
  const lhr = result?.lhr
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`)
  return { performance: Math.round((lhr.categories.performance?.score ?? 0) * 100), cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN }
}

/** Lighthouse (mobile) on five page types in three locales, median of several runs each, in Debian's Chromium. */
export const lighthouseFigure: Figure = {
  id: 'lighthouse',
  title: 'Lighthouse',
  async run({ full, options }) {
    if (options.lighthouseRuns === 0) return [notAvailable('Lighthouse', target, 'skipped (--lighthouse-runs 0)')]
    const locales = options.quick ? ['de'] : ['de', 'en', 'zh']
    // --quick audits one page: the first of the five the site already has, so CI always runs Lighthouse.
    const firstAvailable = fivePageTypes.filter((type) => full.routes.de?.[type]).reverse().slice(0, 1)
    const types = options.quick ? firstAvailable : fivePageTypes
    if (types.length === 0) return [notAvailable('Lighthouse', target, 'the site links none of the five page types')]
    const chrome = await launch({ chromePath, chromeFlags })
    const rows: Row[] = []
    try {
      for (const locale of locales) {
        for (const type of types) {
          const path = full.routes[locale]?.[type]
          if (!path) {
            rows.push(notAvailable(`Lighthouse ${locale} ${type}`, target, 'the site links no such page'))
            continue
          }
          const url = `${full.web.url}${path}`
          // Served from the site's cache, as readers get it.
          await fetchOk(url)
          const scores: Score[] = []
          for (let i = 0; i < options.lighthouseRuns; i += 1) scores.push(await audit(url, chrome.port))
          const performance = median(scores.map((s) => s.performance))
          const cls = median(scores.map((s) => s.cls))
          rows.push({
            figure: `Lighthouse ${locale} ${type}`,
            measured: `performance ${performance}, CLS ${fixed(cls, 3)}`,
            target,
            status: performance >= 95 && cls <= 0.05 ? 'pass' : 'miss',
            note: `${path}; median of ${scores.length}`,
            data: { scores },
          })
        }
      }
    } finally {
      await chrome.kill()
    }
    return rows
  },
}
