import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/support/chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3100)

/** Browser tests drive the production build in Debian's Chromium (no downloaded browsers). */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  // One worker: the suite is bound by the two cores the server and Chromium share. Measured with
  // two workers, each axe scan took 3 times as long and the run got slower, not faster.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node tests/e2e/serve.mjs ${PORT}`,
    url: `http://localhost:${PORT}/api/users/me`,
    timeout: 180_000,
    // E2E_REUSE=1 runs against a server already started with `node tests/e2e/serve.mjs`.
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
