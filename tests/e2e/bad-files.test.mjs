// Bad files dropped together with a good one: each gets its own message, the good one is
// analyzed, and a worker that crashes on a file costs only that file.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { dropBuilt } from './articles.mjs';
import { ARTIFACTS, amountsOf, card, samples, showFiles, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const ascii = (s) => [...Buffer.from(s, 'latin1')];
const GOOD = samples()[3];

/** Waits for the alert of a file's card to say `message`. */
async function says(page, name, message) {
  await showFiles(page);
  await card(page, name).getByRole('alert').getByText(message).waitFor();
}

test('each bad file gets a clear message while the good file still goes through', async () => {
  const { page, errors } = await app.open();
  const article = ' date 2023-06-01\nThe council pledged \u20ac5 million for the clinic, \u201cas promised,\u201d its head said.\n';
  await dropBuilt(page, [
    { name: 'empty.txt', bytes: [] },
    { name: 'photo.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] },
    { name: 'report.pdf', bytes: ascii('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n') },
    { name: 'tool', bytes: [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0] },
    { name: 'setup.exe', bytes: [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0] },
    { name: 'huge.txt', size: 50 * 1024 * 1024, fill: 0x61 },
    { name: 'broken-utf8.txt', bytes: [...ascii('Aid was '), 0xc3, 0x28, 0x01, ...ascii(' pledged.')] },
    { name: 'utf16.txt', bytes: [0xff, 0xfe, ...Buffer.from(article, 'utf16le')] },
    // Windows-1252: 0x80 is the euro sign, 0x93/0x94 curly double quotes.
    { name: 'cp1252.txt', bytes: ascii(article.replace('\u20ac', '\x80').replace('\u201c', '\x93').replace('\u201d', '\x94')) },
    { name: GOOD.name, bytes: GOOD.bytes },
  ]);

  await says(page, 'empty.txt', 'Could not read this file: the file is empty');
  await says(page, 'photo.png', 'this is a PNG image, not an article');
  await says(page, 'report.pdf', 'this is a PDF, which readout does not read; open it, select all the text');
  await says(page, 'tool', 'this is an executable program, not an article');
  await says(page, 'setup.exe', 'this is a Windows executable, not an article');
  await says(page, 'huge.txt', 'the file is 50.0 MB; readout reads files up to 16 MB');
  await says(page, 'broken-utf8.txt', 'this is not text in UTF-8, UTF-16 or Windows-1252 (unexpected byte at offset 8); save it as UTF-8');
  for (const name of ['utf16.txt', 'cp1252.txt']) {
    await showFiles(page);
    await card(page, name).getByText('Published 2023-06-01').waitFor();
    const amounts = await amountsOf(page, name);
    assert.deepEqual(await amounts.locator('.as-written').allTextContents(), ['\u20ac5 million']);
    assert.deepEqual(await amounts.locator('.normalised').allTextContents(), ['5,000,000 EUR']);
  }
  await showFiles(page);
  await card(page, GOOD.name).getByText('Published 2022-03-06').waitFor();
  await page.getByRole('status').getByText('10 files analyzed.').waitFor();
  assert.equal(await page.locator('article.file.failed').count(), 7);
  await page.screenshot({ path: join(ARTIFACTS, 'bad-files-worker.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

// The worker's script, changed so that analyzing `trap.txt` throws the error a wasm trap
// raises; everything else is the real engine, started as web/analysis-worker.js does.
const TRAPPING_WORKER = `self.onmessage = async (event) => {
  self.onmessage = null;
  const bindings = await import(event.data.glue);
  await bindings.default({ module_or_path: event.data.module });
  bindings.worker_main();
  const analyze = self.onmessage;
  self.onmessage = (event) => {
    if (event.data.name === "trap.txt") throw new WebAssembly.RuntimeError("unreachable");
    analyze(event);
  };
};`;

test('a worker crash on one file becomes its message and the batch goes on in a fresh worker', async () => {
  // No service worker: once it controls the page it answers the worker script's request
  // from its cache, past the route that swaps in the trapping script.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/analysis-worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: TRAPPING_WORKER }));
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(app.url);
  // The drop needs the page mounted (its drop target), as a person dropping would see it.
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  const good = samples();
  await dropBuilt(page, [
    { name: good[0].name, bytes: good[0].bytes },
    { name: 'trap.txt', bytes: ascii('Donors pledged $4 million.') },
    { name: good[1].name, bytes: good[1].bytes },
    { name: good[3].name, bytes: good[3].bytes },
  ]);
  await says(page, 'trap.txt', /the analysis stopped on this file \(.*unreachable\); the other files went on/);
  await showFiles(page);
  for (const [name, published] of [[good[0].name, '2022-10-11'], [good[1].name, '2022-03-02'], [good[3].name, '2022-03-06']]) {
    await card(page, name).getByText(`Published ${published}`).waitFor();
  }
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  assert.equal(workers.length, 2, 'a fresh worker took over');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an engine that cannot load gives each file a message at once', async () => {
  // No service worker, which would answer the worker's request from its cache.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  // The page is running; from now on its wasm's glue cannot be fetched, so the worker's
  // import of it fails.
  await page.route(/readout-web-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await dropBuilt(page, [{ name: 'a.txt', text: 'Donors pledged $4 million.' }, { name: 'b.txt', text: 'Leaders met in Oslo.' }]);
  await page.getByRole('status').getByText('2 files analyzed.').waitFor();
  for (const name of ['a.txt', 'b.txt']) {
    await says(page, name, /the analysis engine could not be started: .*readout-web-[0-9a-f]+\.js/);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('an engine that never says it is ready gets 30 s, then each file a message', async () => {
  // No service worker, which would serve the real worker script past the route.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A worker that takes the page's module and stays silent, as one whose load fails
  // without an error event would.
  await page.route('**/analysis-worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  await dropBuilt(page, [{ name: 'a.txt', text: 'Donors pledged $4 million.' }, { name: 'b.txt', text: 'Leaders met in Oslo.' }]);
  await page.getByRole('status').getByText('2 files analyzed.').waitFor({ timeout: 90_000 });
  for (const name of ['a.txt', 'b.txt']) {
    await says(page, name, 'the analysis engine could not be started: it did not load within 30 s');
  }
  assert.deepEqual(errors, []);
  await context.close();
});
