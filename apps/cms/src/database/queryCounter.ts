// Opt-in instrumentation for the benchmark's "no N+1" figure (bench/figures/queryCount.ts): counts the
// SQL statements the adapter sends, so the bench can compare queries per request for small and large pages.

/** True when the process was started with STADTMACHER_COUNT_QUERIES=1; never on by default. */
export const countingQueries = (env = process.env): boolean => env.STADTMACHER_COUNT_QUERIES === '1'

let queries = 0

/** A drizzle logger that counts statements instead of printing them. */
export const queryCounter = {
  logQuery(): void {
    queries += 1
  },
}

/** Statements sent since the process started. */
export const queriesSoFar = (): number => queries
