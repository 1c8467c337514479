import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// Mantine pages render slowly in jsdom on a busy 2-core machine: wait up to 5 s for an element to appear
// (findBy*/waitFor) instead of the default 1 s, so a slow run is not a failure.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no matchMedia (Mantine's colour scheme and media hooks use it) nor ResizeObserver.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
})

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub

afterEach(() => {
  cleanup()
  window.localStorage.clear()
})

// Mantine's Textarea autosize listens to font loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  })
}
