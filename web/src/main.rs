use wasm_bindgen::prelude::wasm_bindgen;

/// Runs wherever this wasm is initialised: on the page it mounts the app; in the analysis
/// worker, which runs the same wasm and has no window, it does nothing.
fn main() {
    if web_sys::window().is_some() {
        leptos::mount::mount_to_body(readout_web::App);
    }
}

/// The analysis worker's entry point, called by `web/worker/analysis-worker.js` once this
/// wasm runs in the worker.
#[wasm_bindgen]
pub fn worker_main() {
    readout_web::serve_analysis();
}
