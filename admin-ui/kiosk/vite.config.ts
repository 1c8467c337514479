/// <reference types="vitest/config" />
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'

/**
 * Vite empties dist/ on every build, but the Go server embeds it (//go:embed all:dist in embed.go) and the
 * directory must exist in a fresh clone: put the committed, empty dist/.gitkeep back after each build.
 */
function keepDistPlaceholder(): Plugin {
  let outDir = 'dist'
  return {
    name: 'panicbutton:keep-dist-gitkeep',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      mkdirSync(outDir, { recursive: true })
      writeFileSync(resolve(outDir, '.gitkeep'), '')
    },
  }
}

const apiServer = process.env.PANIC_API ?? 'http://127.0.0.1:8080'

export default defineConfig({
  base: '/kiosk/',
  plugins: [preact({ prerender: { enabled: false } }), keepDistPlaceholder()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Printer panels run old browsers: lower the syntax to what ES-module-capable engines of 2017 understand.
    target: 'es2017',
    // One small entry: nothing to preload, so no preload helper in the bundle.
    modulePreload: false,
    // Everything is served by the Go server from the same origin; no inline data: fonts or scripts.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/graphql': apiServer },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
    css: false,
  },
})
