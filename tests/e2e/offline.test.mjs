// Offline, any static host, private: the release build in dist/, published under a
// sub-path, keeps working without the network, updates whole, and sends nothing anywhere,
// not even for a hostile HTML file dropped on it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { precache } from '../../scripts/precache.mjs';
import { serve } from '../serve.mjs';
import { chromium } from 'playwright-core';
import { ARTIFACTS, CHROMIUM_ARGS, ROOT, SUB_PATH, amountsOf, card, dropFiles, ready, samples, showFiles, start, watch } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/** Waits until the service worker has installed this build and controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** The names of the page's caches. */
function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** Drops the samples and waits for their cards; checks the 6 March 2022 article's amounts. */
async function analyzeSamples(page) {
  await dropFiles(page, samples());
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await showFiles(page);
  await card(page, '003_9af9b8adf236328a.txt').getByText('Published 2022-03-06').waitFor();
  const amounts = (await amountsOf(page, '003_9af9b8adf236328a.txt')).locator('.normalised');
  assert.deepEqual(await amounts.allTextContents(), ['10,000,000,000 USD', '350,000,000 USD', '2,750,000,000 USD']);
}

test('served from the root of a host, the same dist/ works too', async () => {
  const root = await start({ prefix: '/' });
  try {
    const { page, errors } = await root.open();
    assert.equal(new URL(page.url()).pathname, '/');
    await analyzeSamples(page);
    await controlled(page);
    assert.deepEqual(errors, []);
  } finally {
    await root.close();
  }
});

test('Chromium finds the page installable as an app', async () => {
  // Not in an incognito context, where nothing is installable: a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'readout-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await context.newPage();
    const errors = await watch(page);
    await page.goto(app.url);
    await ready(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${app.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, []);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('after the first load, the page reloads and analyzes files with the server gone', async () => {
  const server = await serve(join(ROOT, 'dist'), 0, SUB_PATH);
  const url = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    const errors = await watch(page);
    await page.goto(url);
    await ready(page);
    await controlled(page);
    // Every file of the build is cached (the worker's too, before any file was dropped).
    const cached = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    });
    const built = readdirSync(join(ROOT, 'dist')).filter((f) => f !== 'sw.js').map((f) => url + f);
    assert.deepEqual(cached, [url, ...built].sort());
    assert.ok(built.some((f) => f.endsWith('/analysis-worker.js')));
    // Gone for good: the server stops and the browser is offline.
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    await context.setOffline(true);
    const fetched = [];
    const failed = [];
    page.on('requestfinished', async (r) => fetched.push([r.url(), (await r.response())?.fromServiceWorker()]));
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload();
    await ready(page);
    await analyzeSamples(page);
    await page.getByRole('button', { name: 'Try the sample articles' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'offline.png'), fullPage: true });
    assert.deepEqual(failed, []);
    assert.ok(fetched.length > 0);
    for (const [requested, fromWorker] of fetched) assert.ok(fromWorker, `${requested} was not answered from the cache`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('a new build installs into a new cache, is offered, and replaces the old one whole', async () => {
  // The next build: the same files with a changed page, and so a changed sw.js.
  const next = mkdtempSync(join(tmpdir(), 'readout-next-build-'));
  cpSync(join(ROOT, 'dist'), next, { recursive: true });
  const html = readFileSync(join(next, 'index.html'), 'utf8');
  writeFileSync(join(next, 'index.html'), html.replace('<title>readout:', '<title>readout (next build):'));
  const { digest } = precache(next);
  const context = await app.browser.newContext();
  try {
    const { page, errors } = await app.open(context);
    await controlled(page);
    const [first] = await cacheNames(page);
    assert.equal((await cacheNames(page)).length, 1);
    assert.ok(!first.endsWith(digest));

    app.server.dir = next;
    await page.reload();
    await ready(page);
    const update = page.getByRole('button', { name: 'Update and reload' });
    await update.waitFor();
    await page.getByRole('status').getByText('An update of readout is ready.').waitFor();
    // Until the person says so, the page is the old build, whole, and both caches are kept.
    assert.match(await page.title(), /^readout: /);
    assert.deepEqual((await cacheNames(page)).sort(), [first, first.replace(/\S+$/, digest)].sort());
    await page.screenshot({ path: join(ARTIFACTS, 'update-ready.png') });

    await Promise.all([page.waitForEvent('load'), update.click()]);
    await ready(page);
    assert.match(await page.title(), /^readout \(next build\): /);
    await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), first);
    assert.ok((await cacheNames(page))[0].endsWith(digest));
    await analyzeSamples(page);
    assert.equal(await update.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    app.server.dir = join(ROOT, 'dist');
    await context.close();
    rmSync(next, { recursive: true, force: true });
  }
});

test('dropped files, a hostile one too, cause no request at all and run nothing', async () => {
  // A second loopback server the hostile file points at: it must never hear from the page.
  const other = await serve(mkdtempSync(join(tmpdir(), 'readout-other-')));
  const elsewhere = `http://127.0.0.1:${other.address().port}`;
  const hostile = `<!DOCTYPE html><html><head><title>Hostile page</title>
<script>window.hostileRan = true; fetch('${elsewhere}/script');</script>
<link rel="stylesheet" href="${elsewhere}/style.css">
<meta http-equiv="refresh" content="0; url=${elsewhere}/refresh">
</head><body onload="window.hostileRan = true">
<p>Donors pledged $5 million in aid on Monday, officials said.</p>
<img src="${elsewhere}/pixel.png" onerror="window.hostileRan = true">
<iframe src="${elsewhere}/frame"></iframe>
<svg onload="window.hostileRan = true"><image href="${elsewhere}/svg.png"/></svg>
<a href="javascript:window.hostileRan = true">read more</a>
<object data="${elsewhere}/object"></object>
<video src="${elsewhere}/video.mp4" autoplay></video>
<form action="${elsewhere}/form"><input autofocus onfocus="window.hostileRan = true"></form>
</body></html>`;
  const context = await app.browser.newContext();
  try {
    const { page, errors } = await app.open(context);
    await controlled(page);
    const origin = new URL(app.url).origin;
    const seen = [];
    context.on('request', (r) => seen.push(r));
    app.server.requests.length = 0;

    // A file name is markup too, for a page that would render it as HTML.
    const name = '<img src=x onerror="window.hostileRan = true">.txt';
    await dropFiles(page, [
      ...samples(),
      { name: 'hostile.html', bytes: [...Buffer.from(hostile)] },
      { name, bytes: [...Buffer.from('Officials said on Tuesday that the talks would resume.')] },
    ]);
    await page.getByRole('status').getByText('6 files analyzed.').waitFor();
    await showFiles(page);
    await card(page, 'hostile.html').getByText('Hostile page').waitFor();
    await page.locator('article.file').getByText(name, { exact: true }).waitFor();
    const amount = (await amountsOf(page, 'hostile.html')).locator('.normalised');
    assert.deepEqual(await amount.allTextContents(), ['5,000,000 USD']);
    // Whatever the page shows, everything in it can be clicked without effect.
    for (const link of await page.locator('a[href]').all()) {
      assert.doesNotMatch(await link.getAttribute('href'), /^\s*javascript:/i);
    }
    await amount.first().click();
    await page.screenshot({ path: join(ARTIFACTS, 'hostile.png'), fullPage: true });

    assert.equal(await page.evaluate(() => window.hostileRan), undefined);
    assert.equal(await page.locator('iframe, object, video, img[src^="http"]').count(), 0);
    assert.deepEqual(other.requests, []);
    // Nothing reached any server, and whatever the page asked for, its own worker answered.
    assert.deepEqual(app.server.requests, []);
    for (const request of seen) {
      assert.equal(new URL(request.url()).origin, origin, `${request.url()} left the page's origin`);
      if (!request.serviceWorker()) assert.ok((await request.response())?.fromServiceWorker(), `${request.url()} reached the network`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    other.close();
  }
});
