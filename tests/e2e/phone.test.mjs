// The workbench on a phone (390 × 844) and from the keyboard: the first rows show without
// scrolling, no cell or amount is cut off (rows are cards), arrow keys move between rows
// of the virtual tables, and every control Tab reaches shows its focus ring, on a phone
// and on a desktop.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, samples, start } from './browser.mjs';

let app;
before(async () => { app = await start(); });
after(async () => { await app?.close(); });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function open(viewport) {
  const context = await app.browser.newContext({ viewport });
  const { page, errors } = await app.open(context);
  return { page, errors, close: () => context.close() };
}

const tab = (page, name) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
const panel = (page, id) => page.locator(`#panel-${id}`);
const rows = (page, id) => panel(page, id).locator('.body [role=row]');
const TABLES = [['Calls', 'calls'], ['Quotes', 'quotes'], ['Amounts', 'amounts']];

async function dropSamples(page) {
  await dropFiles(page, samples());
  await page.locator('[data-count=files] strong').getByText('4', { exact: true }).waitFor();
}

/** A file of `n` amounts, "$1 million" to "$n million": a table longer than its box. */
function ledger(n) {
  const lines = [' date 2023-01-31'];
  for (let i = 1; i <= n; i++) lines.push(`The fund received $${i} million from donor number ${i}.`);
  return { name: 'ledger.txt', bytes: [...new TextEncoder().encode(lines.join('\n'))] };
}

test('on a phone the first result row shows without scrolling', async () => {
  const { page, errors, close } = await open(PHONE);
  await dropSamples(page);
  for (const [name, id] of [...TABLES, ['Aid totals', 'totals']]) {
    await tab(page, name).click();
    const first = id === 'totals' ? panel(page, id).locator('tbody tr').first() : rows(page, id).first();
    await first.waitFor();
    const { top, inner, scrolled } = await first.evaluate((r) => (
      { top: r.getBoundingClientRect().top, inner: window.innerHeight, scrolled: window.scrollY }));
    assert.equal(scrolled, 0, name);
    assert.ok(top < inner, `${name}: the first row starts at ${top}px, below the ${inner}px screen`);
  }
  // Files can still be added: the drop zone is folded to its first button.
  assert.ok(await page.getByText('Choose files\u2026').isVisible());
  assert.ok(!(await page.getByRole('button', { name: 'Try the sample articles' }).isVisible()));
  assert.deepEqual(errors, []);
  await close();
});

test('on a phone no cell or amount is cut off, and nothing is wider than the screen', async () => {
  const { page, errors, close } = await open(PHONE);
  await dropSamples(page);
  for (const [name, id] of [...TABLES, ['Aid totals', 'totals']]) {
    await tab(page, name).click();
    await panel(page, id).locator(id === 'totals' ? 'tbody tr' : '.body [role=row]').first().waitFor();
    const problems = await page.evaluate((id) => {
      const out = [];
      const box = document.getElementById(`panel-${id}`);
      const inner = document.documentElement.clientWidth;
      for (const scroller of box.querySelectorAll('.table-scroll, .totals-scroll')) {
        if (scroller.scrollWidth > scroller.clientWidth) out.push(`${scroller.className} scrolls sideways`);
      }
      const cells = box.querySelectorAll('[role=cell], [role=cell] *, [role=columnheader], th, td, th *, td *, caption');
      for (const el of cells) {
        if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        const text = el.textContent.trim().slice(0, 40);
        if (el.scrollWidth > el.clientWidth) out.push(`cut off: "${text}" (${el.scrollWidth} > ${el.clientWidth}px)`);
        const r = el.getBoundingClientRect();
        if (r.left < 0 || r.right > inner) out.push(`off screen: "${text}" (${r.left}..${r.right}px)`);
      }
      if (document.documentElement.scrollWidth > inner) out.push('the page scrolls sideways');
      return out;
    }, id);
    assert.deepEqual(problems, [], name);
  }
  // Each card names its cells as the table's column headings do.
  for (const [name, id] of TABLES) {
    await tab(page, name).click();
    const { headings, labels } = await panel(page, id).evaluate((box) => ({
      headings: [...box.querySelectorAll('[role=columnheader]')].map((h) => h.textContent.trim()),
      labels: [...box.querySelector('.body [role=row]').querySelectorAll(':scope > [role=cell]')]
        .map((c) => getComputedStyle(c, '::before').content.match(/^"([^"]*)"/)?.[1]),
    }));
    assert.deepEqual(labels, headings, name);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('arrow keys, Home and End move between rows, scrolling each into sight; Enter opens it', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, errors, close } = await open(viewport);
    await dropFiles(page, [ledger(300)]);
    await page.locator('[data-count=amounts] strong').getByText('300', { exact: true }).waitFor();
    await tab(page, 'Amounts').click();
    const at = () => page.evaluate(() => document.activeElement.getAttribute('aria-rowindex'));
    // The focused row is in sight inside its box and not under the table's head.
    const inSight = () => page.evaluate(() => {
      const row = document.activeElement;
      const r = row.getBoundingClientRect();
      const box = row.closest('.table-scroll').getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
      return r.top >= box.top && r.bottom <= box.bottom && row.contains(hit);
    });
    const reach = async (key, rowindex) => {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => document.activeElement.getAttribute('aria-rowindex') === n, String(rowindex))
        .catch(async (e) => assert.fail(`${key} to row ${rowindex} at ${viewport.width}px: focus on ${await at()} (${e.message})`));
      assert.ok(await inSight(), `${key} to row ${rowindex} at ${viewport.width}px`);
    };
    await rows(page, 'amounts').first().focus();
    await reach('ArrowDown', 3);
    await reach('ArrowUp', 2);
    await reach('ArrowUp', 2);
    await reach('End', 301);
    assert.match(await page.evaluate(() => document.activeElement.textContent), /\$300 million/);
    await reach('ArrowDown', 301);
    await reach('ArrowUp', 300);
    await reach('Home', 2);
    for (let i = 3; i <= 25; i++) await reach('ArrowDown', i);
    // One tab stop for all the rows: the one last reached, and of the rows' buttons only its own.
    assert.deepEqual(await rows(page, 'amounts').evaluateAll((all) => all.filter((r) => r.tabIndex === 0)
      .map((r) => r.getAttribute('aria-rowindex'))), ['25']);
    const stops = () => page.locator('#panel-amounts .body button').evaluateAll((all) => [...new Set(all
      .filter((b) => b.tabIndex === 0).map((b) => b.closest('[role=row]').getAttribute('aria-rowindex')))]);
    await page.waitForFunction(() => [...document.querySelectorAll('#panel-amounts .body button')]
      .every((b) => (b.tabIndex === 0) === (b.closest('[role=row]').getAttribute('aria-rowindex') === '25')));
    assert.deepEqual(await stops(), ['25']);
    // Tab walks that row's buttons, then leaves the table.
    const own = await page.locator('#panel-amounts .body [aria-rowindex="25"] button').count();
    assert.ok(own > 0);
    const rowOfFocus = () => page.evaluate(() => document.activeElement.closest('[aria-rowindex]')?.getAttribute('aria-rowindex'));
    for (let i = 0; i < own; i++) await page.keyboard.press('Tab');
    assert.equal(await rowOfFocus(), '25');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#panel-amounts .body')), null, 'out of the table');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await rowOfFocus(), '25', 'Shift+Tab comes back');
    await rows(page, 'amounts').and(page.locator('[aria-rowindex="25"]')).focus();

    await page.keyboard.press('Enter');
    await page.locator('dialog.article-dialog[open]').waitFor();
    assert.match(await rows(page, 'amounts').and(page.locator('[aria-rowindex="25"]')).getAttribute('class'), /current/);
    await page.keyboard.press('Escape');
    await page.locator('dialog.article-dialog[open]').waitFor({ state: 'detached' });
    assert.equal(await at(), '25', 'focus comes back to the row that opened the article');
    assert.deepEqual(errors, []);
    await close();
  }
});

/**
 * What the focused control shows: whether its focus ring (on its label, for a visually
 * hidden file input) is drawn, in the screen, on top, and not cut by a box around it.
 */
function focusRing() {
  const el = document.activeElement;
  const ringed = el.classList.contains('visually-hidden') ? document.querySelector(`label[for="${el.id}"]`) : el;
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} `
    + `"${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 30)}"`;
  const style = getComputedStyle(ringed);
  const width = parseFloat(style.outlineWidth);
  const problems = [];
  if (style.outlineStyle === 'none' || !(width >= 2)) problems.push(`no ring (${style.outlineStyle} ${style.outlineWidth})`);
  const r = ringed.getBoundingClientRect();
  const grow = Math.max(0, width + parseFloat(style.outlineOffset || '0'));
  const ring = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
  // Within a pixel: the browser scrolls a control into sight to whole pixels.
  const within = (box) => ring.left >= box.left - 1 && ring.top >= box.top - 1
    && ring.right <= box.right + 1 && ring.bottom <= box.bottom + 1;
  if (r.width === 0 || !within({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) problems.push(`not in the screen (${Math.round(ring.top)}..${Math.round(ring.bottom)} of ${innerHeight}px)`);
  for (let box = ringed.parentElement; box && box !== document.documentElement; box = box.parentElement) {
    const s = getComputedStyle(box);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const b = box.getBoundingClientRect();
    const left = b.left + box.clientLeft;
    const top = b.top + box.clientTop;
    if (!within({ left, top, right: left + box.clientWidth, bottom: top + box.clientHeight })) {
      problems.push(`ring cut by .${[...box.classList].join('.') || box.tagName}`);
    }
  }
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!hit || !(ringed.contains(hit) || hit === ringed)) problems.push('covered');
  return { name, problems, inExport: !!el.closest('.export'), isTab: el.getAttribute('role') === 'tab' };
}

/** Presses Tab until `stop` says so (of focusRing's answer), collecting each control's problems. */
async function tabThrough(page, stop, found, where) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(focusRing);
    if (seen.problems.length) found.push(`${where}: ${seen.name}: ${seen.problems.join(', ')}`);
    if (stop(seen)) return seen;
    // On a phone the filters fold: open them, to reach them all.
    if (seen.name.includes('More filters')) await page.keyboard.press('Enter');
  }
  throw new Error(`${where}: Tab never reached the end`);
}

test('every control Tab reaches shows its focus ring, on a phone and a desktop', async () => {
  const found = [];
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, errors, close } = await open(viewport);
    await dropSamples(page);
    // The drop zone and the filters, to the tabs.
    await tabThrough(page, (s) => s.isTab, found, `${viewport.width}px top`);
    for (const [name, id] of [...TABLES, ['Aid totals', 'totals'], ['Files', 'files']]) {
      // To the view's tab by the arrow keys, then through its panel to the export buttons.
      await tab(page, name).click();
      await panel(page, id).waitFor();
      // A donor's amounts too.
      if (id === 'totals') await panel(page, id).locator('details').first().evaluate((d) => { d.open = true; });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      const onTab = await page.evaluate(focusRing);
      if (onTab.problems.length) found.push(`${name}: ${onTab.name}: ${onTab.problems.join(', ')}`);
      await tabThrough(page, (s) => s.inExport, found, `${viewport.width}px ${name}`);
    }
    assert.deepEqual(errors, []);
    await close();
  }
  assert.deepEqual(found, []);
});
