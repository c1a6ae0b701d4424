import { requestEmail } from './authRoutes'
import { addressKey, type Limits, tooManyRequests } from './rateLimit'
import { sharedLimiter } from './sharedLimiter'

const hour = 60 * 60
const day = 24 * hour

/**
 * Failed logins limited per account and address together, as rate-limiter-flexible's login-endpoint
 * pattern does: `loginFailures` failures in a row for one email from one address block that pair for an
 * hour (a success clears the count), `loginFailuresDaily` failures from one address block it for a day.
 * A stranger's failures for an editor's email therefore never block the editor's own address, unlike an
 * account lockout. Payload's own lockout (collections/Users) stays behind this as the last line.
 */
export function createLoginFailureLimiter(limits: Pick<Limits, 'loginFailures' | 'loginFailuresDaily'>) {
  const counter = (keyPrefix: string, points: number, blockFor: number, message: string) =>
    points > 0 ? { points, blockFor, message, limiter: sharedLimiter({ keyPrefix, points, duration: day }) } : null
  const byPair = counter('login-fails', limits.loginFailures, hour, 'Too many failed logins for this account from this address.')
  const byAddress = counter('login-fails-daily', limits.loginFailuresDaily, day, 'Too many failed logins from this address.')

  /** Runs the login unless the pair or the address is blocked, and counts it when Payload refuses it. */
  return async function limitFailures(request: Request, login: () => Promise<Response>): Promise<Response> {
    const address = addressKey(request.headers)
    const pair = `${(await requestEmail(request)).toLowerCase()} ${address}`
    const counted = [
      { counter: byAddress, key: address },
      { counter: byPair, key: pair },
    ].filter((entry): entry is { counter: NonNullable<typeof byPair>; key: string } => entry.counter !== null)

    for (const { counter, key } of counted) {
      const state = await counter.limiter.get(key)
      if (state && state.consumedPoints >= counter.points && state.msBeforeNext > 0) return tooManyRequests(state, counter.message)
    }
    const response = await login()
    if (response.ok) await byPair?.limiter.delete(pair)
    else if (response.status < 500) {
      for (const { counter, key } of counted) {
        const state = await counter.limiter.penalty(key)
        // Blocked from the failure that reaches the limit on: no further attempt reaches Payload.
        if (state.consumedPoints >= counter.points) await counter.limiter.block(key, counter.blockFor)
      }
    }
    return response
  }
}
