import { describe, expect, it } from 'vitest'
import { applyTheme, cssURL, readableOn } from './theme'

describe('theme', () => {
  it('picks a readable text colour for the primary colour', () => {
    expect(readableOn('#000000')).toBe('#fff')
    expect(readableOn('#c62828')).toBe('#fff')
    expect(readableOn('#ffeb3b')).toBe('#111')
    expect(readableOn('#fff')).toBe('#111')
    expect(readableOn('rebeccapurple')).toBe('#fff')
  })

  it('only puts safe URLs into CSS', () => {
    expect(cssURL('/media/bg.png')).toBe(`url("${location.origin}/media/bg.png")`)
    expect(cssURL('https://cdn.example/x.png")); color: red; x("')).toBeNull()
    expect(cssURL('javascript:alert(1)')).toBeNull()
    expect(cssURL(undefined)).toBeNull()
  })

  it('sets the organization colours as CSS variables, and only valid ones', () => {
    const root = document.createElement('div')
    applyTheme(
      {
        language: 'en',
        languages: ['en'],
        texts: [],
        causes: [],
        images: [{ key: 'background', url: '/media/bg.png' }],
        colors: [
          { key: 'primary', value: '#ffeb3b' },
          { key: 'background', value: 'red; }' },
          { key: 'text', value: '#222' },
        ],
      },
      root,
    )
    expect(root.style.getPropertyValue('--pb-primary')).toBe('#ffeb3b')
    expect(root.style.getPropertyValue('--pb-on-primary')).toBe('#111')
    expect(root.style.getPropertyValue('--pb-background')).toBe('')
    expect(root.style.getPropertyValue('--pb-text')).toBe('#222')
    expect(root.style.getPropertyValue('--pb-background-image')).toContain('/media/bg.png')
    applyTheme(null, root)
    expect(root.style.getPropertyValue('--pb-primary')).toBe('')
  })
})
