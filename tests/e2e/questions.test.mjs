// The questions the page exists for, asked of the 98 dev articles (tests/corpus/dev and
// dev2) as a researcher would ask them, each answered in a few actions. The screenshots
// (tests/artifacts/question-*.png) show the answers; the console lists them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, ROOT, dropFiles, start } from './browser.mjs';

let app;
let page;
let context;
const errors = [];
before(async () => {
  app = await start();
  context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  const files = ['dev', 'dev2'].flatMap((corpus) => {
    const dir = join(ROOT, 'tests', 'corpus', corpus);
    return readdirSync(dir)
      .filter((name) => /\.(txt|html)$/.test(name))
      .map((name) => ({ name, bytes: [...readFileSync(join(dir, name))] }));
  });
  assert.equal(files.length, 98);
  await dropFiles(page, files);
  await page.locator('[data-count=files] strong').getByText('98', { exact: true }).waitFor();
});
after(async () => {
  assert.deepEqual(errors, []);
  await context?.close();
  await app?.close();
});

test('how much aid did the US give, by category? One click: Aid totals', async () => {
  await page.getByRole('tab', { name: /^Aid totals/ }).click(); // 1
  const usd = page.locator('#panel-totals table[data-currency=USD]');
  await usd.waitFor();
  const donors = await usd.locator('tbody tr th').allInnerTexts();
  // The country once, never its organs or leaders as donors of their own.
  for (const organ of ['US', 'U.S.', 'Washington', 'American', 'Biden', 'Kamala Harris', 'the United States']) {
    assert.ok(!donors.some((d) => d.trim() === organ), `${organ} is a donor of its own: ${donors.join(', ')}`);
  }
  const us = await usd.locator('tbody tr').evaluateAll((rows) => rows
    .filter((r) => r.querySelector('th').innerText.trim() === 'United States')
    .map((r) => r.innerText.replace(/\s+/g, ' ')));
  assert.ok(us.length > 0, donors.join(', '));
  console.log('US aid by category (USD):\n ' + us.join('\n '));
  await page.screenshot({ path: join(ARTIFACTS, 'question-1-us-aid.png'), fullPage: true });
});

test('who did Joe Biden call, and when? Two actions: his name in Person, then on it', async () => {
  await page.getByRole('tab', { name: /^Calls/ }).click();
  await page.getByLabel('Person').fill('Biden'); // 1
  await page.locator('#panel-calls .body button.person', { hasText: /Biden$/ }).first().click(); // 2
  const person = page.locator('.person-page');
  // One person under the name most of these articles use, the other forms listed.
  await person.getByRole('heading', { name: /Biden/, level: 2 }).waitFor();
  assert.match(await person.locator('.also').innerText(), /Joe Biden/);
  const rows = await person.locator('.calls .body [role=row]').evaluateAll((rs) =>
    rs.map((r) => `${r.querySelector('.date').textContent} ${r.querySelector('.participants').textContent}`));
  assert.ok(rows.length >= 5, rows.join('\n'));
  assert.ok(rows.every((r) => r.includes('Biden')), rows.join('\n'));
  console.log(`${await person.locator('.person-counts').innerText()}; ${await person.locator('.also').innerText()}\n ${rows.join('\n ')}`);
  await page.screenshot({ path: join(ARTIFACTS, 'question-2-biden.png'), fullPage: true });
  await person.getByRole('button', { name: /Back/ }).click();
  await page.getByLabel('Person').fill('');
});

test('which articles speak of sanctions? Two actions: the word in Search, then Files', async () => {
  await page.getByLabel('Search').fill('sanctions'); // 1
  await page.getByRole('tab', { name: /^Files/ }).click(); // 2
  const cards = page.locator('#panel-files article.file');
  await cards.first().waitFor();
  const files = await cards.evaluateAll((c) => c.map((x) => x.dataset.file));
  const hits = await page.locator('#panel-files .snippet mark.hit').count();
  assert.ok(files.length >= 2 && hits >= files.length, `${files.length} files, ${hits} hits`);
  console.log(`sanctions: ${await page.getByRole('tab', { name: /^Files/ }).innerText()} (in sight: ${files.join(', ')})`);
  await page.screenshot({ path: join(ARTIFACTS, 'question-3-sanctions.png'), fullPage: true });
});
