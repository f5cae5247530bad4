// The side-by-side figures of `make bench` (after criterion): readout's CLI, readout's wasm
// core in Chromium, wink-nlp and compromise in node and in the same Chromium, the page
// with 1,000 and 10,000 dropped articles, and the first-load transfer of dist/.
//   node tests/bench/run.mjs          (the Makefile's `bench` target builds what it needs)
//   BENCH_ONLY=cli,browser node tests/bench/run.mjs   (some parts only)
//
// The corpus: the .txt articles of tests/corpus/dev (the .html one is left out so every
// tool reads the same plain text), repeated under new names until it holds 10 MB. MB are
// 10^6 bytes. Timings are printed, never asserted. The machine may be shared: where a
// figure can be had as CPU time (the CLI, node) it is printed beside the wall clock, and
// the ratios use it.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, start } from '../e2e/browser.mjs';
import { serve } from '../serve.mjs';
import { compromiseWork, winkWork } from './peers.mjs';

const MB = 1e6;
const CORPUS_BYTES = 10 * MB;
/** How long each peer may run at most; it reads the corpus in order until then. */
const PEER_SECONDS = 20;
/** How long the page may take over a drop before the benchmark gives up on it. */
const PAGE_SECONDS = Number(process.env.PAGE_SECONDS ?? 300);
const CLI = join(ROOT, 'target', 'release', 'readout');
/** readout-core's wasm built with the page's size-tuned profile, and with `release`. */
const WASM = ['web', 'release'].map((profile) => ({
  profile, path: join(ROOT, 'target', 'wasm32-unknown-unknown', profile, 'readout_bench_wasm.wasm'),
}));

const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const fixed = (x, digits = 1) => x.toFixed(digits);
const line = (label, value, note = '') => console.log(`  ${label.padEnd(44)} ${value}${note ? `   ${note}` : ''}`);

// The distinct articles, then the corpus as the list of { name, text } repeated to 10 MB.
const DEV = join(ROOT, 'tests', 'corpus', 'dev');
const articles = readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, text: readFileSync(join(DEV, name), 'utf8') }));
const repeated = (total) => {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < total; i++) {
    const a = articles[i % articles.length];
    out.push({ name: `${String(i).padStart(5, '0')}_${a.name}`, text: a.text });
    bytes += Buffer.byteLength(a.text);
  }
  return out;
};
const corpus = repeated(CORPUS_BYTES);
const corpusBytes = corpus.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const work = mkdtempSync(join(tmpdir(), 'readout-bench-'));
const corpusDir = join(work, 'corpus');
mkdirSync(corpusDir);
for (const f of corpus) writeFileSync(join(corpusDir, f.name), f.text);
console.log(`\ncorpus: ${articles.length} dev articles repeated to ${corpus.length} files, ${fixed(corpusBytes / MB, 2)} MB (${corpusDir})`);

const results = {};
// BENCH_ONLY=cli,stream,node,browser,page,transfer runs only those parts (the summary needs all).
const only = process.env.BENCH_ONLY?.split(',');
const part = (name) => !only || only.includes(name);
try {
  if (part('cli')) cli();
  if (part('stream')) stream();
  if (part('node')) await nodePeers();
  if (part('browser')) await browserBench();
  if (part('page')) await pageBench();
  if (part('transfer')) transfer();
  if (!only) summary();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A command under /usr/bin/time -v: wall and CPU seconds, peak resident KB. */
function timed(command, args, options = {}) {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { maxBuffer: 1 << 30, encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  const wall = r.stderr.match(/Elapsed \(wall clock\) time \([^)]*\): (?:(\d+):)?(\d+):([\d.]+)/);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const user = Number(r.stderr.match(/User time \(seconds\): ([\d.]+)/)[1]);
  const sys = Number(r.stderr.match(/System time \(seconds\): ([\d.]+)/)[1]);
  const rss = Number(r.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]);
  return { seconds, cpu: user + sys, rss, stdout: r.stdout };
}

/** The CLI over the corpus with one thread and with two, three runs each, the medians. */
function cli() {
  for (const jobs of [1, 2]) {
    console.log(`\nreadout CLI (target/release/readout analyze --jobs ${jobs} DIR > /dev/null), native`);
    const runs = [0, 1, 2].map(() => timed(CLI, ['analyze', '--jobs', String(jobs), corpusDir], { stdio: ['ignore', 'ignore', 'pipe'] }));
    runs.sort((a, b) => a.seconds - b.seconds);
    const m = runs[1];
    results[`cli${jobs}`] = mbps(corpusBytes, m.seconds * 1000);
    if (jobs === 1) {
      results.cli = results.cli1;
      results.cliCpu = mbps(corpusBytes, m.cpu * 1000);
    }
    line('wall clock (median of 3)', `${fixed(m.seconds, 2)} s`, `${fixed(results[`cli${jobs}`])} MB/s`);
    line('CPU time, user + sys (same run)', `${fixed(m.cpu, 2)} s`, `${fixed(mbps(corpusBytes, m.cpu * 1000))} MB/s`);
    line('peak memory (maximum resident set)', `${fixed(m.rss / 1024, 1)} MiB`);
  }
  line('--jobs 2 / --jobs 1 (wall)', `${fixed(results.cli2 / results.cli1, 2)}x`, 'target >= 1.8x on 2 cores');
}

/**
 * A JSON Lines archive of STREAM_BYTES (the corpus's articles, numbered) streamed through
 * `readout analyze --jobs 2 -`: its peak memory, and its output against the same file
 * named on the command line (which streams it too, being over the core's file limit).
 */
function stream() {
  const total = Number(process.env.STREAM_BYTES ?? 1e9);
  const path = join(work, 'archive.jsonl');
  const lines = corpus.map((f) => JSON.stringify({ text: f.text }).slice(1));
  const fd = openSync(path, 'w');
  let bytes = 0;
  for (let i = 0; bytes < total; i++) {
    const chunk = `{"id":${i},${lines[i % lines.length]}\n`;
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
  }
  closeSync(fd);
  console.log(`\nreadout analyze --jobs 2 - < archive.jsonl (${fixed(bytes / MB)} MB of JSON Lines)`);
  const out = join(work, 'streamed.jsonl');
  const streamed = timed('/bin/sh', ['-c', `"${CLI}" analyze --jobs 2 --name archive.jsonl - < "${path}" > "${out}"`]);
  line('wall clock', `${fixed(streamed.seconds, 1)} s`, `${fixed(mbps(bytes, streamed.seconds * 1000))} MB/s`);
  line('peak memory (maximum resident set)', `${fixed(streamed.rss / 1024, 1)} MiB`, 'target < 200 MB');
  const named = join(work, 'named.jsonl');
  timed('/bin/sh', ['-c', `"${CLI}" analyze --jobs 2 "${path}" > "${named}"`]);
  const same = spawnSync('cmp', ['-s', out, named]).status === 0;
  line('output identical to the file named', same ? 'yes' : 'NO');
  results.streamRss = streamed.rss;
  rmSync(path);
  rmSync(out);
  rmSync(named);
}

/** wink-nlp and compromise in node, each over the corpus in order for at most PEER_SECONDS. */
async function nodePeers() {
  console.log(`\npeers in node ${process.version} (each reads the corpus in order, for at most ${PEER_SECONDS} s)`);
  const peers = { wink: await winkWork(), compromise: await compromiseWork() };
  for (const [name, fn] of Object.entries(peers)) {
    const cpu0 = process.cpuUsage();
    const r = timeOver(corpus.map((f) => f.text), fn, PEER_SECONDS * 1000);
    const cpu = process.cpuUsage(cpu0);
    const cpuMbps = mbps(r.bytes, (cpu.user + cpu.system) / 1000);
    results[`node_${name}`] = cpuMbps;
    line(`${name}`, `${fixed(r.mbps, 2)} MB/s wall, ${fixed(cpuMbps, 2)} MB/s CPU`,
      `${r.files} files, ${fixed(r.bytes / MB, 2)} MB; readout CLI ${fixed(results.cliCpu / cpuMbps)}x (CPU)`);
  }
}

/** Runs `fn` over `texts` in order until all are done or `budget` ms have passed. */
function timeOver(texts, fn, budget) {
  const t0 = performance.now();
  let bytes = 0;
  let files = 0;
  for (const text of texts) {
    fn(text);
    bytes += Buffer.byteLength(text);
    files += 1;
    if (performance.now() - t0 > budget) break;
  }
  const ms = performance.now() - t0;
  return { bytes, files, ms, mbps: mbps(bytes, ms) };
}

/**
 * In headless Chromium: readout-core's wasm (tests/bench/wasm, the page's size-tuned `web`
 * profile, no JS glue), then wink-nlp and compromise bundled by esbuild, over the same corpus.
 */
async function browserBench() {
  const site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><meta charset="utf-8"><title>bench</title><script src="peers.js"></script>');
  writeFileSync(join(site, 'corpus.json'), JSON.stringify(corpus));
  for (const { profile, path } of WASM) execFileSync('cp', [path, join(site, `core-${profile}.wasm`)]);
  await build({
    entryPoints: [join(import.meta.dirname, 'browser-peers.mjs')], bundle: true, format: 'iife',
    outfile: join(site, 'peers.js'), logLevel: 'warning', platform: 'browser',
  });
  const server = await serve(site);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // CPU time of the page's main thread (CDP's ThreadTime), beside the wall clock.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value;
    /** Runs the `window.__run` a set-up left, timed by the wall clock and by CPU. */
    const timed = async () => {
      const before = await threadTime();
      const r = await page.evaluate(() => window.__run());
      const after = await threadTime();
      const cpu = before != null && after != null ? mbps(r.bytes, (after - before) * 1000) : NaN;
      return { ...r, wall: mbps(r.bytes, r.ms), cpu };
    };
    console.log(`\nin headless Chromium ${browser.version()} (same corpus; MB/s by wall clock and by main-thread CPU time)`);
    for (const { profile } of WASM) {
      await page.evaluate(async (profile) => {
        const corpus = await (await fetch('corpus.json')).json();
        const { instance } = await WebAssembly.instantiateStreaming(fetch(`core-${profile}.wasm`), {});
        const { buffer, analyze, memory } = instance.exports;
        const encoder = new TextEncoder();
        const inputs = corpus.map((f) => ({ name: encoder.encode(f.name), bytes: encoder.encode(f.text) }));
        const run = (inputs) => {
          let found = 0;
          for (const { name, bytes } of inputs) {
            const at = buffer(name.length + bytes.length);
            const view = new Uint8Array(memory.buffer, at, name.length + bytes.length);
            view.set(name);
            view.set(bytes, name.length);
            found += analyze(at, name.length, name.length + bytes.length);
          }
          return found;
        };
        run(inputs.slice(0, 200)); // warm-up: compiles the tiers
        window.__run = () => {
          const t0 = performance.now();
          const found = run(inputs);
          return { ms: performance.now() - t0, found, bytes: inputs.reduce((n, i) => n + i.bytes.length, 0) };
        };
      }, profile);
      const r = await timed();
      results[`wasm_${profile}`] = r;
      line(`readout-core wasm, ${profile} profile${profile === 'web' ? ' (as the page ships)' : ''}`,
        `${fixed(r.wall, 2)} MB/s wall, ${fixed(r.cpu, 2)} MB/s CPU`,
        `${r.found} records; native CLI / wasm ${fixed(results.cliCpu / r.cpu, 2)}x (CPU)`);
    }
    results.wasm = results.wasm_web;
    for (const name of ['wink', 'compromise']) {
      await page.evaluate(async ([name, budget]) => {
        const corpus = await (await fetch('corpus.json')).json();
        const encoder = new TextEncoder();
        const sizes = corpus.map((f) => encoder.encode(f.text).length);
        const fn = await window.peers[name]();
        fn(corpus[0].text); // warm-up
        window.__run = () => {
          const t0 = performance.now();
          let bytes = 0;
          let files = 0;
          for (const f of corpus) {
            fn(f.text);
            bytes += sizes[files];
            files += 1;
            if (performance.now() - t0 > budget) break;
          }
          return { ms: performance.now() - t0, bytes, files };
        };
      }, [name, PEER_SECONDS * 1000]);
      const r = await timed();
      results[`browser_${name}`] = r;
      line(name, `${fixed(r.wall, 2)} MB/s wall, ${fixed(r.cpu, 2)} MB/s CPU`,
        `${r.files} files, ${fixed(r.bytes / MB, 2)} MB; readout wasm (web) ${fixed(results.wasm.cpu / r.cpu, 2)}x (CPU)`);
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

/**
 * The release page in dist/: 1,000 dev articles dropped at once, the time until the page
 * says they are all analyzed, the longest main-thread task meanwhile ('longtask' entries);
 * then 10,000 more in a fresh tab and its memory.
 */
async function pageBench() {
  const app = await start();
  try {
    console.log('\nthe page (release dist/, served on loopback, in the same Chromium)');
    const texts = articles.map((a) => a.text);
    const drop = async (count) => {
      const page = await app.browser.newPage();
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => e.duration)))
          .observe({ type: 'longtask', buffered: true });
      });
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Try the sample articles' }).waitFor();
      const r = await page.evaluate(async ([texts, count, limit]) => {
        const transfer = new DataTransfer();
        for (let i = 0; i < count; i++) {
          transfer.items.add(new File([texts[i % texts.length]], `${String(i).padStart(5, '0')}.txt`));
        }
        const status = document.querySelector('[role=status]');
        const analyzed = () => Number(status?.textContent.match(/([\d,]+) files? analyzed/)?.[1].replace(/,/g, '') ?? 0);
        const done = () => analyzed() >= count || performance.now() - t0 > limit;
        // Making the files is the benchmark's work, not the page's: a task of its own.
        await new Promise((ok) => setTimeout(ok, 100));
        window.__longtasks.length = 0;
        const target = document.querySelector('.page');
        const t0 = performance.now();
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        await new Promise((ok) => {
          const check = () => (done() ? ok() : requestAnimationFrame(check));
          check();
        });
        // The results are shown once the frame that holds them has been painted.
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        const ms = performance.now() - t0;
        await new Promise((ok) => setTimeout(ok, 100)); // let the observer deliver
        return { ms, shown: analyzed(), longest: Math.max(0, ...window.__longtasks), longtasks: window.__longtasks.length };
      }, [texts, count, PAGE_SECONDS * 1000]);
      return { page, ...r };
    };

    const shown = (r, count) => (r.shown >= count ? `${fixed(r.ms / 1000, 2)} s` : `not done after ${fixed(r.ms / 1000)} s (${r.shown} shown)`);
    const thousand = await drop(1000);
    results.page1000 = shown(thousand, 1000);
    results.longest = thousand.longest;
    line('1,000 articles: drop to all results shown', results.page1000, 'target <= 2 s');
    line('  longest main-thread task meanwhile', `${fixed(thousand.longest, 0)} ms`, `${thousand.longtasks} tasks over 50 ms; target <= 200 ms`);
    await thousand.page.close();

    const tenThousand = await drop(10000);
    const cdp = await tenThousand.page.context().newCDPSession(tenThousand.page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    const memory = chromiumMemory();
    results.page10000 = shown(tenThousand, 10000);
    results.heap = metric('JSHeapUsedSize');
    results.rss = memory.total;
    results.renderer = memory.renderer;
    line('10,000 articles: drop to all results shown', results.page10000, `longest task ${fixed(tenThousand.longest, 0)} ms`);
    line('  JS heap used / total (CDP, after GC)', `${fixed(results.heap / 2 ** 20)} / ${fixed(metric('JSHeapTotalSize') / 2 ** 20)} MiB`,
      `${metric('Nodes')} DOM nodes`);
    line('  the tab (its renderer process), resident', `${fixed(memory.renderer / 2 ** 20)} MiB`, 'target < 1 GB; wasm memory is here, not in the JS heap');
    line('  all Chromium processes, resident', `${fixed(memory.total / 2 ** 20)} MiB`, 'the browser, GPU, utility and worker processes too');
    await tenThousand.page.close();
  } finally {
    await app.close();
  }
}

/**
 * Resident memory of the Chromium that playwright started (the descendants of this node
 * process, read from /proc): all its processes, and its largest renderer (the tab).
 */
function chromiumMemory() {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch { /* the process ended */ }
  }
  let total = 0;
  let renderer = 0;
  const visit = (pid) => {
    try {
      const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      const rss = m ? Number(m[1]) * 1024 : 0;
      total += rss;
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) renderer = Math.max(renderer, rss);
    } catch { /* the process ended */ }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  for (const child of children.get(process.pid) ?? []) visit(child);
  return { total, renderer };
}

/** First-load transfer of dist/: every file the page loads, gzip -9, by kind. */
function transfer() {
  console.log('\nfirst load of dist/ (gzip -9 bytes; the page loads every file below)');
  const dist = join(ROOT, 'dist');
  const kinds = {};
  for (const file of readdirSync(dist, { recursive: true })) {
    const path = join(dist, file);
    if (!statSync(path).isFile()) continue;
    const kind = file.split('.').pop();
    const gz = execFileSync('gzip', ['-9c', path]).length;
    kinds[kind] = (kinds[kind] ?? 0) + gz;
    line(`  ${basename(file)}`, `${statSync(path).size} B raw`, `${gz} B gzip -9`);
  }
  results.transfer = Object.values(kinds).reduce((a, b) => a + b, 0);
  for (const [kind, bytes] of Object.entries(kinds)) line(kind, `${bytes} B`);
  line('total', `${results.transfer} B (${fixed(results.transfer / 1000)} KB)`, 'target <= 400 KB');
}

/** The targets of issue 7 beside what was measured. */
function summary() {
  console.log('\nsummary (targets of issues 7 and 14)');
  line('CLI --jobs 2 / --jobs 1', `${fixed(results.cli2 / results.cli1, 2)}x`, 'target >= 1.8x');
  line('1 GB JSON Lines streamed, peak memory', `${fixed(results.streamRss / 1024)} MiB`, 'target < 200 MB');
  line('native whole analysis, one thread (CLI)', `${fixed(results.cliCpu)} MB/s CPU, ${fixed(results.cli)} MB/s wall`,
    `target >= 50; ${fixed(results.cliCpu / results.node_wink)}x wink-nlp in node (target >= 20x), ${fixed(results.cliCpu / results.node_compromise)}x compromise (CPU)`);
  line('wasm in Chromium vs native (CPU / CPU)', `${fixed(results.cliCpu / results.wasm_web.cpu, 2)}x slower (web profile, shipped), ${fixed(results.cliCpu / results.wasm_release.cpu, 2)}x (release profile)`, 'target <= 2x');
  line('readout wasm vs wink-nlp / compromise, Chromium', `${fixed(results.wasm.cpu / results.browser_wink.cpu, 2)}x / ${fixed(results.wasm.cpu / results.browser_compromise.cpu, 1)}x (CPU)`);
  line('1,000 articles, drop to results', `${results.page1000}, longest task ${fixed(results.longest, 0)} ms`, 'target <= 2 s, <= 200 ms');
  line('10,000 articles in one tab', `${results.page10000}; tab ${fixed(results.renderer / 2 ** 20)} MiB resident (all Chromium ${fixed(results.rss / 2 ** 20)} MiB)`, 'target < 1 GB');
  line('first load, gzip -9', `${fixed(results.transfer / 1000)} KB`, 'target <= 400 KB');
}
