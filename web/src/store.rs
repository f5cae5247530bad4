//! Keeping the analyzed set across reloads, in the browser's IndexedDB (localStorage holds
//! a few megabytes; a thousand articles with their text need more). One entry per
//! [`FileResult`], keyed by its name, as the plain object serde-wasm-bindgen makes of it.
//!
//! Every failure (no IndexedDB, private mode, quota) comes back as a sentence for the page
//! to show; the page keeps working without storage.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, Event, IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::FileResult;

const DATABASE: &str = "readout";
const VERSION: u32 = 1;
const RESULTS: &str = "results";
/// Entries read back per slice, with a pause between slices so restoring a thousand
/// articles never holds the main thread for long.
const SLICE: usize = 50;

/// The page's storage. Cloning gives another handle to the same database.
#[derive(Clone, Default)]
pub struct Store {
    db: Rc<RefCell<Option<IdbDatabase>>>,
    /// Bumped by [`Store::clear`], so a save begun before it does not write afterwards.
    clears: Rc<Cell<u64>>,
}

impl Store {
    async fn db(&self) -> Result<IdbDatabase, String> {
        if let Some(db) = self.db.borrow().clone() {
            return Ok(db);
        }
        let window = web_sys::window().ok_or("there is no window")?;
        let factory = window.indexed_db().map_err(|e| describe(&e))?.ok_or("this browser offers no IndexedDB")?;
        let request = factory.open_with_u32(DATABASE, VERSION).map_err(|e| describe(&e))?;
        let upgrade = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            let Some(request) = ev.target().and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok()) else { return };
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                if !db.object_store_names().contains(RESULTS) {
                    // A failure here aborts the upgrade, which fails the open below.
                    let _ = db.create_object_store(RESULTS);
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = done(&request).await;
        request.set_onupgradeneeded(None);
        let db: IdbDatabase = opened?.unchecked_into();
        *self.db.borrow_mut() = Some(db.clone());
        Ok(db)
    }

    /// Everything stored, in name order. Entries that no longer read as a result (from an
    /// older build) are skipped.
    pub async fn load(&self) -> Result<Vec<FileResult>, String> {
        let db = self.db().await?;
        let transaction = db.transaction_with_str(RESULTS).map_err(|e| describe(&e))?;
        let request = transaction.object_store(RESULTS).and_then(|s| s.get_all()).map_err(|e| describe(&e))?;
        let entries: Array = done(&request).await?.unchecked_into();
        let mut results = Vec::with_capacity(entries.length() as usize);
        for (i, entry) in entries.iter().enumerate() {
            if i > 0 && i % SLICE == 0 {
                pause().await;
            }
            if let Ok(result) = serde_wasm_bindgen::from_value::<FileResult>(entry) {
                results.push(result);
            }
        }
        Ok(results)
    }

    /// Stores results, replacing those of the same names; nothing if [`Store::clear`] is
    /// called before the write begins.
    pub fn save(&self, results: Vec<FileResult>) -> impl std::future::Future<Output = Result<(), String>> {
        let clears = self.clears.get();
        let store = self.clone();
        async move {
            let db = store.db().await?;
            if clears != store.clears.get() {
                return Ok(());
            }
            let transaction =
                db.transaction_with_str_and_mode(RESULTS, IdbTransactionMode::Readwrite).map_err(|e| describe(&e))?;
            let objects = transaction.object_store(RESULTS).map_err(|e| describe(&e))?;
            for result in &results {
                let value = serde_wasm_bindgen::to_value(result).map_err(|e| e.to_string())?;
                objects.put_with_key(&value, &JsValue::from_str(&result.name)).map_err(|e| describe(&e))?;
            }
            committed(&transaction).await
        }
    }

    /// Removes everything stored. Saves begun before this call write nothing.
    pub fn clear(&self) -> impl std::future::Future<Output = Result<(), String>> {
        self.clears.set(self.clears.get() + 1);
        let store = self.clone();
        async move {
            let db = store.db().await?;
            let transaction =
                db.transaction_with_str_and_mode(RESULTS, IdbTransactionMode::Readwrite).map_err(|e| describe(&e))?;
            transaction.object_store(RESULTS).and_then(|s| s.clear()).map_err(|e| describe(&e))?;
            committed(&transaction).await
        }
    }
}

/// The result of a request once it succeeds, or its error.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let settled = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(settled).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(|e| describe(&e)),
        Err(_) => {
            Err(request.error().ok().flatten().map(|e| exception(&e)).unwrap_or_else(|| "the request failed".into()))
        }
    }
}

/// Waits until a write transaction is on disk, or says why it was not.
async fn committed(transaction: &IdbTransaction) -> Result<(), String> {
    let settled = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    match JsFuture::from(settled).await {
        Ok(_) => Ok(()),
        Err(_) => Err(transaction.error().map(|e| exception(&e)).unwrap_or_else(|| "the write was abandoned".into())),
    }
}

/// Lets the browser run other tasks (input, rendering) before going on.
async fn pause() {
    let tick = Promise::new(&mut |resolve, _| {
        let scheduled =
            web_sys::window().and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).ok());
        if scheduled.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(tick).await;
}

fn exception(e: &DomException) -> String {
    match e.message() {
        m if m.is_empty() => e.name(),
        m => format!("{} ({})", m, e.name()),
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(e) => exception(e),
        None => js_sys::Reflect::get(error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "the browser refused".to_string()),
    }
}
