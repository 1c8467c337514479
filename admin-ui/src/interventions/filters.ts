import type { InterventionOrder, InterventionOrderField, InterventionWhereInput, OrderDirection } from '../gql/graphql'

/** What the interventions list is filtered on; kept in the URL so a reload or a sign-in comes back to it. */
export interface InterventionFilters {
  /** Free text: reference, reporter's email or printer serial (case-insensitive, anywhere; SEARCH_MIN characters
   * at least, else not searched). */
  q: string
  statusIds: string[]
  panicButtonId: string | null
  printerId: string | null
  technicianId: string | null
  /** Created on or after this day (YYYY-MM-DD, the browser's time zone). */
  from: string | null
  /** Created on or before this day (YYYY-MM-DD, inclusive). */
  to: string | null
}

export const EMPTY_FILTERS: InterventionFilters = {
  q: '',
  statusIds: [],
  panicButtonId: null,
  printerId: null,
  technicianId: null,
  from: null,
  to: null,
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The shortest text the server searches (a trigram of its index); shorter text is not sent. */
export const SEARCH_MIN = 3

/** True for a text too short to search (but not empty). */
export function searchTooShort(q: string): boolean {
  const n = [...q.trim()].length
  return n > 0 && n < SEARCH_MIN
}

/** Local midnight of a YYYY-MM-DD day, plus `days`, as an RFC 3339 instant; null for anything else. */
export function dayStart(day: string | null, days = 0): string | null {
  const m = day ? DAY.exec(day) : null
  if (!m) return null
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The `where:` of the interventions query for these filters (null when nothing is filtered). */
export function buildWhere(filters: InterventionFilters): InterventionWhereInput | null {
  const parts: InterventionWhereInput[] = []
  const q = filters.q.trim()
  if ([...q].length >= SEARCH_MIN) parts.push({ search: q })
  if (filters.statusIds.length === 1) parts.push({ statusID: filters.statusIds[0] })
  else if (filters.statusIds.length > 1) parts.push({ statusIDIn: [...filters.statusIds] })
  if (filters.panicButtonId) parts.push({ panicButtonID: filters.panicButtonId })
  if (filters.printerId) parts.push({ printerID: filters.printerId })
  if (filters.technicianId) parts.push({ hasTechniciansWith: [{ id: filters.technicianId }] })
  const from = dayStart(filters.from)
  if (from) parts.push({ createdAtGTE: from })
  const to = dayStart(filters.to, 1) // the whole of the last day
  if (to) parts.push({ createdAtLT: to })
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] : { and: parts }
}

export const SORT_FIELDS: readonly InterventionOrderField[] = ['CREATED_AT', 'UPDATED_AT', 'REFERENCE', 'STATUS_POSITION']
export const DEFAULT_ORDER: InterventionOrder = { field: 'CREATED_AT', direction: 'DESC' }

/** Reads the filters and the order from the URL's query string. */
export function filtersFromSearch(search: URLSearchParams): { filters: InterventionFilters; order: InterventionOrder } {
  const list = (key: string) => (search.get(key) ?? '').split(',').filter(Boolean)
  const day = (key: string) => {
    const v = search.get(key)
    return v && DAY.test(v) ? v : null
  }
  const [field, direction] = (search.get('sort') ?? '').split('.')
  const order: InterventionOrder =
    SORT_FIELDS.includes(field as InterventionOrderField) && (direction === 'ASC' || direction === 'DESC')
      ? { field: field as InterventionOrderField, direction: direction as OrderDirection }
      : DEFAULT_ORDER
  return {
    filters: {
      q: search.get('q') ?? '',
      statusIds: list('status'),
      panicButtonId: search.get('pb') || null,
      printerId: search.get('printer') || null,
      technicianId: search.get('tech') || null,
      from: day('from'),
      to: day('to'),
    },
    order,
  }
}

/** The query string for filters and order (defaults left out). */
export function searchFromFilters(filters: InterventionFilters, order: InterventionOrder): URLSearchParams {
  const search = new URLSearchParams()
  if (filters.q) search.set('q', filters.q)
  if (filters.statusIds.length) search.set('status', filters.statusIds.join(','))
  if (filters.panicButtonId) search.set('pb', filters.panicButtonId)
  if (filters.printerId) search.set('printer', filters.printerId)
  if (filters.technicianId) search.set('tech', filters.technicianId)
  if (filters.from) search.set('from', filters.from)
  if (filters.to) search.set('to', filters.to)
  if (order.field !== DEFAULT_ORDER.field || order.direction !== DEFAULT_ORDER.direction) {
    search.set('sort', `${order.field}.${order.direction}`)
  }
  return search
}

export function hasFilters(filters: InterventionFilters): boolean {
  return buildWhere(filters) !== null
}
