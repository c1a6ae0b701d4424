/** The unauthenticated account routes that get limits of their own (rateLimit.ts) and guards (guardedHandlers.ts). */
export type AuthRoute = 'login' | 'forgotPassword' | 'firstRegister'

const routes = new Map<string, AuthRoute>([
  ['login', 'login'],
  ['forgot-password', 'forgotPassword'],
  ['first-register', 'firstRegister'],
])

/** Which account route a request is: POST /api/<auth collection>/login, …/forgot-password, …/first-register. */
export function authRoute(request: Request): AuthRoute | null {
  if (request.method !== 'POST') return null
  const match = /^\/api\/[^/]+\/([a-z-]+)\/?$/.exec(new URL(request.url).pathname)
  return routes.get(match?.[1] ?? '') ?? null
}
