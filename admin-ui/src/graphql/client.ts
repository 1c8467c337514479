import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core'
import { createClient as createWebSocketClient, type Client as WebSocketClient } from 'graphql-ws'
import { isUnauthenticated } from './errors'

export const GRAPHQL_PATH = '/graphql'

/** Cookie-authenticated POSTs without this header are rejected by the server (CSRF defence). */
export const CSRF_HEADER = 'X-CSRF-Protection'

/** ws:// or wss:// URL of /graphql on the page's own host. */
export function webSocketURL(base: string = window.location.href): string {
  const url = new URL(GRAPHQL_PATH, base)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}

export interface ClientOptions {
  /** Called when the server says the session is missing or expired. */
  onUnauthenticated: () => void
}

export interface Session {
  client: Client
  /** Closes the subscription socket (it was opened with the old session cookie). */
  dispose: () => void
}

export function createSession({ onUnauthenticated }: ClientOptions): Session {
  // Created on first subscription, so StrictMode's extra mount/unmount and pages
  // without subscriptions open no socket. The browser sends the session cookie
  // with the handshake.
  let socket: WebSocketClient | null = null
  const webSocket = () => (socket ??= createWebSocketClient({ url: webSocketURL(), lazy: true, retryAttempts: 5 }))

  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false,
    fetchOptions: { credentials: 'include', headers: { [CSRF_HEADER]: '1' } },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated()
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const operation = { ...request, query: request.query ?? '' }
          return {
            subscribe: (sink) => ({ unsubscribe: webSocket().subscribe(operation, sink) }),
          }
        },
      }),
    ],
  })

  return {
    client,
    dispose: () => {
      void socket?.dispose()
      socket = null
    },
  }
}
