import { describe, expect, it, vi } from 'vitest'
import { ApiError, LAUNCH, httpCall } from './api'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected a failure')
}

describe('httpCall', () => {
  it('posts the operation to /graphql and returns data[name]', async () => {
    const fetch = vi.fn(async () => json({ data: { launch: { status: 'REGISTRATION_REQUIRED' } } }))
    const call = httpCall('/graphql', 1000, fetch)
    await expect(call(String(LAUNCH), 'launch', { printer: { serial: 'S' } })).resolves.toEqual({ status: 'REGISTRATION_REQUIRED' })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/graphql')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('omit')
    expect(JSON.parse(init.body as string)).toEqual({ query: String(LAUNCH), operationName: 'Launch', variables: { input: { printer: { serial: 'S' } } } })
  })

  it('turns GraphQL errors into ApiError with code and field', async () => {
    const call = httpCall('/graphql', 1000, async () =>
      json({ errors: [{ message: 'email: not valid', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }], data: null }),
    )
    const e = await failure(call('q', 'submitPanicReport', {}))
    expect([e.code, e.field, e.message]).toEqual(['BAD_USER_INPUT', 'email', 'email: not valid'])
  })

  it('reads retryAfter of RATE_LIMITED', async () => {
    const call = httpCall('/graphql', 1000, async () => json({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } }] }))
    expect((await failure(call('q', 'registerPrinter', {}))).retryAfter).toBe(30)
  })

  it('calls every transport failure NETWORK', async () => {
    expect((await failure(httpCall('/graphql', 1000, async () => Promise.reject(new TypeError('Failed to fetch')))('q', 'launch', {}))).code).toBe('NETWORK')
    expect((await failure(httpCall('/graphql', 1000, async () => new Response('Bad gateway', { status: 502 }))('q', 'launch', {}))).code).toBe('NETWORK')
    expect((await failure(httpCall('/graphql', 1000, async () => json({ errors: [{ message: 'x' }] }, 503))('q', 'launch', {}))).code).toBe('NETWORK')
    expect((await failure(httpCall('/graphql', 1000, async () => new Response('<html>', { status: 200 }))('q', 'launch', {}))).code).toBe('NETWORK')
  })

  it('gives up after the timeout', async () => {
    const hanging = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
    expect((await failure(httpCall('/graphql', 20, hanging)('q', 'launch', {}))).code).toBe('NETWORK')
  })

  it('treats an error without a code, or an empty answer, as INTERNAL', async () => {
    expect((await failure(httpCall('/graphql', 1000, async () => json({ errors: [{ message: 'boom' }] }))('q', 'launch', {}))).code).toBe('INTERNAL')
    expect((await failure(httpCall('/graphql', 1000, async () => json({ data: { launch: null } }))('q', 'launch', {}))).code).toBe('INTERNAL')
  })
})
