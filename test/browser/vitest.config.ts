import { defineConfig } from 'vitest/config'

// npm run test:browser: real Chromium (/usr/bin/chromium; see install-chromium.sh). One file at a time so timings are not skewed.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
