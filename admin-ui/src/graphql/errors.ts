import type { CombinedError } from '@urql/core'

/** The `extensions.code` values the server uses (DESIGN.md §4) that the admin has a message for. */
const KNOWN_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL'] as const

/** What went wrong, as a key of `errors.*` in the translations: never the server's raw text. */
export type ErrorKind = (typeof KNOWN_CODES)[number] | 'NETWORK'

function isKnownCode(code: unknown): code is (typeof KNOWN_CODES)[number] {
  return typeof code === 'string' && (KNOWN_CODES as readonly string[]).includes(code)
}

function httpStatus(error: CombinedError): number | undefined {
  const response: unknown = error.response
  return typeof response === 'object' && response !== null && 'status' in response && typeof response.status === 'number'
    ? response.status
    : undefined
}

export function errorKind(error: CombinedError): ErrorKind {
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code
    if (isKnownCode(code)) return code
  }
  const status = httpStatus(error)
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  if (status === 429) return 'RATE_LIMITED'
  const unreachable = status === undefined || status === 502 || status === 503 || status === 504
  return error.networkError && unreachable ? 'NETWORK' : 'INTERNAL'
}

export function isUnauthenticated(error: CombinedError): boolean {
  return errorKind(error) === 'UNAUTHENTICATED'
}
