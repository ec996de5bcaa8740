import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';

// E2E_PORT lets two checkouts on one machine run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    // The designer follows the browser's language: tests read English.
    locale: 'en-US',
    launchOptions: { ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, '--disable-gpu'] },
  },
  webServer: {
    // Build first: preview serves whatever dist/ holds, and stale code would make tests lie.
    command: `npx vite build --logLevel warn && exec npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
