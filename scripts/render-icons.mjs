// Renders web/icon.svg to the PNG icons the web app manifest names (web/icon-192.png,
// web/icon-512.png) in Debian's Chromium. Run it after changing the SVG and commit the
// PNGs: node scripts/render-icons.mjs
//
// The icon is a few flat colours (and their anti-aliased edges), so each PNG is written
// here as an indexed-colour PNG (a palette with its alpha, one byte a pixel), about half
// the bytes of an RGBA screenshot; every file of the site is part of its first
// load. The pixels are those Chromium renders (see indexedPng for icons of over 256
// colours).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const svg = readFileSync(join(WEB, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    // The rendered pixels, unpremultiplied RGBA, as the screenshot would hold them.
    const rgba = await page.locator('img').evaluate(async (img, size) => {
      await img.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0, size, size);
      return Array.from(context.getImageData(0, 0, size, size).data);
    }, size);
    writeFileSync(join(WEB, `icon-${size}.png`), indexedPng(size, size, Buffer.from(rgba)));
    await page.close();
  }
} finally {
  await browser.close();
}

/**
 * An 8-bit indexed-colour PNG of `rgba` pixels. Past 256 colours (the anti-aliased edges
 * of a large icon have a few more), the rarest take the nearest of the 256 most common.
 */
function indexedPng(width, height, rgba) {
  // Fully transparent pixels are one colour, whatever their RGB.
  const colour = (at) => (rgba[at + 3] === 0 ? 0 : rgba.readUInt32BE(at));
  const counts = new Map();
  for (let at = 0; at < rgba.length; at += 4) counts.set(colour(at), (counts.get(colour(at)) ?? 0) + 1);
  // Most common first, ties in colour order, so the file is the same on every run.
  const kept = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 256).map(([c]) => c);
  const index = new Map(kept.map((c, i) => [c, i]));
  const channels = (c) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255];
  const nearest = (c) => {
    const [r, g, b, a] = channels(c);
    let best = 0;
    let bestDistance = Infinity;
    kept.forEach((k, i) => {
      const [kr, kg, kb, ka] = channels(k);
      // Colour weighed by opacity, as it shows.
      const d = ((r * a - kr * ka) / 255) ** 2 + ((g * a - kg * ka) / 255) ** 2 + ((b * a - kb * ka) / 255) ** 2 + (a - ka) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
  for (const c of counts.keys()) if (!index.has(c)) index.set(c, nearest(c));
  const pixels = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    pixels[y * (width + 1)] = 0; // filter: none, the smallest here for a palette image
    for (let x = 0; x < width; x++) pixels[y * (width + 1) + 1 + x] = index.get(colour((y * width + x) * 4));
  }
  const palette = Buffer.alloc(kept.length * 3);
  const alpha = Buffer.alloc(kept.length);
  kept.forEach((c, i) => {
    palette.set(channels(c).slice(0, 3), i * 3);
    alpha[i] = c & 255;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, indexed colour, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(pixels, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
