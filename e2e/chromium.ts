// How the tests, the bench and the screenshots launch Chromium: Debian's build (Playwright cannot download its
// own here), without the browser's own background work.
//
// Debian's Chromium is the full browser, run headless. For every new page it builds the address bar's popup
// and "AI mode" composebox as web pages of their own: about 400 requests and several hundred milliseconds of
// compiling, on the same two cores as the page under test. A user's browser builds those once, not per page,
// so the figures taken with them were the browser's start-up, not Trunkline's. Unknown feature names are
// ignored by other Chromium versions.
const BROWSER_UI_FEATURES = [
  'WebUIOmniboxPopup',
  'OmniboxFullPopupWebUIContent',
  'OmniboxAimPopupWebUIContent',
  'OmniboxPopupWebUIContent',
  'FullWebUIOmniboxFrame',
  'OmniboxEverywhereComposebox',
];

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-features=${BROWSER_UI_FEATURES.join(',')}`,
  ],
};
