// Command-line options of `pnpm bench`. Pure, so the parsing is unit-tested.

export type Options = {
  quick: boolean
  scale: number
  build: boolean
  /** Runs per figure; the figure is their median. */
  runs: number
  /** Seconds per load run. */
  duration: number
  connections: number
  /** Lighthouse runs per page (median); 0 skips Lighthouse. */
  lighthouseRuns: number
  /** Only these figures (by id); empty means all. */
  only: string[]
  /** Overrides the full set's TERRAIN count (after --scale); the first n profiles are the same in every set. */
  terrain?: number
  /** Adds the proposed `*_locales(_parent_id)` index to the run's databases (see data/parentIndexes.ts). */
  localesIndex: boolean
}

const usage = 'usage: pnpm bench [--quick] [--scale n] [--no-build] [--runs n] [--duration s] [--lighthouse-runs n] [--only id,id] [--locales-index] [--terrain n]'

function numberAfter(args: readonly string[], index: number, name: string): number {
  const value = Number(args[index + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number. ${usage}`)
  return value
}

export function parseOptions(args: readonly string[]): Options {
  const quick = args.includes('--quick')
  const options: Options = { quick, scale: 1, build: true, runs: quick ? 1 : 5, duration: quick ? 2 : 10, connections: 10, lighthouseRuns: quick ? 1 : 3, only: [], localesIndex: false }
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]
    if (arg === '--quick' || arg === '--') continue
    else if (arg === '--no-build') options.build = false
    else if (arg === '--locales-index') options.localesIndex = true
    else if (arg === '--terrain') options.terrain = Math.round(numberAfter(args, i++, arg))
    else if (arg === '--scale') options.scale = numberAfter(args, i++, arg)
    else if (arg === '--runs') options.runs = Math.round(numberAfter(args, i++, arg))
    else if (arg === '--duration') options.duration = numberAfter(args, i++, arg)
    else if (arg === '--lighthouse-runs') options.lighthouseRuns = Number(args[++i] ?? 'x')
    else if (arg === '--only') options.only = (args[++i] ?? '').split(',').filter(Boolean)
    else throw new Error(`unknown option ${arg}. ${usage}`)
  }
  if (!Number.isInteger(options.lighthouseRuns) || options.lighthouseRuns < 0) throw new Error(`--lighthouse-runs needs 0 or more. ${usage}`)
  return options
}
