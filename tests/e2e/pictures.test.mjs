// The pictures at the size of a real corpus: sixty people calling over 25 years (articles
// of our own, tests/e2e/articles.mjs), and a call on a day of an unknown year. Who called
// whom keeps every name apart and whole, and lists a person's own calls; the timeline's
// axis has a few readable ticks and names the day of an unknown year as such. Where the
// text says who placed a call, the table, the matrix and its lists say so too.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, openDropped, start, textFile } from './browser.mjs';
import { CALLERS, callArticles, dropBuilt } from './articles.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const tab = (page, name) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = (page, id) => page.locator(`#panel-${id}`);

async function dropped() {
  const opened = await app.open();
  await opened.page.setViewportSize({ width: 1280, height: 900 });
  const files = callArticles();
  await dropBuilt(opened.page, files);
  await opened.page.getByRole('status').getByText(`${files.length} files analyzed.`).waitFor({ timeout: 60_000 });
  return opened;
}

/**
 * The boxes of `locator`'s elements and the pairs of them that overlap (by more than half
 * a pixel either way), each pair as its two texts.
 */
async function overlaps(locator) {
  return locator.evaluateAll((els) => {
    const boxes = els.map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }));
    const found = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].r, boxes[j].r];
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        if (!apart) found.push([boxes[i].text, boxes[j].text]);
      }
    }
    return { empty: boxes.filter((b) => b.r.width < 1 || b.r.height < 1).map((b) => b.text), found };
  });
}

test('who called whom at sixty people: every name apart and whole, the most connected first, a person\'s own calls on choosing them', async () => {
  const { page, errors } = await dropped();
  await tab(page, 'Who called whom').click();
  const pictures = panel(page, 'graph');
  const matrix = pictures.getByRole('table', { name: /^Who called whom: 60 people and 65 pairs/ });
  await matrix.waitFor();
  const rowNames = matrix.locator('tbody th .person');
  const columnNames = matrix.locator('thead th .person');
  assert.equal(await rowNames.count(), 60);
  assert.equal(await columnNames.count(), 60);
  assert.equal(await rowNames.first().textContent(), CALLERS[0], 'the one with the most calls first');
  assert.deepEqual((await rowNames.allTextContents()).sort(), [...CALLERS].sort(), 'every name whole, once');
  assert.deepEqual(await columnNames.allTextContents(), await rowNames.allTextContents());
  const labels = await overlaps(matrix.locator('th .person'));
  assert.deepEqual(labels, { empty: [], found: [] });
  // Nothing cut: each name fits its button, and the buttons lie inside the table.
  const cut = await matrix.locator('th .person').evaluateAll((els) => els.filter((el) => {
    const t = el.closest('table').getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1
      || r.left < t.left - 0.5 || r.right > t.right + 0.5 || r.top < t.top - 0.5 || r.bottom > t.bottom + 0.5;
  }).map((el) => el.textContent));
  assert.deepEqual(cut, []);
  await pictures.screenshot({ path: join(ARTIFACTS, 'graph-60-people.png') });

  // A person's own calls: six for the first, with whom and when, each opening its article.
  await rowNames.first().click();
  assert.equal(await rowNames.first().getAttribute('aria-pressed'), 'true');
  assert.equal(await matrix.locator('tbody tr.chosen').count(), 1);
  const own = pictures.getByRole('region', { name: `Calls of ${CALLERS[0]}` });
  const items = own.locator('li').getByRole('button');
  assert.equal(await items.count(), 6);
  const texts = await items.allTextContents();
  for (const partner of [CALLERS[1], CALLERS[59], CALLERS[10], CALLERS[20], CALLERS[30], CALLERS[40]]) {
    assert.ok(texts.some((t) => t.includes(`with ${partner}`)), `${partner} in ${texts}`);
  }
  assert.ok(texts.every((t) => /^\d{4}-\d\d-\d\d · with /.test(t)), texts.join('\n'));
  await items.filter({ hasText: `with ${CALLERS[1]}` }).click();
  const view = page.getByRole('dialog');
  await view.locator('.evidence').waitFor();
  assert.equal(await view.getByRole('heading', { level: 2 }).textContent(), 'call-00.txt');
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });

  // By keyboard: Enter on another person, and on a pair's number.
  const second = rowNames.filter({ hasText: CALLERS[2] });
  await second.focus();
  await page.keyboard.press('Enter');
  assert.equal(await pictures.getByRole('region', { name: `Calls of ${CALLERS[2]}` }).locator('li').getByRole('button').count(), 2);
  const pair = matrix.getByRole('button', { name: `${CALLERS[2]} and ${CALLERS[1]}: 1 call` });
  assert.equal(await pair.getAttribute('tabindex'), '0', 'each pair is a keyboard stop once, below the diagonal');
  await pair.focus();
  await page.keyboard.press('Enter');
  const between = pictures.getByRole('region', { name: `Calls between ${CALLERS[2]} and ${CALLERS[1]}` });
  assert.equal(await between.locator('li').getByRole('button').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the timeline over 25 years: a few year ticks apart from each other, and the day of an unknown year named as such', async () => {
  const { page, errors } = await dropped();
  await tab(page, 'Timeline').click();
  const pictures = panel(page, 'timeline');
  const timeline = pictures.getByRole('group', { name: /^Timeline of 65 calls between 60 people: 64 dated, 1 on a day of an unknown year, 0 undated/ });
  await timeline.waitFor();
  const ticks = await timeline.locator('.axis-tick text').allTextContents();
  assert.deepEqual(ticks, ['2000', '2005', '2010', '2015', '2020']);
  const xs = await timeline.locator('.axis-tick text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'in order of time');
  const heads = timeline.locator('.axis-tick text, .group-label');
  assert.deepEqual(await overlaps(heads), { empty: [], found: [] });
  assert.deepEqual(await timeline.locator('.group-label').allTextContents(), ['25 June, year unknown']);
  assert.deepEqual(await overlaps(timeline.locator('g.lane text')), { empty: [], found: [] });
  assert.equal(await timeline.locator('g.lane text').count(), 60);
  const outside = await timeline.locator('text').evaluateAll((els) => {
    const svg = els[0].closest('svg').getBoundingClientRect();
    return els.map((el) => [el.textContent, el.getBoundingClientRect()])
      .filter(([, r]) => r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5)
      .map(([text]) => text);
  });
  assert.deepEqual(outside, [], 'no label cut by the edge of the picture');
  const yearless = timeline.getByRole('button', { name: /25 June, year unknown/ });
  assert.equal(await yearless.count(), 1);
  const [last, unknown] = await Promise.all([
    timeline.locator('.axis-tick text').last().evaluate((el) => el.getBoundingClientRect().right),
    yearless.evaluate((el) => el.getBoundingClientRect().left),
  ]);
  assert.ok(unknown > last, 'the day of an unknown year stands right of the dated calls');
  assert.ok(!(await timeline.textContent()).includes('--06-25'));
  await pictures.screenshot({ path: join(ARTIFACTS, 'timeline-25-years.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('who placed a call, where the text says: an arrow in the table, counts in the matrix, "called" and "called by" in its lists', async () => {
  const { page, errors, close } = await openDropped(app, [
    textFile('phoned.txt', ' date 2024-05-08\nBerg calls Lind\n\nPresident Anna Berg phoned Chancellor Otto Lind on May 6, 2024, about the harbour.\n'),
    textFile('received.txt', ' date 2024-05-07\nA call from Berg\n\nChancellor Otto Lind received a phone call from President Anna Berg on May 6, 2024.\n'),
    textFile('spoke.txt', ' date 2024-05-08\nBerg and Vos talk\n\nPresident Anna Berg spoke by phone with Prime Minister Maria Vos on May 7, 2024.\n'),
  ]);
  await tab(page, 'Calls').click();
  const sides = await page.locator('#panel-calls .body [role=row] .participants').allTextContents();
  assert.deepEqual(sides.sort(), ['Anna Berg \u2192 Otto Lind', 'Anna Berg \u2194 Maria Vos']);

  await tab(page, 'Who called whom').click();
  const matrix = panel(page, 'graph').getByRole('table', { name: /^Who called whom: 3 people and 2 pairs/ });
  await matrix.getByRole('button', { name: 'Otto Lind and Anna Berg: 1 call; Otto Lind placed 0, Anna Berg placed 1' }).click();
  await matrix.getByRole('button', { name: 'Maria Vos and Anna Berg: 1 call' }).waitFor();
  await matrix.locator('tbody th .person').filter({ hasText: 'Otto Lind' }).click();
  const lind = panel(page, 'graph').getByRole('region', { name: 'Calls of Otto Lind' }).locator('li');
  assert.match(await lind.textContent(), /^2024-05-06 · called by Anna Berg · phone · /);
  await matrix.locator('tbody th .person').filter({ hasText: 'Anna Berg' }).click();
  const berg = await panel(page, 'graph').getByRole('region', { name: 'Calls of Anna Berg' }).locator('li').allTextContents();
  assert.deepEqual(berg.map((t) => t.split(' · ')[1]).sort(), ['called Otto Lind', 'with Maria Vos']);
  assert.deepEqual(errors, []);
  await close();
});
