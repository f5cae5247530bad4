// Every format readout reads, dropped on the release page together: one small fixture each
// (the ones the CLI tests read too), each giving its document(s) with the date, title and
// amounts the command line finds; a legacy charset the page cannot decode, and a PDF, get a
// message saying what to do instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, ROOT, amountsOf, card, dropFiles, showFiles, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const FORMATS = join(ROOT, 'crates/readout-core/tests/fixtures/formats');
const ENCODINGS = join(ROOT, 'crates/readout-core/tests/fixtures/encodings');
const MULTI = join(ROOT, 'crates/readout-cli/tests/multi');

const file = (dir, name) => ({ name, bytes: [...readFileSync(join(dir, name))] });
const text = (name, s) => ({ name, bytes: [...Buffer.from(s, 'utf8')] });

/** A saved page in UTF-8 whose title and date are only in its JSON-LD. */
const PAGE = `<!DOCTYPE html><html><head><title>Rail | Daily Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Rail link gets \u20ac80 million","datePublished":"2023-08-09T06:00:00Z"}</script></head>
<body><nav><a href="/">Home</a></nav><article>
<p>The regional government approved \u20ac80 million for the coastal rail link on Wednesday, the transport office said.</p>
<p>Work on the first section will start in the spring and take about three years, according to the plan.</p>
</article></body></html>`;

/** Document name -> [publication line, title or null, amounts as written]. */
const EXPECTED = {
  'latin1-article.txt': ['Published 2023-03-14', null, ['$40 million']],
  'notes.md': ['Published 2023-03-14', 'Fisheries talks move ahead', ['$40 million']],
  'rail.html': ['Published 2023-08-09', 'Rail link gets \u20ac80 million', ['\u20ac80 million']],
  'saved-page.mhtml': ['Published 2023-03-14', 'Fisheries talks move ahead', ['$40 million']],
  'forwarded.eml': ['Published 2023-03-14', 'Fisheries talks move ahead \u2013 ministers spoke', ['$40 million']],
  'report.docx': ['Published 2023-03-14', 'Fisheries talks move ahead', ['$40 million']],
  'articles.zip/c-harbour.html': ['Published 2023-06-01', 'Harbour deal signed', ['$40 million']],
  'articles.zip/budget/b-bridges.txt': ['Publication date not given', null, ['$12 million']],
  'export.csv#n1': ['Published 2023-05-03', 'Bridges funded', ['$12 million']],
  'export.csv#n2': ['Published 2023-06-01', 'Harbour talks', []],
  'list.json#1': ['Published 2023-04-10', 'Aid pledged', ['$3 million']],
  'feed.jsonl#f2': ['Published 2023-03-02', 'Second', ['$250,000']],
  'latin1-page.html': ['Published 2023-09-18', 'Caf\u00e9 owners win rent relief', ['\u20ac2 million']],
  'cyrillic-1251.html': ['Published 2023-10-05', 'Kyiv and Chisinau leaders discuss grid link', ['$120 million']],
  'koi8r-page.xhtml': ['Published 2023-11-02', 'Moscow exchange halts trading in two banks', ['$75 million']],
  'latin9-part.eml': ['Published 2023-06-21', 'Fonds f\u00fcr Bahnstrecken: 500 Mio. \u20ac', ['\u20ac500 million']],
};

test('every format dropped together gives its documents with their dates, titles and amounts', async () => {
  const { page, errors } = await app.open();
  await dropFiles(page, [
    file(FORMATS, 'latin1-article.txt'),
    file(FORMATS, 'notes.md'),
    text('rail.html', PAGE),
    file(FORMATS, 'saved-page.mhtml'),
    file(FORMATS, 'forwarded.eml'),
    file(FORMATS, 'report.docx'),
    file(MULTI, 'articles.zip'),
    file(MULTI, 'export.csv'),
    file(MULTI, 'list.json'),
    file(MULTI, 'feed.jsonl'),
    file(ENCODINGS, 'latin1-page.html'),
    file(ENCODINGS, 'cyrillic-1251.html'),
    file(ENCODINGS, 'koi8r-page.xhtml'),
    file(ENCODINGS, 'latin9-part.eml'),
    file(ENCODINGS, 'shift_jis-page.html'),
    text('scan.pdf', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
  ]);
  await page.getByRole('status').getByText('21 files analyzed.').waitFor();
  await showFiles(page);
  for (const [name, [published, title]] of Object.entries(EXPECTED)) {
    const found = card(page, name);
    await found.getByText(published, { exact: true }).waitFor();
    if (title) assert.equal(await found.locator('.title').textContent(), title, name);
  }
  // Every document of the archive and the datasets has its card.
  for (const name of ['articles.zip/a-call.txt', 'list.json#2', 'feed.jsonl#f1']) {
    await card(page, name).waitFor();
  }
  for (const [name, [, , amounts]] of Object.entries(EXPECTED)) {
    const rows = await amountsOf(page, name);
    assert.deepEqual(await rows.locator('.as-written').allTextContents(), amounts, name);
  }
  await showFiles(page);
  await card(page, 'shift_jis-page.html').getByRole('alert')
    .getByText('this text is in Shift_JIS, which readout in the browser does not decode; save it as UTF-8').waitFor();
  await card(page, 'scan.pdf').getByRole('alert')
    .getByText('this is a PDF, which readout does not read; open it, select all the text and paste it into a .txt file').waitFor();
  assert.equal(await page.locator('article.file.failed').count(), 2);
  await page.screenshot({ path: join(ARTIFACTS, 'formats.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
