// Trunk's post_build hook (Trunk.toml), on its staging folder. Hooks of one stage run at
// once, so this one runs the steps in order: a release build's JavaScript is minified
// (minify-js.mjs), then the service worker is written over the final files
// (precache.mjs), then minified too.
//   node scripts/post-build.mjs        (in a trunk hook: $TRUNK_STAGING_DIR, $TRUNK_PROFILE)
import { readdirSync } from 'node:fs';
import { minifyJs } from './minify-js.mjs';
import { precache } from './precache.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR)');
const release = process.env.TRUNK_PROFILE === 'release';
if (release) minifyJs(dir, readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js'));
const { digest, urls } = precache(dir);
if (release) minifyJs(dir, ['sw.js']);
console.log(`sw.js: build ${digest}, ${urls.length} files precached${release ? ', JavaScript minified' : ''}`);
