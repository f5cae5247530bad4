//! The analysis worker: readout-core in a Web Worker, so the page's main thread never runs
//! the extraction. The worker runs the page's own wasm (`web/worker/analysis-worker.js`
//! starts it with the module the page compiled) and calls [`serve_analysis`] through the
//! binary's exported `worker_main`.
//!
//! Each message is one file, `{ id, name, bytes }`; each answer is a [`Reply::Analyzed`]
//! with that id, in the order the files came. Once listening it says [`Reply::Ready`].

use crate::{analyze_file, FileResult, Reply};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Makes this worker the analysis engine: every message from the page is analyzed and
/// answered, and the page is told the engine is ready.
pub fn serve_analysis() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let reply = answer(&ev.data());
        match serde_wasm_bindgen::to_value(&reply) {
            Ok(message) => post(&answer_to, &message),
            Err(e) => {
                // Only an unrepresentable record gets here; the file still gets its answer.
                let Reply::Analyzed { id, results } = reply else { return };
                let name = results.into_iter().next().map(|r| r.name).unwrap_or_default();
                let failed = Reply::Analyzed {
                    id,
                    results: vec![FileResult {
                        name,
                        outcome: Err(format!("its records could not be sent to the page: {e}")),
                        generation: 0,
                    }],
                };
                if let Ok(message) = serde_wasm_bindgen::to_value(&failed) {
                    post(&answer_to, &message);
                }
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its handler; it is never removed.
    on_message.forget();
    if let Ok(ready) = serde_wasm_bindgen::to_value(&Reply::Ready) {
        post(&scope, &ready);
    }
}

/// Analyzes the file a message carries.
fn answer(data: &JsValue) -> Reply {
    let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let id = field("id").as_f64().unwrap_or(0.0) as u32;
    let name = field("name").as_string().unwrap_or_default();
    let bytes = field("bytes");
    let results = if bytes.is_instance_of::<js_sys::ArrayBuffer>() {
        analyze_file(&name, &Uint8Array::new(&bytes).to_vec())
    } else {
        vec![FileResult { name, outcome: Err("its bytes did not reach the analysis".to_string()), generation: 0 }]
    };
    Reply::Analyzed { id, results }
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &JsValue) {
    // A file without an answer would leave the page waiting: throwing instead raises an
    // error event on the page's side, which treats it as this file's crash and goes on.
    if let Err(e) = scope.post_message(message) {
        wasm_bindgen::throw_val(e);
    }
}
