// Minifies JavaScript files of a release build in place: the wasm-bindgen glue, which
// trunk's own minifier cannot parse (it leaves it whole), the scripts copied from web/
// (start.js, worker/analysis-worker.js) and the service worker. Every one of them is part
// of the first load; minified, they weigh about 4 KB (gzip) less. index.html names the
// glue with its SRI digest (a modulepreload link), which is rewritten to match. Run by
// scripts/post-build.mjs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** Minifies `names` (files of `dir`) and rewrites their SRI digests in `dir`/index.html. */
export function minifyJs(dir, names) {
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const html = join(dir, 'index.html');
  let page = readFileSync(html, 'utf8');
  for (const name of names) {
    const path = join(dir, name);
    const before = readFileSync(path);
    // Module syntax is kept as it is (no `format`), and nothing is bundled or lowered.
    const { code } = transformSync(before.toString('utf8'), { minify: true, loader: 'js', legalComments: 'none' });
    const after = Buffer.from(code);
    writeFileSync(path, after);
    page = page.replaceAll(sri(before), sri(after));
  }
  writeFileSync(html, page);
}
