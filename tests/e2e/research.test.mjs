// What a researcher does across articles: searches the full text (hits marked in rows,
// snippets and the article), opens a person's page from any name and comes back, and
// saves the workbench as JSON to open it again later.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { dropFiles, openDropped, start, textFile as article } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });


// "sanctions" and "stimulus" are in sentences nothing is extracted from.
const ARTICLES = [
  article('a.txt', 'Leaders weigh energy deal\n date 2023-03-06\nPresident Joe Biden spoke by phone with Olaf Scholz on Monday about energy.\nMarkets fell as new sanctions loomed over the region.\n'),
  article('b.txt', ' date 2023-03-08\nJoseph R. Biden, Jr. held a phone call with Emmanuel Macron on Tuesday.\n"We stand together," Macron said.\n'),
  article('c.txt', ' date 2023-03-10\nPresident Joe Biden spoke by phone with Rishi Sunak on Thursday, the White House said.\nThe Senate debated a stimulus bill and fresh Sanctions the same week.\nRishi Sunak spoke to reporters later. "It was a good call," he said.\n'),
  article('d.txt', ' date 2023-03-14\nThe United States pledged $2 billion in military aid to Ukraine on Monday, officials said.\n'),
];

const open = (files = ARTICLES, documents = files.length) => openDropped(app, files, { documents, acceptDownloads: true });

const counts = (page) => page.locator('.counts li').allInnerTexts();

test('search finds words anywhere in the articles, with snippets and marked hits', async () => {
  const { page, errors, context } = await open();
  await page.getByLabel('Search').fill('SANCTIONS');
  // No row mentions sanctions, but two articles do: the Files tab says so.
  await page.getByRole('tab', { name: /^Files\s+2$/ }).click();
  const cards = page.locator('#panel-files article.file');
  await cards.first().waitFor();
  assert.deepEqual(await cards.evaluateAll((c) => c.map((x) => x.dataset.file)), ['a.txt', 'c.txt']);
  assert.deepEqual(await page.locator('#panel-files .snippet mark.hit').allTextContents(), ['sanctions', 'Sanctions']);
  // A new search that finds the same files marks its own words.
  await page.getByLabel('Search').fill('sanction');
  await page.waitForFunction(() => [...document.querySelectorAll('#panel-files .snippet mark.hit')]
    .map((m) => m.textContent).join() === 'sanction,Sanction');
  await page.getByLabel('Search').fill('sanctions');
  await page.waitForFunction(() => [...document.querySelectorAll('#panel-files .snippet mark.hit')]
    .map((m) => m.textContent).join() === 'sanctions,Sanctions');
  // A card opens its article at the first hit, marked.
  await cards.first().getByRole('button', { name: /Open the article/ }).click();
  const dialog = page.getByRole('dialog');
  assert.deepEqual(await dialog.locator('mark.hit').allTextContents(), ['sanctions']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Hits are marked in the rows too; and a search nothing mentions says so.
  await page.getByLabel('Search').fill('energy');
  await page.getByRole('tab', { name: /^Calls/ }).click();
  assert.deepEqual(await page.locator('#panel-calls .body mark.hit').allTextContents(), ['energy']);
  await page.getByLabel('Search').fill('zebra');
  await page.getByRole('tab', { name: /^Files/ }).click();
  await page.locator('#panel-files').getByText('No file mentions every word of the search.').waitFor();
  // Files dropped while a search stands are searched too, a file dropped again by its new text.
  await dropFiles(page, [
    article('b.txt', ' date 2023-03-08\nA zebra crossed the road on Tuesday.\n'),
    article('e.txt', ' date 2023-03-09\nThe zebra was seen again.\n'),
  ]);
  await page.getByRole('tab', { name: /^Files\s+2$/ }).waitFor();
  assert.deepEqual(await cards.evaluateAll((c) => c.map((x) => x.dataset.file)), ['b.txt', 'e.txt']);
  await page.getByLabel('Search').fill('macron');
  await page.locator('#panel-files').getByText('No file mentions every word of the search.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a speaker read through a pronoun is marked as such', async () => {
  const { page, errors, context } = await open();
  await page.getByRole('tab', { name: /^Quotes/ }).click();
  const speakers = await page.locator('#panel-quotes .body .speaker').allInnerTexts();
  assert.deepEqual(speakers.map((s) => s.trim()).sort(), ['Emmanuel Macron', 'Rishi Sunak (“he”)']);
  const via = page.locator('#panel-quotes .body .speaker .via');
  assert.match(await via.getAttribute('title'), /^Attributed through the pronoun “he”/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every name opens its person page, and Back returns to the view it came from', async () => {
  const { page, errors, context } = await open();
  await page.locator('#panel-calls .body button.person', { hasText: 'Joe Biden' }).first().click();
  const person = page.locator('.person-page');
  await person.getByRole('heading', { name: 'Joe Biden', level: 2 }).waitFor();
  assert.match(await person.locator('.also').innerText(), /Joseph R\. Biden, Jr\./);
  assert.equal(await person.locator('.person-counts').innerText(), '3 calls · 0 quotes · 0 amounts');
  const calls = await person.locator('.calls .body .participants').allInnerTexts();
  assert.equal(calls.length, 3, calls.join(' | '));
  assert.ok(calls.every((c) => /Joe Biden/.test(c)) && calls.some((c) => /Olaf Scholz/.test(c)), calls.join(' | '));
  assert.ok(await person.locator('svg').count() > 0, 'a small timeline');
  assert.match(page.url(), /who=Joe\+Biden/);
  // Another name on the page opens its page; Back twice returns to the calls table.
  await person.getByRole('button', { name: 'Emmanuel Macron', exact: true }).click();
  await person.getByRole('heading', { name: 'Emmanuel Macron' }).waitFor();
  assert.equal(await person.locator('.person-counts').innerText(), '1 call · 1 quote · 0 amounts');
  await page.goBack();
  await person.getByRole('heading', { name: 'Joe Biden' }).waitFor();
  await person.getByRole('button', { name: /Back/ }).click();
  await page.locator('.person-page').waitFor({ state: 'detached' });
  await page.locator('#panel-calls .body [role=row]').first().waitFor();
  assert.doesNotMatch(page.url(), /who=/);
  // A country's page holds the money its government gave.
  await page.getByRole('tab', { name: /^Amounts/ }).click();
  await page.locator('#panel-amounts .body button.person', { hasText: 'United States' }).click();
  assert.equal(await person.locator('.person-counts').innerText(), '0 calls · 0 quotes · 1 amount');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the JSON export opens again as the same workbench, articles and all', async () => {
  const first = await open();
  const before = await counts(first.page);
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const saved = readFileSync(await download.path());
  await first.context.close();
  // One dropped file, four documents again.
  const again = await open([{ name: 'readout.json', bytes: [...saved] }], ARTICLES.length);
  assert.deepEqual(await counts(again.page), before);
  await again.page.locator('#panel-calls .body [role=row]').first().click();
  await again.page.getByRole('dialog').locator('.evidence mark').first().waitFor();
  assert.deepEqual(again.errors, []);
  await again.context.close();
});
