import { describe, expect, it } from 'vitest'
import { DEFAULT_TIMEOUT_SECONDS, parseParams } from './params'

describe('parseParams', () => {
  it('turns the query string into a PrinterInfoInput', () => {
    const p = parseParams(
      '?serial=%20SN-123.a_b%20&model=WorkCentre%207845&name=Floor%202&location=Room%20201&ip=10.0.0.7' +
        '&total=1234&black=1000&color=234&large=5&err1=Paper%20jam&email=ann@example.com&lang=fr',
    )
    expect(p.printer).toEqual({
      serial: 'SN-123.a_b',
      model: 'WorkCentre 7845',
      name: 'Floor 2',
      location: 'Room 201',
      ip: '10.0.0.7',
      counters: { total: 1234, black: 1000, color: 234, large: 5 },
      errors: ['Paper jam'],
    })
    expect(p.badgeEmail).toBe('ann@example.com')
    expect(p.language).toBe('fr')
    expect(p.timeoutSeconds).toBe(DEFAULT_TIMEOUT_SECONDS)
  })

  it('keeps the positions of error messages: gaps are empty strings, the empty tail is cut', () => {
    expect(parseParams('?serial=S&err3=Toner%20low').printer?.errors).toEqual(['', '', 'Toner low'])
    expect(parseParams('?serial=S&err2=B&err4=D').printer?.errors).toEqual(['', 'B', '', 'D'])
    expect(parseParams('?serial=S&err1=A&err2=%20&err3=').printer?.errors).toEqual(['A'])
    expect(parseParams('?serial=S&err1=&err2=').printer).not.toHaveProperty('errors')
  })

  it.each([
    ['-5', undefined],
    ['12abc', undefined],
    ['1.5', undefined],
    ['1e6', undefined],
    ['', undefined],
    ['2147483648', undefined],
    [' 42 ', 42],
    ['0', 0],
    ['2147483647', 2147483647],
  ])('counter %j becomes %j', (raw, want) => {
    const printer = parseParams(`?serial=S&total=${encodeURIComponent(raw)}`).printer
    if (want === undefined) expect(printer).not.toHaveProperty('counters')
    else expect(printer?.counters).toEqual({ total: want })
  })

  it('keeps the good counters when some are bad', () => {
    expect(parseParams('?serial=S&total=10&black=x&color=-1&large=3').printer?.counters).toEqual({ total: 10, large: 3 })
  })

  it('leaves out empty values', () => {
    expect(parseParams('?serial=S&model=&name=%20%20&email=').printer).toEqual({ serial: 'S' })
    expect(parseParams('?serial=S&email=').badgeEmail).toBeUndefined()
  })

  it('says why there is no printer', () => {
    expect(parseParams('?model=X')).toMatchObject({ printer: null, serialProblem: 'missing' })
    expect(parseParams('?serial=%20')).toMatchObject({ printer: null, serialProblem: 'missing' })
    expect(parseParams('?serial=bad%20serial')).toMatchObject({ printer: null, serialProblem: 'invalid' })
    expect(parseParams(`?serial=${'x'.repeat(65)}`)).toMatchObject({ printer: null, serialProblem: 'invalid' })
  })

  it('asks for the primary language and reads the timeout', () => {
    expect(parseParams('?serial=S&lang=it-CH').language).toBe('it')
    expect(parseParams('?serial=S&lang=FR').language).toBe('fr')
    expect(parseParams('?serial=S').language).toBeUndefined()
    expect(parseParams('?serial=S&timeout=3').timeoutSeconds).toBe(3)
    expect(parseParams('?serial=S&timeout=0').timeoutSeconds).toBe(DEFAULT_TIMEOUT_SECONDS)
    expect(parseParams('?serial=S&timeout=abc').timeoutSeconds).toBe(DEFAULT_TIMEOUT_SECONDS)
  })
})
