// What the printer tells the kiosk in the query string (docs/DESIGN.md §12), turned into the launch input.
import type { CountersInput, PrinterInfoInput } from './api'

export const DEFAULT_TIMEOUT_SECONDS = 120

export interface Params {
  /** null when the serial is missing or malformed: the kiosk cannot work. */
  printer: PrinterInfoInput | null
  /** Why printer is null. */
  serialProblem?: 'missing' | 'invalid'
  /** The badge email the printer passed (`email`), sent as LaunchInput.badgeEmail. */
  badgeEmail?: string
  /** Requested language (`lang`), primary subtag only: `fr-BE` asks for `fr`. */
  language?: string
  /** Inactivity timeout (`timeout`, seconds). */
  timeoutSeconds: number
}

const SERIAL = /^[A-Za-z0-9._-]{1,64}$/
// GraphQL Int is 32-bit signed: a larger meter would make the whole launch fail, so it is dropped.
const MAX_INT = 2147483647

function text(q: URLSearchParams, key: string): string | undefined {
  const value = q.get(key)?.trim()
  return value ? value : undefined
}

function counter(q: URLSearchParams, key: string): number | undefined {
  const value = q.get(key)?.trim()
  if (!value || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n <= MAX_INT ? n : undefined
}

/** Error messages err1..err4 keep their positions (errors[0] is OID1); gaps become "" and the empty tail is cut. */
function errorMessages(q: URLSearchParams): string[] | undefined {
  const errors = [1, 2, 3, 4].map((i) => q.get(`err${i}`)?.trim() ?? '')
  while (errors.length && !errors[errors.length - 1]) errors.pop()
  return errors.length ? errors : undefined
}

export function parseParams(search: string): Params {
  const q = new URLSearchParams(search)
  const seconds = Number(q.get('timeout'))
  const lang = text(q, 'lang')?.split(/[-_]/)[0].toLowerCase()
  const params: Params = {
    printer: null,
    badgeEmail: text(q, 'email'),
    language: lang || undefined,
    timeoutSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86400) : DEFAULT_TIMEOUT_SECONDS,
  }
  const serial = text(q, 'serial')
  if (!serial) return { ...params, serialProblem: 'missing' }
  if (!SERIAL.test(serial)) return { ...params, serialProblem: 'invalid' }

  const printer: PrinterInfoInput = { serial }
  for (const key of ['model', 'name', 'location', 'ip'] as const) {
    const value = text(q, key)
    if (value) printer[key] = value
  }
  const counters: CountersInput = {}
  for (const key of ['total', 'black', 'color', 'large'] as const) {
    const value = counter(q, key)
    if (value !== undefined) counters[key] = value
  }
  if (Object.keys(counters).length) printer.counters = counters
  const errors = errorMessages(q)
  if (errors) printer.errors = errors
  return { ...params, printer }
}
