// Measures (does not test) a large batch in the release build: the time from dropping N
// generated articles to the page showing all their results, the main thread's long tasks
// (over 50 ms) meanwhile, and the time a reload takes to restore them from IndexedDB.
//   trunk build --release --offline --locked && node tests/e2e/measure-batch.mjs [N=1000]
import { articles, buildDrop, dispatchDrop } from './articles.mjs';
import { start } from './browser.mjs';

const count = Number(process.argv[2] ?? 1000);
const shown = `${count.toLocaleString('en-US')} file${count === 1 ? '' : 's'} analyzed.`;

/** Resolves, in the page, with the time the status first says `text`, after that frame is painted. */
function whenStatusSays(text) {
  return new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('[role=status]')?.textContent === text) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  });
}

const app = await start();
try {
  const { page } = await app.open();
  const files = articles(count);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])))
      .observe({ type: 'longtask' });
  });
  await buildDrop(page, files);
  const done = page.evaluate(whenStatusSays, shown);
  const dropped = await page.evaluate(() => performance.now());
  await dispatchDrop(page);
  const finished = await done;
  const tasks = await page.evaluate(() => window.longTasks);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  console.log(`${count} articles (${(bytes / 1e6).toFixed(2)} MB): drop to all results shown ${((finished - dropped) / 1000).toFixed(2)} s`);
  const during = tasks.filter(([at]) => at >= dropped).map(([at, ms]) => `${Math.round(ms)} ms at +${Math.round(at - dropped)} ms`);
  console.log(`main-thread long tasks from the drop on: ${during.length}${during.length ? `: ${during.join(', ')}` : ''}`);

  await page.reload();
  // performance.now() counts from the reloaded document's navigation start.
  const restored = await page.evaluate(whenStatusSays, shown);
  console.log(`reload to all ${count} restored from IndexedDB and shown: ${(restored / 1000).toFixed(2)} s`);
  await page.close();
} finally {
  await app.close();
}
