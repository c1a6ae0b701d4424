/** One problem the API reports; `field` names the parameter at fault, when there is one. */
export type ApiProblem = { message: string; field?: string }

/** A non-2xx answer of the Stadtmacher API, with its status and the API's messages. */
export class StadtmacherApiError extends Error {
  override readonly name = 'StadtmacherApiError'

  constructor(
    readonly status: number,
    readonly problems: ApiProblem[],
    /** Seconds to wait before retrying, on a 429. */
    readonly retryAfter?: number,
  ) {
    super(`Stadtmacher API ${status}: ${problems.map((problem) => problem.message).join('; ') || 'no message'}`)
  }
}

/** Reads the `{ errors: [...] }` body of a failed answer into an error. */
export async function toApiError(response: Response): Promise<StadtmacherApiError> {
  const body = (await response.json().catch(() => null)) as { errors?: ApiProblem[] } | null
  const problems = Array.isArray(body?.errors) ? body.errors.map(({ message, field }) => ({ message: String(message), ...(field ? { field } : {}) })) : []
  const retryAfter = Number(response.headers.get('retry-after')) || undefined
  return new StadtmacherApiError(response.status, problems, retryAfter)
}
