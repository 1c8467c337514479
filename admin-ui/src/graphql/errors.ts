import type { CombinedError } from '@urql/core'

/** The `extensions.code` values the server uses (docs/DESIGN.md §4) that the admin has a message for. */
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

/** Why the server refused one input field, as a key of `fieldErrors.*` plus its parameters. */
export interface FieldProblem {
  /** `extensions.field` without the argument prefix: `input.techSubject` ⇒ `techSubject`. */
  field: string
  code: 'unknownVariable' | 'malformedVariable' | 'invalid'
  /** For unknownVariable: the variables the server named, e.g. `[[[FOO]]]`. */
  names: string[]
}

const UNKNOWN_VARIABLE = /unknown variable (\[\[\[[^\]\s]*\]\]\])/g

/**
 * The BAD_USER_INPUT problems of a failed mutation, by field. The server's
 * message is only mined for the variable names it quotes (which the user
 * typed); what is shown is a localized sentence.
 */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  if (!error) return []
  const problems: FieldProblem[] = []
  for (const graphQLError of error.graphQLErrors) {
    const { code, field } = graphQLError.extensions ?? {}
    if (code !== 'BAD_USER_INPUT' || typeof field !== 'string' || !field) continue
    const names = [...graphQLError.message.matchAll(UNKNOWN_VARIABLE)].map((m) => m[1])
    problems.push({
      field: field.replace(/^input\./, ''),
      code: names.length ? 'unknownVariable' : /malformed variable/.test(graphQLError.message) ? 'malformedVariable' : 'invalid',
      names,
    })
  }
  return problems
}
