import { CombinedError } from '@urql/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MeQuery } from '../auth/RequireAuth'
import { createSession, webSocketURL } from './client'
import { errorKind } from './errors'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('GraphQL client', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('POSTs to /graphql with the session cookie and the CSRF header', async () => {
    const fetch = vi.fn(async () => jsonResponse({ data: { me: null } }))
    vi.stubGlobal('fetch', fetch)
    const { client } = createSession({ onUnauthenticated: vi.fn() })

    const result = await client.query(MeQuery, {}).toPromise()

    expect(result.data).toEqual({ me: null })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/graphql')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('include')
    expect(new Headers(init.headers).get('X-CSRF-Protection')).toBe('1')
  })

  it('reports an UNAUTHENTICATED answer', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED' } }], data: null }),
    )
    const onUnauthenticated = vi.fn()
    const { client } = createSession({ onUnauthenticated })
    const result = await client.query(MeQuery, {}).toPromise()
    expect(result.error && errorKind(result.error)).toBe('UNAUTHENTICATED')
    expect(onUnauthenticated).toHaveBeenCalledOnce()
  })

  it('subscribes on the same path, ws or wss like the page', () => {
    expect(webSocketURL('http://127.0.0.1:8080/interventions')).toBe('ws://127.0.0.1:8080/graphql')
    expect(webSocketURL('https://admin.example.com/sign-in?next=%2F')).toBe('wss://admin.example.com/graphql')
  })
})

describe('errorKind', () => {
  it('maps server codes and transport failures to message keys', () => {
    const coded = (code: string) => new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code } }] })
    expect(errorKind(coded('RATE_LIMITED'))).toBe('RATE_LIMITED')
    expect(errorKind(coded('SOMETHING_NEW'))).toBe('INTERNAL')
    expect(errorKind(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK')
    expect(
      errorKind(new CombinedError({ networkError: new Error('Unauthorized'), response: new Response('', { status: 401 }) })),
    ).toBe('UNAUTHENTICATED')
  })
})
