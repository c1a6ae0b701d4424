/** The unauthenticated account routes that get limits of their own (rateLimit.ts) and guards (guardedHandlers.ts). */
export type AuthRoute = 'login' | 'forgotPassword' | 'firstRegister'

const routes = new Map<string, AuthRoute>([
  ['login', 'login'],
  ['forgot-password', 'forgotPassword'],
  ['first-register', 'firstRegister'],
])

/** The e-mail address an account request names in its JSON body, trimmed; '' when it names none. */
export async function requestEmail(request: Request): Promise<string> {
  try {
    const { email } = (await request.clone().json()) as { email?: unknown }
    return typeof email === 'string' ? email.trim() : ''
  } catch {
    return ''
  }
}

/** Which account route a request is: POST /api/<auth collection>/login, …/forgot-password, …/first-register. */
export function authRoute(request: Request): AuthRoute | null {
  if (request.method !== 'POST') return null
  const match = /^\/api\/[^/]+\/([a-z-]+)\/?$/.exec(new URL(request.url).pathname)
  return routes.get(match?.[1] ?? '') ?? null
}
