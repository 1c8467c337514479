/// <reference types="vitest/config" />
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * Vite empties dist/ on every build, but the Go server embeds it
 * (//go:embed all:dist in embed.go) and the directory must exist in a fresh
 * clone: put the committed, empty dist/.gitkeep back after each build.
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
  plugins: [react(), keepDistPlaceholder()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': {
        target: apiServer,
        ws: true,
        // The server checks the Origin of websocket handshakes: present the
        // dev server's proxied requests as coming from the API server itself.
        configure(proxy) {
          proxy.on('proxyReqWs', (proxyReq) => proxyReq.setHeader('origin', apiServer))
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // A jsdom render of a whole page can take seconds on a loaded 2-core machine; 5 s (the default) is not a
    // statement about the UI's speed, only about the machine's.
    testTimeout: 30000,
  },
})
