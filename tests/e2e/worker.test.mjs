// The analysis pipeline: a Web Worker does the extraction, a progress bar counts files,
// Cancel stops a batch, the analyzed set survives a reload and Clear removes it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { articles, dropBuilt, progressBar, storedCount } from './articles.mjs';
import { ARTIFACTS, ROOT, amountsOf, card, fileCount, showFiles, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

/** Waits (a bounded number of times) until `check` holds; says what it last saw if never. */
async function eventually(check, what) {
  let last;
  for (let i = 0; i < 200; i += 1) {
    last = await check();
    if (last === true) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`${what}: last saw ${last}`);
}

/** Records every value/max the progress bar takes, from before the drop to the end. */
async function watchProgress(page) {
  await page.evaluate(() => {
    window.seenProgress = [];
    new MutationObserver(() => {
      const bar = document.getElementById('analysis-progress');
      if (bar) window.seenProgress.push([Number(bar.getAttribute('value')), Number(bar.getAttribute('max'))]);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
  });
}

test('1,000 articles go through the worker while the progress bar counts to the total', async () => {
  const { page, errors } = await app.open();
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await watchProgress(page);
  await dropBuilt(page, articles(1000));

  await page.waitForFunction(() => Number(document.getElementById('analysis-progress')?.getAttribute('value')) >= 100);
  assert.equal(await progressBar(page).getAttribute('max'), '1000');
  await page.screenshot({ path: join(ARTIFACTS, 'worker-progress.png') });

  await page.getByRole('status').getByText('1,000 files analyzed.').waitFor({ timeout: 180_000 });
  assert.ok(await progressBar(page).isHidden(), 'the bar goes away when the batch is done');
  const seen = await page.evaluate(() => window.seenProgress);
  assert.deepEqual(seen.at(-1), [1000, 1000]);
  assert.ok(seen.some(([value]) => value > 0 && value < 1000), `no value between 0 and 1000 in ${JSON.stringify(seen)}`);
  for (let i = 1; i < seen.length; i += 1) assert.ok(seen[i][0] >= seen[i - 1][0], `progress went back: ${JSON.stringify(seen)}`);
  // A sample under a new name, and one of the short articles, with their records.
  await showFiles(page);
  await card(page, 'batch/article-0015.txt').getByText('Published 2022-03-06').waitFor();
  await card(page, 'batch/article-0001.txt').getByText('Published 2023-02-02').waitFor();

  // Beside the page, wherever it is published (the tests publish under a sub-path).
  assert.deepEqual(workers, [new URL('analysis-worker.js', app.url).href]);
  await eventually(async () => (await storedCount(page)) === 1000 || (await storedCount(page)), 'all 1,000 stored');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Cancel stops the batch at once and keeps the files already analyzed', async () => {
  const { page, errors } = await app.open();
  const workers = [];
  const closed = [];
  page.on('worker', (w) => {
    workers.push(w);
    w.on('close', () => closed.push(w));
  });
  await dropBuilt(page, articles(1000));
  await page.waitForFunction(() => Number(document.getElementById('analysis-progress')?.getAttribute('value')) >= 20);
  await page.getByRole('button', { name: 'Cancel' }).click();

  const status = page.getByRole('status');
  await status.getByText(/^Cancelled: [\d,]+ of 1,000 files analyzed, the rest left out\.$/).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'worker-cancelled.png') });
  const done = Number((await status.textContent()).match(/Cancelled: ([\d,]+)/)[1].replace(/,/g, ''));
  assert.ok(done >= 20 && done < 1000, `cancelled after ${done}`);
  assert.ok(await progressBar(page).isHidden());
  await eventually(() => closed.length === 1 || closed.length, 'the worker is ended');
  assert.equal(await fileCount(page), done);
  await eventually(async () => (await storedCount(page)) === done || (await storedCount(page)), `${done} stored`);

  // A fresh worker takes the next file; nothing of the cancelled batch comes back.
  await dropBuilt(page, [{ name: 'after-cancel.txt', text: ' date 2024-01-05\nThe fund pledged $7 million for schools.' }]);
  await showFiles(page);
  await card(page, 'after-cancel.txt').getByText('Published 2024-01-05').waitFor();
  await status.getByText(`${(done + 1).toLocaleString('en-US')} files analyzed.`).waitFor();
  assert.equal(workers.length, 2);
  assert.equal(await fileCount(page), done + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the analyzed set survives a reload, and Clear empties the page and the storage', async () => {
  const { page, errors } = await app.open();
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await eventually(async () => (await storedCount(page)) === 4 || (await storedCount(page)), '4 stored');

  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.reload();
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await showFiles(page);
  await card(page, '003_9af9b8adf236328a.txt').getByText('Published 2022-03-06').waitFor();
  assert.deepEqual(
    await (await amountsOf(page, '003_9af9b8adf236328a.txt')).locator('.normalised').allTextContents(),
    ['10,000,000,000 USD', '350,000,000 USD', '2,750,000,000 USD'],
  );
  assert.equal(workers.length, 0, 'restoring needs no analysis');

  // Clear asks first: declined, nothing goes.
  const clear = page.getByRole('button', { name: 'Clear', exact: true });
  page.once('dialog', (d) => { assert.equal(d.message(), 'Clear all 4 results? You can undo this.'); d.dismiss(); });
  await clear.click();
  assert.equal(await fileCount(page), 4);
  // Accepted, everything goes, and Undo brings it back, stored again.
  page.once('dialog', (d) => d.accept());
  await clear.click();
  assert.equal(await fileCount(page), 0);
  await page.getByRole('button', { name: 'Undo clear' }).click();
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await eventually(async () => (await storedCount(page)) === 4 || (await storedCount(page)), '4 stored again');
  assert.ok(await page.getByRole('button', { name: 'Undo clear' }).isHidden());

  page.once('dialog', (d) => d.accept());
  await clear.click();
  assert.equal(await fileCount(page), 0);
  assert.equal(await page.getByRole('status').textContent(), '');
  await eventually(async () => (await storedCount(page)) === 0 || (await storedCount(page)), 'nothing stored');

  await page.reload();
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  assert.equal(await storedCount(page), 0);
  await dropBuilt(page, [{ name: 'fresh.txt', text: ' date 2024-02-01\nDonors pledged $3 million.' }]);
  await page.getByRole('status').getByText('1 file analyzed.').waitFor();
  assert.equal(await fileCount(page), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without storage the page still analyzes, and says results will not be kept', async () => {
  const page = await app.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };
  });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await page.getByRole('alert').getByText(/Results cannot be kept in this browser.*denied permission/).waitFor();
  await showFiles(page);
  await card(page, '003_9af9b8adf236328a.txt').getByText('Published 2022-03-06').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('one wasm serves page and worker, and the extraction runs in the worker thread', async () => {
  const wasms = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasms.length, 1, JSON.stringify(wasms));
  const { page, errors } = await app.open();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await dropBuilt(page, articles(3));
  await page.getByRole('status').getByText('3 files analyzed.').waitFor();
  assert.equal(workers.length, 1);
  // The worker runs the page's wasm, with the extraction's exported entry point, and no
  // window: the page's app is not mounted there.
  assert.deepEqual(await workers[0].evaluate(() => [typeof self.window, typeof self.onmessage, typeof self.document]), ['undefined', 'function', 'undefined']);
  // It got the module the page compiled: the wasm is fetched once, by the page; the
  // worker fetches only the glue.
  const fetched = async (where) => (await where.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
  assert.deepEqual((await fetched(page)).filter((u) => u.endsWith('.wasm')), [new URL(wasms[0], app.url).href]);
  const glue = wasms[0].replace(/_bg\.wasm$/, '.js');
  assert.deepEqual((await fetched(workers[0])).filter((u) => /\.(wasm|js)$/.test(u)), [new URL(glue, app.url).href]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Clear in the middle of a batch stops it and leaves nothing behind, after a reload too', async () => {
  const { page, errors } = await app.open();
  await dropBuilt(page, articles(600));
  await page.waitForFunction(() => Number(document.getElementById('analysis-progress')?.getAttribute('value')) >= 20);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  assert.equal(await fileCount(page), 0);
  assert.ok(await progressBar(page).isHidden());
  assert.equal(await page.getByRole('status').textContent(), '');
  await eventually(async () => (await storedCount(page)) === 0 || (await storedCount(page)), 'nothing stored');
  await page.reload();
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  assert.equal(await storedCount(page), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
