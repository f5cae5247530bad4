// Across articles: one person under the many names the articles give him, and aid totals
// that add only what was pledged or delivered, each amount once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, openDropped, start, textFile as article } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });


const ARTICLES = [
  article('a.txt', ' date 2023-03-06\nPresident Joe Biden spoke by phone with Olaf Scholz on Monday about energy.\n'),
  article('b.txt', ' date 2023-03-08\nJoseph R. Biden, Jr. held a phone call with Emmanuel Macron on Tuesday.\n'),
  article('c.txt', ' date 2023-03-10\nPresident Biden spoke by phone with Rishi Sunak on Thursday, the White House said.\n'),
  article('d.txt', ' date 2023-03-13\nJoe Biden spoke by phone with Justin Trudeau on Sunday.\n'),
  article('e.txt', ' date 2023-03-14\nJapan pledged 56 trillion yen ($490 billion) in economic aid to Ukraine on Monday, officials said.\n'),
  article('f.txt', ' date 2023-03-15\nThe United Nations is seeking $2.75 billion in humanitarian aid for Sudan.\n'),
  article('g.txt', ' date 2023-03-16\nRebuilding Ukraine is estimated at $411 billion in reconstruction aid, the World Bank said.\n'),
];

const open = () => openDropped(app, ARTICLES);

test('the forms of one name are one person, called by the name most articles use', async () => {
  const { page, errors, close } = await open();
  const people = await page.locator('#filter-people option').evaluateAll((o) => o.map((x) => x.value));
  assert.deepEqual(people.filter((p) => /biden/i.test(p)), ['Joe Biden'], people.join(', '));
  const label = await page.locator('#filter-people option[value="Joe Biden"]').getAttribute('label');
  assert.match(label, /^Joe Biden \(also: .*Joseph R\. Biden, Jr\..*\)$/);
  assert.match(label, /President Biden|Biden\)/);
  const sides = await page.locator('#panel-calls .body [role=row] .participants').allTextContents();
  assert.equal(sides.length, 4, sides.join('; '));
  assert.ok(sides.every((s) => s.includes('Joe Biden')), sides.join('; '));
  // The person filter takes whole words: "Bid" is no one, and the empty table says why.
  await page.getByLabel('Person').fill('Bid');
  await page.locator('#panel-calls .body [role=row]').first().waitFor({ state: 'detached' });
  await page.locator('#panel-calls').getByText('No calls in this view: none were found, or the filters hide them.').waitFor();
  await page.getByLabel('Person').fill('biden');
  assert.equal(await page.locator('#panel-calls .body [role=row]').count(), 4);
  assert.deepEqual(errors, []);
  await close();
});

test('totals add a pledge once, never its conversion, a request or an estimate', async () => {
  const { page, errors, close } = await open();
  await page.getByRole('tab', { name: /^Amounts/ }).click();
  const status = await page.locator('#panel-amounts .body [role=row] .status').allTextContents();
  assert.deepEqual([...status].sort(), ['conversion', 'other', 'pledged', 'requested']);
  await page.getByRole('tab', { name: /^Aid totals/ }).click();
  const tables = page.locator('#panel-totals table');
  await tables.first().waitFor();
  assert.deepEqual(await tables.evaluateAll((t) => t.map((x) => x.dataset.currency)), ['JPY']);
  const row = tables.first().locator('tbody tr');
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /Japan\s+economic\s+¥56T\s+1/);
  assert.equal(await row.locator('td.num').first().getAttribute('title'), '56,000,000,000,000 JPY');
  // The donor opens to the amounts added up, each a link to its evidence.
  await row.locator('summary').click();
  const added = row.locator('.total-rows li button');
  assert.equal(await added.count(), 1);
  assert.match(await added.innerText(), /56 trillion yen · Japan · pledged · e\.txt/);
  await added.click();
  await page.getByRole('dialog').locator('.evidence mark').first().waitFor();
  await page.keyboard.press('Escape');
  // And to the donor's page.
  await row.getByRole('button', { name: 'Japan', exact: true }).click();
  assert.equal(await page.locator('#person-heading').textContent(), 'Japan');
  assert.match(await page.locator('.person-counts').textContent(), /1 amount/);
  assert.deepEqual(errors, []);
  await close();
});

test('a page saved complete is read, and its _files folder passed over without a message', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  const html = '<html><head><title>Aid talks | The Daily</title><script src="Aid_files/app.js"></script></head>'
    + '<body><article><h1>Aid talks</h1><p>Norway pledged $20 million in humanitarian aid on Monday, the minister said.</p></article></body></html>';
  await dropFiles(page, [
    article('saved/Aid.html', html),
    article('saved/Aid_files/app.js', 'window.x = 1;'),
    article('saved/Aid_files/style.css', 'body { color: red }'),
    { name: 'saved/Aid_files/logo.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  ]);
  await page.getByRole('status').getByText('1 file analyzed.', { exact: true }).waitFor();
  assert.equal(await page.locator('[data-count=failures] strong').innerText(), '0');
  await context.close();
});

test('the view lives in the address: a reload or a shared link opens the same tab, filters, sort and article', async () => {
  const { page, errors, close } = await open();
  await page.getByRole('tab', { name: /^Amounts/ }).click();
  await page.getByLabel('Person').fill('Japan');
  await page.locator('#panel-amounts').getByRole('columnheader', { name: 'Value' }).getByRole('button').click();
  await page.waitForFunction(() => location.hash.includes('sort-amounts=value'));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /tab=amounts/);
  assert.match(hash, /person=Japan/);
  // The same link in a fresh tab of this browser (its stored results come back).
  const again = await page.context().newPage();
  await again.goto(app.url + hash);
  await again.locator('#panel-amounts .body [role=row]').first().waitFor();
  assert.equal(await again.getByRole('tab', { name: /^Amounts/ }).getAttribute('aria-selected'), 'true');
  assert.equal(await again.getByLabel('Person').inputValue(), 'Japan');
  assert.equal(await again.locator('#panel-amounts').getByRole('columnheader', { name: 'Value' }).getAttribute('aria-sort'), 'ascending');
  // An open article is in the address too.
  await again.locator('#panel-amounts .body [role=row]').first().click();
  await again.getByRole('dialog').waitFor();
  await again.waitForFunction(() => location.hash.includes('open='));
  const withArticle = await again.evaluate(() => location.hash);
  const third = await page.context().newPage();
  await third.goto(app.url + withArticle);
  await third.getByRole('dialog').locator('.evidence').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('the keyboard focus ring of a hidden file input is drawn on its own button', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  const outline = (text) => page.locator('label.button', { hasText: text }).evaluate((el) => getComputedStyle(el).outlineStyle);
  await page.focus('#file-input');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // a keyboard focus, so :focus-visible holds
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file-input');
  assert.equal(await outline('Choose files'), 'solid');
  assert.equal(await outline('Choose a folder'), 'none');
  await context.close();
});

test('on a phone the filters fold behind Search, so the first results show without scrolling', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await page.locator('[data-count=files] strong').getByText('4', { exact: true }).waitFor();
  assert.ok(await page.getByLabel('Search').isVisible());
  assert.ok(await page.getByLabel('Person').isHidden());
  const firstRow = page.locator('#panel-calls .body [role=row]').first();
  const box = await firstRow.boundingBox();
  assert.ok(box.y + box.height <= 844 * 1.5, `the first row starts at ${box.y}px`);
  const more = page.getByRole('button', { name: 'More filters' });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.click();
  assert.ok(await page.getByLabel('Person').isVisible());
  assert.equal(await page.getByRole('button', { name: 'Fewer filters' }).getAttribute('aria-expanded'), 'true');
  await context.close();
  // On a desktop every filter shows and there is nothing to unfold.
  const wide = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const desk = await wide.newPage();
  await desk.goto(app.url);
  await desk.getByRole('button', { name: 'Try the sample articles' }).click();
  await desk.locator('[data-count=files] strong').getByText('4', { exact: true }).waitFor();
  assert.ok(await desk.getByLabel('Person').isVisible());
  assert.ok(await desk.getByRole('button', { name: 'More filters' }).isHidden());
  await wide.close();
});
