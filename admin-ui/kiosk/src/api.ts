// The device operations of docs/DESIGN.md §4 the kiosk uses. Their types are generated from graph/*.graphqls by
// GraphQL Code Generator (`npm run codegen`, into src/gql/); the documents are plain strings, so no GraphQL
// client runtime is bundled.
import { graphql } from './gql'
import type {
  CountersInput,
  LaunchFieldsFragment,
  LaunchInput,
  PanicReportInput,
  PrinterInfoInput,
  RegisterPrinterInput,
  SubmitPanicReportMutation,
  TypedDocumentString,
} from './gql/graphql'

export type { CountersInput, LaunchInput, PanicReportInput, PrinterInfoInput, RegisterPrinterInput }

/** What launch and registerPrinter answer. */
export type LaunchPayload = LaunchFieldsFragment
/** The kiosk's texts, images, causes and colours, when the printer is ready. */
export type Kiosk = NonNullable<LaunchPayload['kiosk']>
export type PanicReportPayload = SubmitPanicReportMutation['submitPanicReport']

graphql(`
  fragment LaunchFields on LaunchPayload {
    status
    sessionToken
    prefillEmail
    kiosk {
      language
      languages
      texts {
        key
        value
      }
      images {
        key
        url
      }
      causes {
        id
        label
      }
      colors {
        key
        value
      }
    }
  }
`)

export const LAUNCH = graphql(`
  mutation Launch($input: LaunchInput!) {
    launch(input: $input) {
      ...LaunchFields
    }
  }
`)

export const REGISTER_PRINTER = graphql(`
  mutation RegisterPrinter($input: RegisterPrinterInput!) {
    registerPrinter(input: $input) {
      ...LaunchFields
    }
  }
`)

export const SUBMIT_PANIC_REPORT = graphql(`
  mutation SubmitPanicReport($input: PanicReportInput!) {
    submitPanicReport(input: $input) {
      reference
      status
      emailsQueued
    }
  }
`)

/** Error codes of docs/DESIGN.md §4, plus NETWORK for a request that got no usable answer (offline, timeout, 5xx). */
export type ErrorCode =
  | 'NETWORK'
  | 'BAD_USER_INPUT'
  | 'UNKNOWN_PRINTER_CODE'
  | 'PRINTER_NOT_REGISTERED'
  | 'SESSION_EXPIRED'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INTERNAL'
  | 'ORGANIZATION_DISABLED'

export class ApiError extends Error {
  readonly code: ErrorCode
  /** `extensions.field` of a BAD_USER_INPUT error, e.g. `email` or `printer.ip`. */
  readonly field?: string
  /** Seconds to wait, when a RATE_LIMITED error says so. */
  readonly retryAfter?: number

  constructor(code: ErrorCode, message: string, field?: string, retryAfter?: number) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.field = field
    this.retryAfter = retryAfter
  }
}

/** Sends one operation and returns `data[name]`; every failure is an ApiError. */
export type Call = <T>(query: string, name: string, input: object) => Promise<T>

/**
 * `call` with the generated document's types: `name` must be one of its root fields, `input` its `$input`,
 * and the answer is that field's type. The operation name is the field's, capitalized (see httpCall).
 */
export function request<R, V extends { input: unknown }, K extends keyof R & string>(
  call: Call,
  document: TypedDocumentString<R, V>,
  name: K,
  input: V['input'],
): Promise<R[K]> {
  return call<R[K]>(document.toString(), name, input as object)
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null
  errors?: { message?: string; extensions?: { code?: string; field?: string; retryAfter?: number } }[]
}

/** A Call over fetch to the same-origin `/graphql` endpoint, giving up after `timeoutMs`. */
export function httpCall(url = '/graphql', timeoutMs = 20000, doFetch: typeof fetch = (...a) => fetch(...a)): Call {
  return async <T>(query: string, name: string, input: object): Promise<T> => {
    const abort = typeof AbortController === 'function' ? new AbortController() : null
    const timer = abort ? setTimeout(() => abort.abort(), timeoutMs) : undefined
    let body: GraphQLResponse
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, operationName: name[0].toUpperCase() + name.slice(1), variables: { input } }),
        credentials: 'omit',
        signal: abort?.signal,
      })
      if (response.status >= 500) throw new ApiError('NETWORK', `HTTP ${response.status}`)
      try {
        body = (await response.json()) as GraphQLResponse
      } catch {
        throw new ApiError(response.ok ? 'NETWORK' : 'INTERNAL', `HTTP ${response.status}: not a GraphQL answer`)
      }
    } catch (error) {
      throw error instanceof ApiError ? error : new ApiError('NETWORK', String((error as Error)?.message ?? error))
    } finally {
      clearTimeout(timer)
    }
    const first = body.errors?.[0]
    if (first) {
      const ext = first.extensions ?? {}
      throw new ApiError((ext.code as ErrorCode) || 'INTERNAL', first.message ?? 'error', ext.field, ext.retryAfter)
    }
    const result = body.data?.[name]
    if (result == null) throw new ApiError('INTERNAL', `no ${name} in the answer`)
    return result as T
  }
}
