import { createHash } from 'node:crypto'
import { addressBlock, clientAddressHeader } from '@stadtmacher/config/clientAddress'
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { type AuthRoute, authRoute } from './authRoutes'
import { sharedLimiter } from './sharedLimiter'

export type Bucket = 'anonymous' | 'partner' | 'session' | AuthRoute

/** Per-minute request limits, and the failed-login limits of loginFailures.ts; 0 turns one off. */
export type Limits = Record<Bucket, number> & { loginFailures: number; loginFailuresDaily: number }

/** The limits from the environment (README.md lists the variables); 0 turns a limit off (the benchmark does). */
export function limitsFromEnv(env = process.env): Limits {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback)
    return Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    anonymous: read('RATE_LIMIT_ANONYMOUS', 300),
    partner: read('RATE_LIMIT_PARTNER', 1200),
    session: read('RATE_LIMIT_SESSION', 3000),
    login: read('RATE_LIMIT_LOGIN', 10),
    forgotPassword: read('RATE_LIMIT_FORGOT_PASSWORD', 5),
    firstRegister: read('RATE_LIMIT_FIRST_REGISTER', 5),
    loginFailures: read('RATE_LIMIT_LOGIN_FAILURES', 10),
    loginFailuresDaily: read('RATE_LIMIT_LOGIN_FAILURES_DAILY', 100),
  }
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32)

/**
 * The key a client's address counts under: the address the CMS's server resolved from the socket and
 * TRUSTED_PROXIES (never a header the client chose), an IPv6 address by its /64. Without that server in
 * front (route handlers called in-process) every client is `unknown`, one shared budget.
 */
export function addressKey(headers: Headers): string {
  const address = headers.get(clientAddressHeader)
  return address ? addressBlock(address) : 'unknown'
}

/**
 * Which limit a request counts against, and under which key: logins, password resets and first
 * registrations per address, partners per API key, editors per session token, everyone else per address.
 * The key is never validated here, only hashed: a wrong key gets a bucket of its own and is then treated
 * as anonymous by Payload.
 */
export function classify(request: Request): { bucket: Bucket; key: string } {
  const auth = request.headers.get('authorization') ?? ''
  const route = authRoute(request)
  if (route) return { bucket: route, key: addressKey(request.headers) }
  if (auth.startsWith('partners API-Key ')) return { bucket: 'partner', key: hash(auth) }
  const token = auth.startsWith('JWT ') ? auth : request.headers.get('cookie')?.match(/payload-token=([^;]+)/)?.[1]
  if (token) return { bucket: 'session', key: hash(token) }
  return { bucket: 'anonymous', key: addressKey(request.headers) }
}

/** A 429 answer with Retry-After, from the limiter's rejection. */
export function tooManyRequests(rejection: RateLimiterRes, message: string): Response {
  const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
  return Response.json({ errors: [{ message: `${message} Retry after ${retryAfter} s.` }] }, { status: 429, headers: { 'Retry-After': String(retryAfter) } })
}

/** One limiter per bucket, shared by the instances of a cluster through Redis (sharedLimiter.ts). */
export function createRateLimiter(limits: Limits = limitsFromEnv()) {
  const buckets = Object.keys({ anonymous: 0, partner: 0, session: 0, login: 0, forgotPassword: 0, firstRegister: 0 } satisfies Record<Bucket, 0>) as Bucket[]
  const limiters = Object.fromEntries(
    buckets.map((bucket) => [bucket, limits[bucket] > 0 ? sharedLimiter({ keyPrefix: bucket, points: limits[bucket], duration: 60 }) : null]),
  ) as Record<Bucket, RateLimiterAbstract | null>

  /** Null when the request may go on, else the 429 answer with Retry-After. */
  return async function check(request: Request): Promise<Response | null> {
    const { bucket, key } = classify(request)
    const limiter = limiters[bucket]
    if (!limiter) return null
    try {
      await limiter.consume(key)
      return null
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      return tooManyRequests(rejection, `Too many requests: the ${bucket} limit is ${limits[bucket]} per minute.`)
    }
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
