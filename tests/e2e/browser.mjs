// Shared set-up for the end-to-end tests: the release build in dist/, served on loopback,
// driven by playwright-core in Debian's Chromium (never a downloaded browser).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Where the tests publish dist/: a sub-path, as on GitHub Pages, so every URL must be relative. */
export const SUB_PATH = '/some/sub/path/';

/**
 * Serves `dir` (dist/) under `prefix` and launches Chromium; `close()` stops both.
 * `server.requests` lists every path the server was asked for.
 */
export async function start({ prefix = SUB_PATH, dir = join(ROOT, 'dist') } = {}) {
  const server = await serve(dir, 0, prefix);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    browser,
    server,
    /**
     * A fresh page (in `context`, else a new one) with the app loaded. Page errors, console
     * errors and Content-Security-Policy violations land in `errors`, which tests check.
     */
    async open(context) {
      const page = context ? await context.newPage() : await browser.newPage();
      const errors = await watch(page);
      await page.goto(url);
      await ready(page);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Collects a page's errors, console errors and CSP violations (also after reloads). */
export async function watch(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  return errors;
}

/** Waits until the app has started. */
export async function ready(page) {
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
}

/** The four sample articles as { name, bytes } (bytes as an array of numbers, for the page). */
export function samples() {
  const dir = join(ROOT, 'examples');
  return ['000_d240abb3a1287382.txt', '001_58b2ec0da89f2029.txt', '002_7d3131608ab47473.txt', '003_9af9b8adf236328a.txt']
    .map((name) => ({ name, path: join(dir, name), bytes: [...readFileSync(join(dir, name))] }));
}

/** Drops files on the page with a real DataTransfer `drop` event, as a person dragging them would. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of files) transfer.items.add(new File([new Uint8Array(bytes)], name));
    const target = document.querySelector('.page');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** The card shown for a file. */
export function card(page, name) {
  return page.locator(`article.file[data-file="${name}"]`);
}

/**
 * How many files the page holds, as its counts say (0 when it shows none). The Files view
 * renders only the cards in sight, so counting cards says how many fit, not how many there are.
 */
export async function fileCount(page) {
  const files = page.locator('[data-count=files] strong');
  if ((await files.count()) === 0) return 0;
  return Number((await files.textContent()).replace(/,/g, ''));
}

/** Shows the workbench's Files view, where each file has its card (those in sight rendered). */
export async function showFiles(page) {
  await page.getByRole('tab', { name: /^Files/ }).click();
}

/** The amounts table's rows for one file, chosen with the File filter (shows the Amounts view). */
export async function amountsOf(page, name) {
  await page.getByLabel('File', { exact: true }).selectOption(name);
  await page.getByRole('tab', { name: /^Amounts/ }).click();
  return page.locator('#panel-amounts .body [role=row]');
}

/** A text file as `dropFiles` takes it. */
export const textFile = (name, text) => ({ name, bytes: [...new TextEncoder().encode(text)] });

/**
 * A page of its own (a new context, 1280 × 900 unless `options` say otherwise) with `files`
 * dropped on it, once the counts show `documents` files; page errors are collected.
 */
export async function openDropped(app, files, { documents = files.length, ...options } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await ready(page);
  await dropFiles(page, files);
  await page.locator('[data-count=files] strong').getByText(String(documents), { exact: true }).waitFor();
  return { page, errors, context, close: () => context.close() };
}
