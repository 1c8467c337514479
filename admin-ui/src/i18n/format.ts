const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date and time in the reader's language, e.g. "Mar 4, 2026, 2:05 PM" or "4 mars 2026, 14:05". */
export function formatDateTime(value: string | Date, language: string): string {
  let formatter = formatters.get(language)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
    formatters.set(language, formatter)
  }
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date)
}

const numberFormatters = new Map<string, Intl.NumberFormat>()

/** A number in the reader's language, e.g. "12,345" or "12 345". */
export function formatNumber(value: number, language: string): string {
  let formatter = numberFormatters.get(language)
  if (!formatter) {
    formatter = new Intl.NumberFormat(language)
    numberFormatters.set(language, formatter)
  }
  return formatter.format(value)
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** A date without time, e.g. "Mar 4, 2026". */
export function formatDate(value: string | Date, language: string): string {
  let formatter = dayFormatters.get(language)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })
    dayFormatters.set(language, formatter)
  }
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date)
}

/** The cap of a connection's totalCountCapped (the server counts up to it; past it, the count is not exact). */
export const COUNT_CAP = 10000

/**
 * A capped count as people read it: the exact count when the server says it is exact, else "10,000+" (a dashboard
 * tile over a million interventions stays fast because the server stops counting at the cap).
 */
export function formatCappedCount(c: { totalCountCapped: number; totalCountIsExact: boolean }, language: string): string {
  return c.totalCountIsExact ? formatNumber(c.totalCountCapped, language) : `${formatNumber(COUNT_CAP, language)}+`
}
