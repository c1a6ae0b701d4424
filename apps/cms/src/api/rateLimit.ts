import { createHash } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type Bucket = 'anonymous' | 'partner' | 'session' | 'login'

/** Requests per minute for each kind of client; 0 turns a limit off (the benchmark does). */
export function limitsFromEnv(env = process.env): Record<Bucket, number> {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback)
    return Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    anonymous: read('RATE_LIMIT_ANONYMOUS', 300),
    partner: read('RATE_LIMIT_PARTNER', 1200),
    session: read('RATE_LIMIT_SESSION', 3000),
    login: read('RATE_LIMIT_LOGIN', 10),
  }
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32)

/** The client's address: the first X-Forwarded-For hop set by the proxy in front, or X-Real-IP. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'direct'
}

/**
 * Which limit a request counts against, and under which key: partners per API key, editors per
 * session token, everyone else per address. The key is never validated here, only hashed: a wrong key
 * gets a bucket of its own and is then treated as anonymous by Payload.
 */
export function classify(request: Request, isLogin: boolean): { bucket: Bucket; key: string } {
  const auth = request.headers.get('authorization') ?? ''
  if (isLogin) return { bucket: 'login', key: clientAddress(request.headers) }
  if (auth.startsWith('partners API-Key ')) return { bucket: 'partner', key: hash(auth) }
  const token = auth.startsWith('JWT ') ? auth : request.headers.get('cookie')?.match(/payload-token=([^;]+)/)?.[1]
  if (token) return { bucket: 'session', key: hash(token) }
  return { bucket: 'anonymous', key: clientAddress(request.headers) }
}

/** One in-memory limiter per bucket; the CMS runs as one process, so memory is the shared store. */
export function createRateLimiter(limits = limitsFromEnv()) {
  const limiters = Object.fromEntries(
    Object.entries(limits).map(([bucket, points]) => [bucket, points > 0 ? new RateLimiterMemory({ points, duration: 60 }) : null]),
  ) as Record<Bucket, RateLimiterMemory | null>

  /** Null when the request may go on, else the 429 answer with Retry-After. */
  return async function check(request: Request, isLogin = false): Promise<Response | null> {
    const { bucket, key } = classify(request, isLogin)
    const limiter = limiters[bucket]
    if (!limiter) return null
    try {
      await limiter.consume(key)
      return null
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      return Response.json(
        { errors: [{ message: `Too many requests: the ${bucket} limit is ${limits[bucket]} per minute. Retry after ${retryAfter} s.` }] },
        { status: 429, headers: { 'Retry-After': String(retryAfter) } },
      )
    }
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
