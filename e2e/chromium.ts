// How the tests, the bench and the screenshots launch Chromium: Debian's build (Playwright cannot download its
// own here), without the browser's own background work.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
