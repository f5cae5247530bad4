// The page as a person uses it: drop or pick article files, see what was found.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, amountsOf, card, dropFiles, fileCount, samples, showFiles, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const PUBLISHED = {
  '000_d240abb3a1287382.txt': 'Published 2022-10-11',
  '001_58b2ec0da89f2029.txt': 'Published 2022-03-02',
  '002_7d3131608ab47473.txt': 'Publication date not given',
  '003_9af9b8adf236328a.txt': 'Published 2022-03-06',
};

/** The sample cards show their dates, and the 6 March 2022 article its three amounts. */
async function checkSampleResults(page) {
  await showFiles(page);
  for (const [name, published] of Object.entries(PUBLISHED)) {
    await card(page, name).getByText(published).waitFor();
  }
  const amounts = await amountsOf(page, '003_9af9b8adf236328a.txt');
  assert.deepEqual(await amounts.locator('.normalised').allTextContents(), [
    '10,000,000,000 USD', '350,000,000 USD', '2,750,000,000 USD',
  ]);
  assert.deepEqual(await amounts.locator('.as-written').allTextContents(), ['$10 billion', '$350 million', '$2.75 billion']);
}

test('dropping the four samples shows their dates and amounts', async () => {
  const { page, errors } = await app.open();
  await dropFiles(page, samples());
  await checkSampleResults(page);
  assert.equal(await fileCount(page), 4);
  await showFiles(page);
  await page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'results.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('picking the samples through the file input gives the same results', async () => {
  const { page, errors } = await app.open();
  await page.locator('#file-input').setInputFiles(samples().map((s) => s.path));
  await checkSampleResults(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the sample button loads the bundled articles', async () => {
  const { page, errors } = await app.open();
  await page.getByRole('button', { name: 'Try the sample articles' }).click();
  await checkSampleResults(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an empty and a binary file get a clear message while a good file still shows', async () => {
  const { page, errors } = await app.open();
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  await dropFiles(page, [
    { name: 'empty.txt', bytes: [] },
    samples()[3],
    { name: 'photo.txt', bytes: png },
  ]);
  await showFiles(page);
  await card(page, 'empty.txt').getByRole('alert').getByText('Could not read this file: the file is empty').waitFor();
  await card(page, 'photo.txt').getByRole('alert').getByText('this is a PNG image, not an article').waitFor();
  await card(page, '003_9af9b8adf236328a.txt').getByText('Published 2022-03-06').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'bad-files.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped dataset export gives one card per row', async () => {
  const { page, errors } = await app.open();
  const csv = 'id,title,date,text\nr1,Aid,2023-05-01,"Donors pledged $5 million, officials said."\nr2,Talks,2023-05-02,Leaders met in Rome.\n';
  await dropFiles(page, [{ name: 'export.csv', bytes: [...new TextEncoder().encode(csv)] }]);
  await showFiles(page);
  await card(page, 'export.csv#r1').getByText('Published 2023-05-01').waitFor();
  await card(page, 'export.csv#r2').getByText('Published 2023-05-02').waitFor();
  const amounts = await amountsOf(page, 'export.csv#r1');
  assert.deepEqual(await amounts.locator('.normalised').allTextContents(), ['5,000,000 USD']);
  assert.deepEqual(errors, []);
  await page.close();
});
