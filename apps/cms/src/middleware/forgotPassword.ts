// Payload answers a reset request for a known account only after it has stored a token and sent (or,
// without a mail adapter, logged) the e-mail, and one for an unknown address at once: the time alone
// would tell which addresses have accounts. The answer here never waits for that work.
import { requestEmail } from './authRoutes'

/** The body Payload answers every valid reset request with (the admin shows its own text instead). */
const accepted = { message: 'Success' }

/**
 * Answers a forgot-password request the same way whether or not the account exists, before Payload has
 * looked it up, and lets Payload do the reset after the answer. A request without an e-mail address is
 * refused as Payload refuses it.
 */
export async function answerForgotPassword(request: Request, reset: (request: Request) => Promise<Response>): Promise<Response> {
  if (!(await requestEmail(request))) return Response.json({ errors: [{ message: 'Missing email.' }] }, { status: 400 })
  // A copy with the body read already: the original's stream belongs to a request that is answered.
  const copy = new Request(request.url, { method: 'POST', headers: request.headers, body: await request.clone().arrayBuffer() })
  void reset(copy).then(
    async (response) => {
      if (!response.ok) console.error(`[cms] a password reset failed with ${response.status}: ${await response.text()}`)
    },
    (error: unknown) => console.error('[cms] a password reset failed:', error),
  )
  return Response.json(accepted)
}
