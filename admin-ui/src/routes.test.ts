import { describe, expect, it } from 'vitest'
import { safeNext, signInPath } from './routes'

describe('routes', () => {
  it('remembers the page to return to', () => {
    expect(signInPath('/interventions?page=2')).toBe('/sign-in?next=%2Finterventions%3Fpage%3D2')
    expect(signInPath('/')).toBe('/sign-in')
    expect(signInPath('/sign-in?next=x')).toBe('/sign-in')
  })

  it('returns only to pages of this site', () => {
    expect(safeNext('/interventions?page=2')).toBe('/interventions?page=2')
    expect(safeNext(null)).toBe('/dashboard')
    expect(safeNext('https://evil.example/')).toBe('/dashboard')
    expect(safeNext('//evil.example/')).toBe('/dashboard')
    expect(safeNext('/\\evil.example/')).toBe('/dashboard')
    expect(safeNext('/sign-in')).toBe('/dashboard')
  })
})
