import { describe, expect, it } from 'vitest'
import { buildWhere, dayStart, EMPTY_FILTERS, filtersFromSearch, searchFromFilters, searchTooShort } from './filters'

describe('interventions filters', () => {
  it('filters nothing by default', () => {
    expect(buildWhere(EMPTY_FILTERS)).toBeNull()
    expect(buildWhere({ ...EMPTY_FILTERS, q: '   ' })).toBeNull()
  })

  it('searches the reference, the reporter email and the printer serial with the server search', () => {
    expect(buildWhere({ ...EMPTY_FILTERS, q: ' sn-42 ' })).toEqual({ search: 'sn-42' })
  })

  it('does not search fewer than three characters', () => {
    expect(buildWhere({ ...EMPTY_FILTERS, q: ' PB ' })).toBeNull()
    expect(searchTooShort(' PB ')).toBe(true)
    expect(searchTooShort('')).toBe(false)
    expect(searchTooShort('éè')).toBe(true)
    expect(buildWhere({ ...EMPTY_FILTERS, q: 'éèà' })).toEqual({ search: 'éèà' })
  })

  it('uses one status directly and several with IN', () => {
    expect(buildWhere({ ...EMPTY_FILTERS, statusIds: ['s1'] })).toEqual({ statusID: 's1' })
    expect(buildWhere({ ...EMPTY_FILTERS, statusIds: ['s1', 's2'] })).toEqual({ statusIDIn: ['s1', 's2'] })
  })

  it('combines every filter with AND', () => {
    const where = buildWhere({
      q: 'PB-1',
      statusIds: ['s1'],
      panicButtonId: 'pb1',
      printerId: 'p9',
      technicianId: 'u2',
      from: '2026-03-01',
      to: '2026-03-31',
    })
    expect(where).toEqual({
      and: [
        { search: 'PB-1' },
        { statusID: 's1' },
        { panicButtonID: 'pb1' },
        { printerID: 'p9' },
        { hasTechniciansWith: [{ id: 'u2' }] },
        { createdAtGTE: new Date(2026, 2, 1).toISOString() },
        { createdAtLT: new Date(2026, 3, 1).toISOString() }, // the whole of the last day
      ],
    })
  })

  it('reads days in the browser time zone and rejects anything else', () => {
    expect(dayStart('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString())
    expect(dayStart('31/12/2026')).toBeNull()
    expect(dayStart(null)).toBeNull()
  })

  it('round-trips through the query string, leaving defaults out', () => {
    const filters = { ...EMPTY_FILTERS, q: 'x', statusIds: ['a', 'b'], from: '2026-01-02' }
    const order = { field: 'REFERENCE' as const, direction: 'ASC' as const }
    const search = searchFromFilters(filters, order)
    expect(search.toString()).toBe('q=x&status=a%2Cb&from=2026-01-02&sort=REFERENCE.ASC')
    expect(filtersFromSearch(search)).toEqual({ filters, order })
    expect(searchFromFilters(EMPTY_FILTERS, { field: 'CREATED_AT', direction: 'DESC' }).toString()).toBe('')
  })

  it('ignores a malformed query string', () => {
    const { filters, order } = filtersFromSearch(new URLSearchParams('sort=DROP.TABLE&from=yesterday'))
    expect(order).toEqual({ field: 'CREATED_AT', direction: 'DESC' })
    expect(filters.from).toBeNull()
  })
})
