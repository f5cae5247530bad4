// The article view: every extraction highlighted in its text, records on hover, and a
// click on a record opening its article at the evidence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createRequire } from 'node:module';
import { ARTIFACTS, dropFiles, samples, start } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const AID = '003_9af9b8adf236328a.txt';
const FIRST = '000_d240abb3a1287382.txt';

const tab = (page, name) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = (page, id) => page.locator(`#panel-${id}`);
/** The table row of view `id` that holds `text`. */
const row = (page, id, text) => panel(page, id).locator('.body [role=row]').filter({ hasText: text }).first();

/** Opens the article of a row of view `id` (its tab's label `name`) holding `text`. */
async function openRow(page, name, id, text) {
  await tab(page, name).click();
  const r = row(page, id, text);
  // On a cell without buttons: a name in a row opens its person's page instead.
  await r.locator('[role=cell]:not(:has(button))').first().click();
  return r;
}

/** The dialog of the article view, once open. */
function dialog(page) {
  return page.getByRole('dialog');
}

/** Whether the whole box of `locator` is inside both the window and the dialog's scroller. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getClientRects()[0];
    const s = el.closest('.article-scroll').getBoundingClientRect();
    return r.top >= Math.max(0, s.top) && r.bottom <= Math.min(innerHeight, s.bottom) && r.height > 0;
  });
}

async function dropped() {
  const opened = await app.open();
  await dropFiles(opened.page, samples());
  await opened.page.getByRole('status').getByText('4 files analyzed.').waitFor();
  return opened;
}

test('an article shows each kind of extraction highlighted, with a legend, as text', async () => {
  const { page, errors } = await dropped();
  const opener = await openRow(page, 'Amounts', 'amounts', '$2.75 billion');
  const view = dialog(page);
  await view.waitFor();
  assert.equal(await view.getByRole('heading', { level: 2 }).textContent(), AID);
  const legend = view.getByRole('region', { name: 'Legend' });
  assert.deepEqual(await legend.locator('li .hl').allTextContents(), ['Call', 'Quote', 'Speaker', 'Amount', 'Date']);
  for (const kind of ['call', 'quote', 'speaker', 'amount']) {
    assert.ok(await view.locator(`.article-text mark.hl-${kind}`).count() > 0, `no ${kind} highlighted`);
  }
  assert.deepEqual(
    await view.locator('.article-text mark.hl-amount:not(.cont)').allTextContents(),
    ['$10 billion', '$350 million', '$2.75 billion'],
  );
  // Marks inside marks (a speaker or date inside a call's sentence) are nested elements.
  assert.ok(await view.locator('.article-text mark.hl-call mark').count() > 0);
  // The text is the article's, whole and unchanged, in text nodes only.
  const file = readFileSync(samples().find((s) => s.name === AID).path, 'utf8').replace(/^ date \d{4}-\d{2}-\d{2}\s*/, '');
  const shown = await view.locator('.article-text').evaluate((el) => el.textContent);
  assert.equal(shown.trim(), file.trim());
  const elementsOnly = await view.locator('.article-text').evaluate(
    (el) => [...el.querySelectorAll('*')].every((e) => e.tagName === 'MARK' || e.tagName === 'SPAN'),
  );
  assert.ok(elementsOnly);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, 'article-desktop-light.png') });
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });
  assert.ok(await opener.evaluate((el) => el === document.activeElement), 'focus did not return to the opener');
  assert.deepEqual(errors, []);
  await page.close();
});

test('dates are highlighted and a hovered or focused highlight shows its record', async () => {
  const { page, errors } = await dropped();
  await openRow(page, 'Calls', 'calls', '2022-10-10');
  const view = dialog(page);
  const date = view.locator('.article-text mark.hl-date', { hasText: 'on Monday' }).first();
  await date.hover();
  const tip = page.getByRole('tooltip');
  await tip.getByText('2022-10-10', { exact: true }).waitFor();
  assert.match(await tip.textContent(), /Dates the call.*Zelenskyy/);
  // The call around it is listed too, with its participants, date and medium.
  assert.match(await tip.textContent(), /Call.*Participants.*Joe Biden.*Date.*2022-10-10.*Medium/s);
  const speaker = view.locator('.article-text mark.hl-speaker:not(.cont)').first();
  await speaker.focus();
  await tip.getByText('Speaker', { exact: true }).first().waitFor();
  assert.match(await tip.textContent(), /Speaker.*Cue/s);
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });

  await openRow(page, 'Amounts', 'amounts', '$2.75 billion');
  const amount = view.locator('.article-text mark.hl-amount', { hasText: '$2.75 billion' });
  await amount.hover();
  await tip.getByText('2,750,000,000 USD').waitFor();
  assert.match(await tip.textContent(), /Amount.*Category.*Donor.*Recipient/s);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a click on a record opens its article scrolled to the evidence, and Escape closes it', async () => {
  const { page, errors } = await dropped();
  await page.setViewportSize({ width: 1280, height: 700 });
  const opened = await openRow(page, 'Amounts', 'amounts', '$2.75 billion');
  const view = dialog(page);
  const evidence = view.locator('.evidence');
  await evidence.waitFor();
  assert.equal(await evidence.textContent(), '$2.75 billion');
  assert.ok(await inView(evidence), 'the evidence is not in view');
  assert.ok(await evidence.evaluate((el) => el === document.activeElement), 'the evidence is not focused');
  // Focused, the evidence shows its record.
  await page.getByRole('tooltip').getByText('2,750,000,000 USD').waitFor();
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });
  assert.ok(await opened.evaluate((el) => el === document.activeElement), 'focus did not return to the row');
  // Enter on a row opens it too, and the key does not close what it opened.
  await page.keyboard.press('Enter');
  await evidence.waitFor();
  assert.ok(await evidence.evaluate((el) => el === document.activeElement));
  assert.match(await opened.getAttribute('class'), /current/);
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });

  // A call far down a long article, on a phone-sized screen.
  await page.setViewportSize({ width: 360, height: 640 });
  await openRow(page, 'Calls', 'calls', 'Kuleba');
  await evidence.waitFor();
  assert.equal(await view.getByRole('heading', { level: 2 }).textContent(), FIRST);
  assert.ok((await evidence.textContent()).length > 20);
  assert.ok(await evidence.locator('mark.hl-call').count() > 0, 'the call is not inside the evidence');
  assert.ok(await inView(evidence), 'the call evidence is not in view');
  await page.screenshot({ path: join(ARTIFACTS, 'article-360-light.png') });
  await view.getByRole('button', { name: 'Close' }).click();
  await view.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the article view in dark mode, desktop and phone', async () => {
  const { page, errors } = await dropped();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await openRow(page, 'Quotes', 'quotes', 'As part of the constant dialogue');
  const view = dialog(page);
  await view.locator('.evidence').waitFor();
  const background = await view.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgb(255, 255, 255)');
  await view.locator('.article-text mark.hl-amount').first().hover();
  await page.getByRole('tooltip').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'article-desktop-dark.png') });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.mouse.move(0, 0);
  await view.locator('.evidence').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'article-360-dark.png') });
  const overflow = await view.evaluate((el) => el.scrollWidth > el.clientWidth || el.getBoundingClientRect().right > innerWidth);
  assert.equal(overflow, false, 'the dialog is wider than a 360 px screen');
  assert.deepEqual(errors, []);
  await page.close();
});

// The samples' calls, merged: 9 rows (5 with a full date, 4 without: a call with no date
// and three dated "--06-25" in an article without a year), between 8 people.
const CALLS = 9;
const UNDATED = 4;

test('the timeline shows every call of the samples on its people\'s lanes, and a call opens its article', async () => {
  const { page, errors } = await dropped();
  await page.setViewportSize({ width: 1280, height: 900 });
  await tab(page, 'Timeline').click();
  assert.equal(await tab(page, 'Timeline').getAttribute('aria-selected'), 'true');
  const pictures = panel(page, 'timeline');
  const timeline = pictures.getByRole('group', { name: /^Timeline of/ });
  await timeline.waitFor();
  const calls = timeline.locator('g.call-mark');
  assert.equal(await calls.count(), CALLS);
  assert.equal(await timeline.locator('g.call-mark.undated').count(), UNDATED);
  const lanes = await timeline.locator('g.lane text').allTextContents();
  assert.equal(lanes.length, 8);
  assert.equal(lanes[0], 'Volodymyr Zelenskyy', 'the most calls come first, one lane for both spellings');
  assert.ok(lanes.includes('Joe Biden') || lanes.includes('Joseph Biden'));
  const dates = await calls.evaluateAll((gs) => gs.map((g) => g.dataset.date).filter(Boolean).sort());
  assert.deepEqual(dates, ['--06-25', '--06-25', '--06-25', '2022-03-01', '2022-03-01', '2022-03-06', '2022-03-06', '2022-10-10']);
  // Dated calls stand left of the undated ones, in date order.
  const xs = await calls.evaluateAll((gs) => gs.map((g) => [g.dataset.date, g.getBBox().x]));
  const dated = xs.filter(([d]) => /^\d{4}/.test(d)).sort((a, b) => a[1] - b[1]).map(([d]) => d);
  assert.deepEqual(dated, [...dated].sort());
  const lastDated = Math.max(...xs.filter(([d]) => /^\d{4}/.test(d)).map(([, x]) => x));
  assert.ok(xs.filter(([d]) => !/^\d{4}/.test(d)).every(([, x]) => x > lastDated));
  await pictures.screenshot({ path: join(ARTIFACTS, 'timeline-desktop-light.png') });

  const call = timeline.getByRole('button', { name: /Call: Volodymyr Zelenskyy and Joe Biden, 2022-10-10, phone/ });
  await call.click();
  const view = dialog(page);
  const evidence = view.locator('.evidence');
  await evidence.waitFor();
  assert.equal(await view.getByRole('heading', { level: 2 }).textContent(), FIRST);
  assert.ok(await evidence.locator('mark.hl-call').count() > 0);
  assert.ok(await inView(evidence));
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });
  assert.ok(await call.evaluate((el) => el === document.activeElement), 'focus did not return to the call');
  // The keyboard opens a call too.
  await page.keyboard.press('Enter');
  await evidence.waitFor();
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('who called whom is a matrix of the people, a number per pair, and lists a pair\'s calls', async () => {
  const { page, errors } = await dropped();
  await page.setViewportSize({ width: 1280, height: 900 });
  await tab(page, 'Who called whom').click();
  assert.equal(await tab(page, 'Who called whom').getAttribute('aria-selected'), 'true');
  const pictures = panel(page, 'graph');
  const graph = pictures.getByRole('table', { name: /^Who called whom/ });
  await graph.waitFor();
  assert.equal(await graph.locator('tbody th .person').count(), 8);
  assert.equal(await graph.locator('tbody th .person').first().textContent(), 'Volodymyr Zelenskyy');
  // Each pair twice (its row and its column), once a keyboard stop.
  assert.equal(await graph.locator('.cell').count(), 12);
  const cells = graph.locator('.cell[tabindex="0"]');
  const weights = await cells.evaluateAll((bs) => bs.map((b) => Number(b.dataset.weight)).sort((a, b) => b - a));
  assert.deepEqual(weights, [4, 1, 1, 1, 1, 1]);
  const heaviest = graph.getByRole('button', { name: /Volodymyr Zelenskyy and Jo(e|seph) Biden: 4 calls/ });
  // Same layout every time: the heaviest pair's cell is where it was.
  const box = await heaviest.boundingBox();
  await heaviest.focus();
  await page.keyboard.press('Enter');
  assert.match(await heaviest.getAttribute('class'), /\bchosen\b/);
  const list = pictures.getByRole('region', { name: /^Calls between Volodymyr Zelenskyy and Jo(e|seph) Biden/ });
  assert.equal(await list.getByRole('button').count(), 4);
  await pictures.screenshot({ path: join(ARTIFACTS, 'graph-desktop-light.png') });
  await list.getByRole('button', { name: /2022-03-06/ }).click();
  const view = dialog(page);
  await view.locator('.evidence').waitFor();
  assert.equal(await view.getByRole('heading', { level: 2 }).textContent(), AID);
  assert.ok(await inView(view.locator('.evidence')));
  await page.keyboard.press('Escape');
  await view.waitFor({ state: 'hidden' });

  const again = await app.open();
  await dropFiles(again.page, samples());
  await again.page.getByRole('status').getByText('4 files analyzed.').waitFor();
  await again.page.setViewportSize({ width: 1280, height: 900 });
  await tab(again.page, 'Who called whom').click();
  const same = again.page.getByRole('button', { name: /Volodymyr Zelenskyy and Jo(e|seph) Biden: 4 calls/ });
  assert.deepEqual(await same.boundingBox(), box);
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
  await again.page.close();
  await page.close();
});

test('pictures at 360 px and in dark mode', async () => {
  const { page, errors } = await dropped();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height, size] of [[360, 740, '360'], [1280, 900, 'desktop']]) {
      if (size === 'desktop' && scheme === 'light') continue;
      await page.setViewportSize({ width, height });
      await tab(page, 'Timeline').click();
      await panel(page, 'timeline').screenshot({ path: join(ARTIFACTS, `timeline-${size}-${scheme}.png`) });
      await tab(page, 'Who called whom').click();
      await panel(page, 'graph').screenshot({ path: join(ARTIFACTS, `graph-${size}-${scheme}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, `the page scrolls sideways at ${width} px`);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe-core finds no serious or critical violation in the article view, the timeline or the graph', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors } = await dropped();
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(AXE);
    const check = async (what) => {
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      assert.deepEqual(violations, [], `${what} (${scheme})`);
    };
    await tab(page, 'Timeline').click();
    await check('timeline');
    await tab(page, 'Who called whom').click();
    await page.getByRole('button', { name: /: 4 calls/ }).first().click();
    await check('graph');
    await openRow(page, 'Amounts', 'amounts', '$2.75 billion');
    await dialog(page).locator('.article-text mark.hl-quote').first().hover();
    await page.getByRole('tooltip').waitFor();
    await check('article view');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
