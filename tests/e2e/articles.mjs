// Large batches for the worker tests and the batch timing script: the four samples and
// short articles written here, renamed and varied, built and dropped inside the page.
import { samples } from './browser.mjs';

const PEOPLE = ['Mara Lind', 'Tomas Eberg', 'Ilse Varga', 'Owen Pratt', 'Rhea Sato', 'Karl Jensen', 'Nadia Fox', 'Piet Aalto'];
const TOPICS = ['grain exports', 'energy supplies', 'border crossings', 'flood relief', 'port repairs'];

/** A short article of our own, different for every `i`: a call, a quote and an amount. */
function shortArticle(i) {
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i + 1 + (i % 3)) % PEOPLE.length];
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const topic = TOPICS[i % TOPICS.length];
  const millions = 5 + (i % 90);
  return ` date 2023-${month}-${day}\nForeign Minister ${a} spoke by phone with Prime Minister ${b} on Tuesday about ${topic}.\n\n`
    + `"We agreed to keep working together on ${topic}," ${a} said after the call.\n\n`
    + `The government pledged $${millions} million in humanitarian aid for the region, officials said.\n`;
}

/**
 * `count` articles as { name, text }: every fifth is a sample under a new name with a line
 * of its own added, the others short articles of our own.
 */
export function articles(count) {
  const bundled = samples().map((s) => Buffer.from(s.bytes).toString('utf8'));
  return Array.from({ length: count }, (_, i) => {
    const name = `batch/article-${String(i).padStart(4, '0')}.txt`;
    const text = i % 5 === 0 ? `${bundled[(i / 5) % bundled.length]}\n\nEditor's note ${i}: this copy was filed again.\n` : shortArticle(i);
    return { name, text };
  });
}

/**
 * Drops files built inside the page (no bytes cross the test protocol for big ones):
 * `{ name, text }`, `{ name, bytes: [numbers] }` or `{ name, size, fill }` (`size` bytes of `fill`).
 */
export async function dropBuilt(page, files) {
  await buildDrop(page, files);
  await dispatchDrop(page);
}

/** Builds the files of a drop in the page, to be dropped by `dispatchDrop`. */
export async function buildDrop(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const body = f.text !== undefined ? f.text : f.bytes !== undefined ? new Uint8Array(f.bytes) : new Uint8Array(f.size).fill(f.fill);
      transfer.items.add(new File([body], f.name));
    }
    window.builtDrop = transfer;
  }, files);
}

/** Drops the files `buildDrop` made, with a real DataTransfer `drop` event. */
export async function dispatchDrop(page) {
  await page.evaluate(() => {
    const transfer = window.builtDrop;
    delete window.builtDrop;
    const target = document.querySelector('.page');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
}

/** How many results the page keeps in IndexedDB (0 when it has stored none). */
export async function storedCount(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('readout');
    // Never create the page's database from here: no database means nothing stored.
    let created = false;
    open.onupgradeneeded = () => { created = true; open.transaction.abort(); };
    open.onerror = () => (created ? resolve(0) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('results')) { db.close(); resolve(0); return; }
      const count = db.transaction('results').objectStore('results').count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
      count.onerror = () => { db.close(); reject(count.error); };
    };
  }));
}

/** The page's progress bar, by its label. */
export function progressBar(page) {
  return page.getByRole('progressbar', { name: 'Analyzing files' });
}
