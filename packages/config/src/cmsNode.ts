// How every production start of the CMS runs Node: `pnpm --filter @stadtmacher/cms start`, the Docker
// image, the e2e suite and the benchmark. The first two are text (package.json, Dockerfile); a unit test
// in apps/cms checks that they pass these flags and start this server.

/** The CMS's own HTTP server in front of Next (docs/decisions/cmsServer.md), relative to apps/cms. */
export const cmsServer = 'server/start.ts'

/** The same server bundled into Next's standalone output, relative to the standalone root (the Docker image). */
export const cmsStandaloneServer = 'apps/cms/server/start.mjs'

/**
 * V8's memory reducer shrinks the heap a few seconds after requests stop: two compacting collections take
 * the CMS from ~150 MB to ~60 MB and its young generation from ~32 MB to ~1 MB. The next few hundred
 * requests pay for growing it back. Measured on 2026-11-30 (20k bench set, 300 uncached TERRAIN pages per
 * batch with a 5 s lull between batches): with the reducer, one lull triggered it and the next batch cost
 * the CMS 7.6 ms of CPU per page instead of 4.4–5.0 ms; without it, six batches cost 4.6–5.0 ms. The price
 * is that an idle CMS keeps the heap it last needed.
 */
export const cmsNodeFlags = ['--no-memory-reducer'] as const
