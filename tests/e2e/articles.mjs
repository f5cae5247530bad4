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

const FIRST = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Frank', 'Greta', 'Hugo', 'Irene', 'Jonas', 'Karin', 'Lukas',
  'Maria', 'Niklas', 'Olga', 'Peter', 'Rosa', 'Simon', 'Tanja', 'Viktor', 'Alice', 'Bruno', 'Carla', 'Daniel', 'Eva',
  'Felix', 'Gloria', 'Henrik', 'Ingrid', 'Jan', 'Klara', 'Leon', 'Mona', 'Nina', 'Oscar', 'Paula', 'Rita', 'Stefan',
  'Teresa', 'Walter', 'Agnes', 'Bernard', 'Cecilia', 'Dmitri', 'Emma', 'Fabian', 'Hanna', 'Igor', 'Julia', 'Kurt',
  'Laura', 'Martin', 'Nora', 'Otto', 'Petra', 'Ralf', 'Selma', 'Tomas', 'Vera', 'Xavier'];
const STEMS = ['Var', 'Tel', 'Mor', 'Kas', 'Lin', 'Bor', 'Dem', 'Fal', 'Gor', 'Hal'];
const ENDS = ['ento', 'avik', 'usko', 'arin', 'elli', 'ovan'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** Sixty people of our own, each with a first name and a surname no other has. */
export const CALLERS = FIRST.map((first, i) => `${first} ${STEMS[i % 10]}${ENDS[Math.floor(i / 10)]}`);

/**
 * Articles of our own for the pictures, as { name, text }: a ring of calls between the
 * sixty CALLERS (each calls the next), `CALLERS[0]` in four more calls, spread over 25
 * years from 2000 to 2024; and one article without a year, whose call is on 25 June.
 */
export function callArticles() {
  const calls = CALLERS.map((a, i) => [a, CALLERS[(i + 1) % CALLERS.length]]);
  for (const k of [10, 20, 30, 40]) calls.push([CALLERS[0], CALLERS[k]]);
  const dated = calls.map(([a, b], i) => {
    const year = 2000 + (i * 7) % 25;
    const month = i % 12;
    const day = 1 + (i % 28);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    return {
      name: `call-${String(i).padStart(2, '0')}.txt`,
      text: ` date ${published}\nLeaders talk\n\nPresident ${a} spoke by phone with Prime Minister ${b} on `
        + `${MONTHS[month]} ${day}, ${year}, about trade and energy, officials said.\n`,
    };
  });
  const yearless = {
    name: 'yearless.txt',
    text: `Leaders talk\n\nPresident ${CALLERS[1]} held a phone call with Prime Minister ${CALLERS[3]} on June 25, officials said.\n`,
  };
  return [...dated, yearless];
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
