import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/e2e/chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const desktop = { ...devices['Desktop Chrome'], channel: undefined }
const ALONE = [
  '**/outage.e2e.spec.ts',
  '**/load.e2e.spec.ts',
  '**/instances.e2e.spec.ts',
  '**/scripts-refresh.e2e.spec.ts',
]

/** Browser tests drive the production build in Debian's Chromium (no downloaded browsers). */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  // Two workers share the one server: files that only read or add their own content run side by
  // side; those that take the whole server (a locked database, a load test, extra instances, a
  // script writing behind its back) run afterwards, one at a time.
  workers: 2,
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
  projects: [
    { name: 'desktop', use: desktop, testIgnore: ALONE },
    { name: 'alone', use: desktop, testMatch: ALONE, dependencies: ['desktop'], workers: 1 },
  ],
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
