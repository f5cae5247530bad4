// The analyst's workbench: rows merged across articles, sorting, filters, export, the
// clipboard, virtual tables, accessibility (axe-core) and screenshots of every view.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, dropFiles, samples, start } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const encode = (text) => [...new TextEncoder().encode(text)];

// A second, shorter article of our own reporting the sample's 10 October 2022 call.
const SECOND = ' date 2022-10-11\nBiden and Zelensky discuss air defence\n\n'
  + 'KYIV, Oct 11 - Ukrainian President Volodymyr Zelensky said he had a phone call with U.S. '
  + 'President Joe Biden on Monday, asking Washington for more air defence systems after a wave of missile strikes.\n\n'
  + '"Air defence is now the number one priority in our defence cooperation," Zelensky wrote after the call.\n';

// A saved web page with a title and nothing to extract.
const BRIEF = '<!DOCTYPE html><html><head><title>Grain talks brief</title>'
  + '<meta property="article:published_time" content="2022-10-12T08:00:00Z"></head><body><article>'
  + '<h1>Grain talks brief</h1><p>Officials in Ankara said on Wednesday that grain shipments would resume next week. '
  + 'No further details were given.</p></article></body></html>';

/** The samples, the first sample again under another name, the second article, a page, an empty file. */
function corpus() {
  const all = samples();
  return [
    ...all,
    { name: 'copies/000-again.txt', bytes: all[0].bytes },
    { name: 'second.txt', bytes: encode(SECOND) },
    { name: 'brief.html', bytes: encode(BRIEF) },
    { name: 'empty.txt', bytes: [] },
  ];
}

/** A page in a context that may use the clipboard and download files. */
async function open({ colorScheme = 'light', width = 1280 } = {}) {
  const context = await app.browser.newContext({
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    colorScheme,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
  return { page, errors, close: () => context.close() };
}

async function dropCorpus(page) {
  await dropFiles(page, corpus());
  await page.locator('[data-count=files] strong').getByText('8', { exact: true }).waitFor();
}

const tab = (page, name) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = (page, id) => page.locator(`#panel-${id}`);
const rows = (page, id) => panel(page, id).locator('.body [role=row]');

/** The texts of one column's cells, by its class, in the rows shown. */
async function column(page, id, cls) {
  return rows(page, id).locator(`.${cls}`).allTextContents();
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('counts, merged rows and their sources across articles', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  const count = async (kind) => page.locator(`[data-count=${kind}]`).innerText();
  assert.equal(await count('files'), '8 files');
  assert.equal(await count('failures'), '1 failure');

  // The sample's call, the same article under a second name and the second article's
  // report of it are one row with three sources; the copy's quotes merge with the original's.
  const call = rows(page, 'calls').filter({ hasText: 'Joe Biden' }).filter({ hasText: '2022-10-10' });
  assert.equal(await call.count(), 1);
  assert.deepEqual(await call.locator('.source').evaluateAll((b) => b.map((x) => x.title)),
    ['000_d240abb3a1287382.txt', 'copies/000-again.txt', 'second.txt']);
  assert.equal(await call.locator('.participants').innerText(), 'Volodymyr Zelenskyy \u2194 Joe Biden');

  await tab(page, 'Quotes').click();
  const quote = rows(page, 'quotes').filter({ hasText: 'Productive conversation with @POTUS' });
  assert.equal(await quote.count(), 1);
  assert.deepEqual(await quote.locator('.source').evaluateAll((b) => b.map((x) => x.title)),
    ['000_d240abb3a1287382.txt', 'copies/000-again.txt']);

  // The number of quote rows is the number of distinct quotes: the copy adds none.
  const single = await open();
  await single.page.getByRole('button', { name: 'Try the sample articles' }).click();
  await single.page.locator('[data-count=files] strong').getByText('4', { exact: true }).waitFor();
  const sampleQuotes = await single.page.locator('[data-count=quotes] strong').innerText();
  await single.close();
  assert.equal(await page.locator('[data-count=quotes] strong').innerText(), String(Number(sampleQuotes) + 1));

  // Clicking a source marks its row as the one being looked at.
  await quote.locator('.source').nth(1).click();
  assert.match(await quote.getAttribute('class'), /current/);
  assert.deepEqual(errors, []);
  await close();
});

test('every column sorts both ways and says so with aria-sort', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  const header = (name) => panel(page, 'calls').getByRole('columnheader', { name });
  // Full dates in order, either way; a day of an unknown year (shown as such) after them.
  const callDates = () => rows(page, 'calls').locator('.date').evaluateAll((cells) => cells.map((c) => c.dataset.date ?? ''));
  const full = (dates) => dates.filter((d) => /^\d{4}/.test(d));
  await header('Date').getByRole('button').click();
  assert.equal(await header('Date').getAttribute('aria-sort'), 'ascending');
  const dates = await callDates();
  assert.deepEqual(full(dates), [...full(dates)].sort());
  assert.ok(dates.indexOf('--06-25') > dates.lastIndexOf(full(dates).at(-1)), dates.join(' '));
  assert.ok((await column(page, 'calls', 'date')).includes('25 June, year unknown'));
  await header('Date').getByRole('button').press('Enter');
  assert.equal(await header('Date').getAttribute('aria-sort'), 'descending');
  const down = await callDates();
  assert.deepEqual(full(down), [...full(dates)].reverse());
  assert.equal(await header('Participants').getAttribute('aria-sort'), 'none');

  await header('Sources').getByRole('button').click();
  await header('Sources').getByRole('button').click();
  const counts = await rows(page, 'calls').evaluateAll((r) => r.map((x) => x.querySelectorAll('.source').length));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.equal(counts[0], 3);

  await tab(page, 'Amounts').click();
  const value = panel(page, 'amounts').getByRole('columnheader', { name: 'Value' });
  await value.getByRole('button').click();
  const numbers = (await column(page, 'amounts', 'normalised')).map((t) => Number(t.split(' ')[0].replaceAll(',', '').split('\u2013')[0]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
  assert.deepEqual(errors, []);
  await close();
});

test('the search box and filters narrow every view', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  await page.getByLabel('Person').fill('Zelenskiy');
  const people = await column(page, 'calls', 'participants');
  assert.ok(people.length > 0);
  for (const p of people) assert.match(p, /Zelensky/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal(await page.getByLabel('Person').inputValue(), '');
  await page.getByLabel('Category').selectOption('military');
  await tab(page, 'Amounts').click();
  for (const c of await column(page, 'amounts', 'category')) assert.equal(c, 'military');

  await page.getByLabel('Category').selectOption('');
  await page.getByLabel('File', { exact: true }).selectOption('003_9af9b8adf236328a.txt');
  assert.deepEqual(await column(page, 'amounts', 'normalised'), ['10,000,000,000 USD', '350,000,000 USD', '2,750,000,000 USD']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('From', { exact: true }).fill('2022-03-03');
  await page.getByLabel('To', { exact: true }).fill('2022-03-31');
  await tab(page, 'Calls').click();
  for (const d of (await column(page, 'calls', 'date'))) assert.ok(d >= '2022-03-03' && d <= '2022-03-31', d);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('air defence');
  await tab(page, 'Quotes').click();
  const quotes = await column(page, 'quotes', 'quote');
  assert.ok(quotes.length >= 2);
  for (const q of quotes) assert.match(q.toLowerCase(), /air defen/);
  assert.match(await tab(page, 'Quotes').innerText(), new RegExp(`${quotes.length}$`));
  assert.deepEqual(errors, []);
  await close();
});

test('exports: CSV and JSON of the filtered view, and the clipboard', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  await page.getByLabel('Person').fill('Biden');

  const csv = await download(page, page.getByRole('button', { name: 'Download calls CSV' }));
  assert.equal(csv.name, 'readout-calls.csv');
  assert.ok(csv.text.startsWith('\uFEFF'), 'a byte order mark, for Excel');
  const lines = csv.text.slice(1).split('\r\n');
  assert.equal(lines[0], 'row,file,title,published,date,date_precision,date_text,medium,participant_1,participant_2,caller,topics,evidence,start,end');
  const merged = lines.filter((l) => l.includes('2022-10-10'));
  assert.deepEqual(merged.map((l) => l.split(',')[1]), ['000_d240abb3a1287382.txt', 'copies/000-again.txt', 'second.txt']);
  assert.ok(merged.every((l) => l.startsWith(merged[0].split(',')[0] + ',')), 'one row number for the merged call');
  const fromSecond = merged.find((l) => l.split(',')[1] === 'second.txt');
  assert.match(fromSecond, /Biden and Zelensky discuss air defence/, 'the article\'s title');
  assert.match(fromSecond, /said he had a phone call with U\.S\. President Joe Biden on Monday/, 'the evidence sentence');
  for (const line of lines.slice(1).filter(Boolean)) assert.match(line, /Biden/);

  const json = await download(page, page.getByRole('button', { name: 'Download JSON' }));
  assert.equal(json.name, 'readout.json');
  const records = JSON.parse(json.text);
  // The record's fields, then the text its offsets count into (so that it opens again).
  assert.deepEqual(Object.keys(records[0]), ['file', 'published', 'title', 'calls', 'quotes', 'amounts', 'text']);
  const second = records.find((r) => r.file === 'second.txt');
  assert.equal(second.published, '2022-10-11');
  assert.equal(second.title, 'Biden and Zelensky discuss air defence', 'a plain text\'s headline line is its title');
  assert.deepEqual(second.calls[0].participants, ['Volodymyr Zelensky', 'Joe Biden']);
  assert.deepEqual(Object.keys(second.calls[0]), ['participants', 'date', 'date_text', 'medium', 'topics', 'evidence']);
  for (const r of records) for (const c of r.calls) assert.ok(c.participants.some((p) => p.includes('Biden')));

  await tab(page, 'Quotes').click();
  await page.getByRole('button', { name: 'Copy CSV' }).click();
  await page.locator('.export-status').getByText('Copied the quotes table as CSV.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const quotesCsv = await download(page, page.getByRole('button', { name: 'Download quotes CSV' }));
  assert.equal(copied, quotesCsv.text);
  assert.ok(copied.startsWith('\uFEFFrow,file,published,text,speaker,cue,start,end\r\n'));

  await tab(page, 'Aid totals').click();
  const totals = await download(page, page.getByRole('button', { name: 'Download aid totals CSV' }));
  assert.equal(totals.text.split('\r\n')[0], '\uFEFFdonor,category,currency,value,value_max,pledges');
  assert.deepEqual(errors, []);
  await close();
});

test('aid totals count a pledge reported twice once, per currency', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  await tab(page, 'Aid totals').click();
  const usd = panel(page, 'totals').locator('table[data-currency=USD]');
  await usd.waitFor();
  // The copy of an article must not double its pledges: compare with the samples alone.
  const withCopy = await usd.locator('tbody tr').allInnerTexts();
  const single = await open();
  await single.page.getByRole('button', { name: 'Try the sample articles' }).click();
  await single.page.locator('[data-count=files] strong').getByText('4', { exact: true }).waitFor();
  await tab(single.page, 'Aid totals').click();
  const alone = await panel(single.page, 'totals').locator('table[data-currency=USD] tbody tr').allInnerTexts();
  await single.close();
  assert.ok(alone.length > 0);
  assert.deepEqual(withCopy, alone);
  assert.deepEqual(errors, []);
  await close();
});

test('the Files view lists dates, titles and counts, and failures as alerts', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  await tab(page, 'Files').click();
  const card = (name) => panel(page, 'files').locator(`article.file[data-file="${name}"]`);
  await card('second.txt').getByText('Published 2022-10-11').waitFor();
  assert.equal(await card('second.txt').locator('.file-counts').innerText(), '1 call \u00b7 1 quote \u00b7 0 amounts');
  assert.equal(await card('brief.html').locator('.title').innerText(), 'Grain talks brief');
  await card('brief.html').getByText('Published 2022-10-12').waitFor();
  await card('empty.txt').getByRole('alert').getByText('Could not read this file: the file is empty').waitFor();
  await card('second.txt').getByRole('button', { name: 'Show its rows (second.txt)' }).click();
  assert.equal(await tab(page, 'Calls').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByLabel('File', { exact: true }).inputValue(), 'second.txt');
  assert.equal(await rows(page, 'calls').count(), 1);
  assert.deepEqual(errors, []);
  await close();
});

test('tabs and rows work from the keyboard', async () => {
  const { page, errors, close } = await open();
  await dropCorpus(page);
  await tab(page, 'Calls').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await tab(page, 'Quotes').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-quotes');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-files');
  assert.ok(await panel(page, 'files').isVisible());
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-calls');
  assert.ok(await panel(page, 'calls').isVisible());
  assert.ok(!(await panel(page, 'files').isVisible()));

  const row = rows(page, 'calls').first();
  await row.focus();
  await page.keyboard.press('Enter');
  assert.match(await row.getAttribute('class'), /current/);
  assert.deepEqual(errors, []);
  await close();
});

test('ten thousand rows: only the rows in sight are in the page', async () => {
  const { page, errors, close } = await open();
  const lines = [' date 2023-01-31'];
  for (let i = 1; i <= 10000; i++) lines.push(`The fund received $${i} million from donor number ${i}.`);
  await dropFiles(page, [{ name: 'ledger.txt', bytes: encode(lines.join('\n')) }]);
  await page.locator('[data-count=amounts] strong').getByText('10,000', { exact: true }).waitFor();
  await tab(page, 'Amounts').click();
  const table = panel(page, 'amounts').getByRole('table');
  assert.equal(await table.getAttribute('aria-rowcount'), '10001');
  const rendered = await rows(page, 'amounts').count();
  assert.ok(rendered > 10 && rendered < 100, `${rendered} rows in the page`);
  assert.equal(await rows(page, 'amounts').first().evaluate((r) => r.getBoundingClientRect().height), 48);

  await panel(page, 'amounts').locator('.table-scroll').evaluate((s) => { s.scrollTop = s.scrollHeight; });
  await rows(page, 'amounts').filter({ hasText: '$10000 million' }).waitFor();
  assert.equal(await rows(page, 'amounts').last().getAttribute('aria-rowindex'), '10001');
  assert.ok(await rows(page, 'amounts').count() < 100);
  assert.deepEqual(errors, []);
  await close();
});

const VIEWS = [['Calls', 'calls'], ['Quotes', 'quotes'], ['Amounts', 'amounts'], ['Aid totals', 'totals'], ['Files', 'files']];

test('axe-core finds no serious or critical violation in any view, light or dark, desktop or phone', async () => {
  for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]]) {
    const { page, errors, close } = await open({ colorScheme, width });
    await dropCorpus(page);
    await page.evaluate(AXE);
    for (const [name, id] of [...VIEWS, ['Timeline', 'timeline'], ['Who called whom', 'graph']]) {
      await tab(page, name).click();
      await panel(page, id).waitFor();
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      assert.deepEqual(violations, [], `${name} (${colorScheme}, ${width}px)`);
    }
    assert.deepEqual(errors, []);
    await close();
  }
});

test('screenshots of every view, desktop and 360 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const { page, errors, close } = await open({ colorScheme, width });
      await dropCorpus(page);
      for (const [name, id] of VIEWS) {
        await tab(page, name).click();
        await panel(page, id).waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${name} at ${width}px scrolls sideways`);
        await page.screenshot({ path: join(ARTIFACTS, `workbench-${id}-${width}-${colorScheme}.png`), fullPage: true });
      }
      assert.deepEqual(errors, []);
      await close();
    }
  }
});
