import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { withCacheHeaders } from './cacheHeaders'
import { authRoute } from './authRoutes'
import { answerForgotPassword } from './forgotPassword'
import { createLoginFailureLimiter } from './loginFailures'
import { createRateLimiter, type Limits, limitsFromEnv } from './rateLimit'
import { validateBody } from './validateBody'
import { validateQuery } from './validateQuery'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

export const maxJsonBody = 1024 * 1024

const badRequest = (status: number, field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status })

function tooLarge(request: Request): Response | null {
  const length = Number(request.headers.get('content-length') ?? 0)
  const isUpload = request.headers.get('content-type')?.startsWith('multipart/form-data')
  return !isUpload && length > maxJsonBody ? badRequest(413, 'body', `The request body may be at most ${maxJsonBody} bytes.`) : null
}

/**
 * Payload's GraphQL handler throws on a body it cannot parse (invalid JSON) instead of answering, which
 * Next turns into a 500. A thrown client error becomes its 4xx with the message; anything else still throws.
 */
async function clientErrorsAnswered(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle()
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status !== 'number' || status < 400 || status >= 500) throw error
    return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
  }
}

/**
 * Payload's REST and GraphQL handlers behind the checks Payload 3 does not make itself: rate limits
 * per client, failed logins per account and address, reset requests that do not reveal accounts, capped
 * and validated query parameters, a body size limit, and cache headers with ETags on reads. The route
 * files and the in-process tests both use these; a test's `limits` replace those of the environment.
 */
export function guardedHandlers(config: Promise<SanitizedConfig>, overrides: Partial<Limits> = {}) {
  const limits = { ...limitsFromEnv(), ...overrides }
  const checkRate = createRateLimiter(limits)
  const limitLoginFailures = createLoginFailureLimiter(limits)

  const guard =
    (handler: RestHandler): RestHandler =>
    async (request, args) => {
      const limited = await checkRate(request)
      if (limited) return limited
      const oversized = tooLarge(request)
      if (oversized) return oversized
      if (request.method === 'GET') {
        const invalid = validateQuery(new URL(request.url).searchParams)
        if (invalid) return badRequest(400, invalid.field, invalid.message)
      } else {
        const invalid = await validateBody(request)
        if (invalid) return badRequest(invalid.status, invalid.field, invalid.message)
      }
      const route = authRoute(request)
      const answer =
        route === 'login'
          ? limitLoginFailures(request, () => handler(request, args))
          : route === 'forgotPassword'
            ? answerForgotPassword(request, (copy) => handler(copy, args))
            : handler(request, args)
      return withCacheHeaders(request, await answer)
    }

  const graphql = GRAPHQL_POST(config)
  return {
    GET: guard(REST_GET(config)),
    POST: guard(REST_POST(config)),
    PATCH: guard(REST_PATCH(config)),
    PUT: guard(REST_PUT(config)),
    DELETE: guard(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
    GRAPHQL: async (request: Request) => (await checkRate(request)) ?? tooLarge(request) ?? clientErrorsAnswered(() => graphql(request)),
  }
}
