// A static file server for dist/, on loopback only. Used by `make serve` and the e2e tests.
//   node tests/serve.mjs [DIR] [PORT] [PREFIX]
// PREFIX (default '/') is the path dist/ is published under, e.g. /some/sub/path/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` under `prefix` on 127.0.0.1:`port` (0 picks a free port); resolves to the
 * listening server. Every request's path is pushed to `server.requests`; `server.dir`
 * may be changed to serve another folder (a new build) from then on.
 */
export function serve(dir, port = 0, prefix = '/') {
  const server = createServer(async (req, res) => {
    try {
      server.requests.push(req.url);
      const root = resolve(server.dir);
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(prefix)) throw new Error('outside the prefix');
      let file = normalize(join(root, full.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.dir = dir;
  server.requests = [];
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const server = await serve(dir, Number(port), prefix);
  console.log(`readout is being served at http://127.0.0.1:${server.address().port}${prefix}  (Ctrl-C stops it)`);
}
