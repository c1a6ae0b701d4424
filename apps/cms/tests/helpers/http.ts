import type { SanitizedConfig } from 'payload'
import { guardedHandlers } from '../../src/middleware/guardedHandlers'
import type { Limits } from '../../src/middleware/rateLimit'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }
type GraphqlOptions = { token?: string; headers?: Record<string, string> }

export type JsonResponse<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }
export type GraphqlBody<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }

function headers(token?: string, json = false): Record<string, string> {
  return { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(json ? { 'Content-Type': 'application/json' } : {}) }
}

async function toJson<T>(response: Response): Promise<JsonResponse<T>> {
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers }
}

/**
 * The CMS's route handlers (Payload's own, behind our guards), called in-process: the same code path as
 * a real HTTP request to /api/... and /api/graphql, without a server.
 */
export function apiClient(config: Promise<SanitizedConfig>, limits?: Partial<Limits>) {
  const handlers = guardedHandlers(config, limits)
  const graphqlHandler = handlers.GRAPHQL

  /** A REST request such as `rest('GET', 'partnerships?locale=en')`. */
  async function rest<T = Record<string, unknown>>(method: Method, url: string, options: RestOptions = {}) {
    const full = new URL(url, 'http://127.0.0.1:3000/api/')
    const slug = full.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
    const request = new Request(full, {
      method,
      headers: { ...headers(options.token, options.body !== undefined), ...options.headers },
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    })
    return toJson<T>(await handlers[method](request, { params: Promise.resolve({ slug }) }))
  }

  /** A GraphQL request; locale and draft go into the query itself. */
  async function graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, options: GraphqlOptions | string = {}) {
    const { token, headers: extra } = typeof options === 'string' ? { token: options, headers: {} } : options
    const request = new Request('http://127.0.0.1:3000/api/graphql', {
      method: 'POST',
      headers: { ...headers(token, true), ...extra },
      body: JSON.stringify({ query, variables }),
    })
    return toJson<GraphqlBody<T>>(await graphqlHandler(request))
  }

  return { rest, graphql }
}

export type ApiClient = ReturnType<typeof apiClient>
