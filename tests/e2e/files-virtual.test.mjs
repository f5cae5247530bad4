// The Files view with many files: only the cards in sight (and a few around them) are in
// the page, the list still says how long it is, and scrolling brings the others in; a
// table row merged from hundreds of files shows a few sources and brings in the rest.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { articles, dropBuilt } from './articles.mjs';
import { ARTIFACTS, card, showFiles, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const COUNT = 2000;
/** Far fewer than the files: a few rows of cards in sight, and the overscan around them. */
const AT_MOST = 100;

test('2,000 files: the Files view renders only the cards in sight, and scrolls to the last', async () => {
  const { page, errors } = await app.open();
  await dropBuilt(page, articles(COUNT));
  await page.getByRole('status').getByText('2,000 files analyzed.').waitFor({ timeout: 300_000 });
  await showFiles(page);

  const list = page.getByRole('list', { name: 'Files' });
  const first = card(page, 'batch/article-0000.txt');
  await first.getByRole('button', { name: 'Show its rows (batch/article-0000.txt)' }).waitFor();
  const rendered = await list.locator('article.file').count();
  assert.ok(rendered > 0 && rendered <= AT_MOST, `${rendered} cards in the page`);
  assert.equal(await list.locator('li').first().getAttribute('aria-setsize'), String(COUNT));
  assert.equal(await list.locator('li').first().getAttribute('aria-posinset'), '1');
  await page.screenshot({ path: join(ARTIFACTS, 'files-many.png') });

  // Scrolled to the end: the last file is there, the first is gone, and still few cards.
  await page.locator('.files-scroll').evaluate((box) => { box.scrollTop = box.scrollHeight; });
  const last = card(page, 'batch/article-1999.txt');
  await last.locator('.published').waitFor();
  assert.equal(await last.locator('xpath=..').getAttribute('aria-posinset'), String(COUNT));
  assert.equal(await first.count(), 0);
  const after = await list.locator('article.file').count();
  assert.ok(after > 0 && after <= AT_MOST, `${after} cards in the page after scrolling`);
  assert.ok(await last.isVisible(), 'the last card is in sight');

  // A call merged from hundreds of these files shows its first 20 sources and a button
  // for the rest, which brings them all in.
  await page.getByRole('tab', { name: /^Calls/ }).click();
  const more = page.locator('#panel-calls .sources').getByRole('button', { name: /^[\d,]+ more sources$/ }).first();
  await more.waitFor();
  const index = await more.locator('xpath=ancestor::*[@role="row"]').getAttribute('aria-rowindex');
  const cell = page.locator(`#panel-calls [role=row][aria-rowindex="${index}"] .sources`);
  const rest = Number((await more.textContent()).match(/[\d,]+/)[0].replace(/,/g, ''));
  const sources = cell.getByRole('button', { name: /: open at the evidence$/ });
  assert.equal(await sources.count(), 20);
  // By keyboard: the button hides itself, and focus moves to the first source it brought in.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.sources button.source:nth-of-type(21)'));
  assert.equal(await sources.count(), 20 + rest);
  assert.equal(await cell.getByRole('button', { name: /more sources$/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
