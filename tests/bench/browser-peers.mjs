// The peers for the Chromium half of tests/bench/run.mjs, bundled by esbuild into peers.js.
import { compromiseWork, winkWork } from './peers.mjs';

window.peers = { wink: winkWork, compromise: compromiseWork };
