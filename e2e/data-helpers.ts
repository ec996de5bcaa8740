// Helpers for data in and out of the designer: example files, the import input, downloads from the
// toolbar, fresh browser contexts (another browser profile), and what the canvas draws.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { parseTopologyText } from '../app/domain/parse.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { expect, test as base } from './helpers.ts';

/** The path of a shared example design, e.g. `fabrikam-medium`. */
export function examplePath(name: string): string {
  return path.resolve('..', 'shared', 'examples', `${name}.json`);
}

export function exampleText(name: string): string {
  return fs.readFileSync(examplePath(name), 'utf8');
}

/** The app's canonical serialization of a design text, computed here by the app's own parser and serializer. */
export function canonical(text: string): string {
  const parsed = parseTopologyText(text);
  if (!parsed.ok) throw new Error(`not a valid design: ${parsed.problems.map((p) => `${p.path}: ${p.messageId}`).join('; ')}`);
  return serializeTopology(parsed.doc);
}

export interface DesignIds {
  sites: string[];
  nodes: string[];
  trunks: string[];
}

/** The ids a design text holds, each list sorted. */
export function idsOf(text: string): DesignIds {
  const doc = JSON.parse(text) as { sites: { id: string }[]; nodes: { id: string }[]; trunks: { id: string }[] };
  return { sites: doc.sites.map((s) => s.id).sort(), nodes: doc.nodes.map((n) => n.id).sort(), trunks: doc.trunks.map((t) => t.id).sort() };
}

/** The ids of what the canvas draws: site frames, node cards and trunks, each list sorted. */
export async function drawnIds(page: Page): Promise<DesignIds> {
  const ids = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '').sort());
  return {
    sites: await ids('.react-flow__node-site'),
    nodes: await ids('.react-flow__node:not(.react-flow__node-site)'),
    // Trunks only: next hops are lines of their own (react-flow__edge-nextHop).
    trunks: await ids('.react-flow__edge-trunk'),
  };
}

/** Waits until the canvas draws exactly these ids (every node measured and shown), and the inspector counts agree. */
export async function expectDesign(page: Page, expected: DesignIds): Promise<void> {
  // 15 s: opening a link right after Auto layout and a template waits for elkjs on a loaded machine.
  await expect.poll(() => drawnIds(page), { message: 'the drawn design', timeout: 15_000 }).toEqual(expected);
  const all = page.locator('.react-flow__node');
  await expect(page.locator('.react-flow__node:not([style*="visibility: hidden"])')).toHaveCount(await all.count());
}

export function toolbarButton(page: Page, name: string) {
  return page.getByRole('toolbar').getByRole('button', { name, exact: true });
}

export function designName(page: Page) {
  return page.getByRole('toolbar').getByLabel('Design name', { exact: true });
}

/** Imports a file through the (hidden) file input, as the Import button's picker would. */
export async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(file);
}

export interface Downloaded {
  /** The file name the app gave it. */
  name: string;
  /** Where Playwright saved it (valid until its context closes). */
  file: string;
  bytes: Buffer;
}

/** Clicks a toolbar button that downloads a file, and returns the file. */
export async function downloadFrom(page: Page, button: string): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), toolbarButton(page, button).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), file, bytes: await fs.promises.readFile(file) };
}

/** Opens the designer at `url` (default: the start page) and waits until the design is drawn. */
export async function openAt(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.react-flow__viewport')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** Opens the share dialog and reads its link; the dialog stays open. */
export async function shareLink(page: Page): Promise<{ url: string; shownLength: string }> {
  await toolbarButton(page, 'Share link').click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog).toBeVisible();
  const url = await dialog.getByLabel('Link', { exact: true }).inputValue();
  const shownLength = (await dialog.getByTestId('link-length').textContent()) ?? '';
  return { url, shownLength };
}

/**
 * The test with `freshPage`: a page in a new browser context (another browser profile: its own
 * storage), held to the same rule as `page` — no uncaught error — and closed after the test.
 */
export const test = base.extend<{ freshPage: () => Promise<Page> }>({
  freshPage: async ({ browser, baseURL, viewport }, provide) => {
    const contexts: BrowserContext[] = [];
    const errors: string[] = [];
    await provide(async () => {
      const context = await newContext(browser, baseURL, viewport);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    });
    for (const context of contexts) await context.close();
    expect(errors, 'uncaught errors in the fresh contexts').toEqual([]);
  },
});
export { expect };

function newContext(browser: Browser, baseURL: string | undefined, viewport: { width: number; height: number } | null): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: viewport ?? { width: 1400, height: 900 }, acceptDownloads: true });
}

/** The PNG file signature. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A valid 1×1 PNG with no Trunkline design: signature, IHDR, IDAT, IEND, each with its CRC. */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // A zlib stream of one scanline: filter byte 0 and one grey pixel, stored uncompressed.
  const idat = Buffer.from([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81]);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
