// The organization's colours and images, applied as CSS variables (no inline style markup, so a strict
// Content-Security-Policy without 'unsafe-inline' is fine: CSSOM writes are not restricted by CSP).
import type { Kiosk } from './api'

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i

export function isColor(value: string): boolean {
  const v = value.trim()
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function') return CSS.supports('color', v)
  return HEX.test(v)
}

/** Black or white, whichever reads better on a #hex background; white for anything else. */
export function readableOn(color: string): string {
  const c = color.trim()
  if (!HEX.test(c)) return '#fff'
  const hex = c.length <= 5 ? [...c.slice(1, 4)].map((d) => d + d).join('') : c.slice(1, 7)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  return luminance > 0.4 ? '#111' : '#fff'
}

/** A URL that is safe inside CSS url("…"): http(s) or a same-origin path, no quote or backslash. */
export function cssURL(url: string | undefined): string | null {
  if (!url || /["\\\n\r]/.test(url)) return null
  try {
    const u = new URL(url, document.baseURI)
    return u.protocol === 'https:' || u.protocol === 'http:' ? `url("${u.href}")` : null
  } catch {
    return null
  }
}

export function imageURL(kiosk: Kiosk | null, key: string): string | undefined {
  return kiosk?.images.find((i) => i.key === key)?.url || undefined
}

const VARIABLES: Record<string, string> = { primary: '--pb-primary', background: '--pb-background', text: '--pb-text' }

export function applyTheme(kiosk: Kiosk | null, root: HTMLElement = document.documentElement): void {
  const colors = Object.fromEntries((kiosk?.colors ?? []).map((c) => [c.key, c.value]))
  for (const [key, variable] of Object.entries(VARIABLES)) {
    const value = colors[key]
    if (value && isColor(value)) root.style.setProperty(variable, value.trim())
    else root.style.removeProperty(variable)
  }
  const primary = colors.primary
  if (primary && isColor(primary)) root.style.setProperty('--pb-on-primary', readableOn(primary))
  else root.style.removeProperty('--pb-on-primary')
  const background = cssURL(imageURL(kiosk, 'background'))
  if (background) root.style.setProperty('--pb-background-image', background)
  else root.style.removeProperty('--pb-background-image')
}
