// The analysis worker: the page's own wasm, run a second time in this module worker, so
// the engine is neither downloaded nor compiled twice. The page starts this file with
// `{ type: "module" }` and posts, first, `{ glue, module }`: the URL of its wasm-bindgen
// glue (hashed by trunk, so only the page knows it) and its compiled WebAssembly.Module.
// Once the wasm runs, `worker_main` takes over `onmessage` and says it is ready
// (web/src/worker.rs). A failure to load is thrown outside the promise, so the page gets
// an error event for it instead of waiting for its deadline.
self.onmessage = (event) => {
  self.onmessage = null;
  const { glue, module } = event.data;
  import(glue)
    .then(async (bindings) => {
      await bindings.default({ module_or_path: module });
      bindings.worker_main();
    })
    .catch((error) => {
      setTimeout(() => {
        throw error;
      });
    });
};
