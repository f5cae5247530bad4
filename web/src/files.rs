//! Getting files' bytes out of the browser: picked files, dropped files and folders,
//! and the sample articles bundled into the build.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, File, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// The four sample articles readout started from, as (file name, text).
pub const SAMPLES: &[(&str, &str)] = &[
    ("000_d240abb3a1287382.txt", include_str!("../../examples/000_d240abb3a1287382.txt")),
    ("001_58b2ec0da89f2029.txt", include_str!("../../examples/001_58b2ec0da89f2029.txt")),
    ("002_7d3131608ab47473.txt", include_str!("../../examples/002_7d3131608ab47473.txt")),
    ("003_9af9b8adf236328a.txt", include_str!("../../examples/003_9af9b8adf236328a.txt")),
];

/// A file chosen by the person: its name as they know it (with its folder when it came
/// from a dropped or picked folder), and the browser's handle, or why it is unreadable.
pub struct Picked {
    pub name: String,
    pub file: Result<File, String>,
}

impl Picked {
    /// A file from the file input; `webkitRelativePath` carries its folder when a folder
    /// was picked.
    pub fn from_input(file: File) -> Picked {
        let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into()).ok().and_then(|p| p.as_string());
        let name = relative.filter(|p| !p.is_empty()).unwrap_or_else(|| file.name());
        Picked { name, file: Ok(file) }
    }
}

/// The files of a drop, walking into dropped folders. Entries must be taken from the
/// DataTransfer before the drop handler returns, so call this synchronously first and
/// await the result afterwards.
pub fn dropped_files(transfer: &DataTransfer) -> impl std::future::Future<Output = Vec<Picked>> {
    let items = transfer.items();
    let entries: Vec<FileSystemEntry> =
        (0..items.length()).filter_map(|i| items.get(i)?.webkit_get_as_entry().ok().flatten()).collect();
    let plain: Vec<File> = match transfer.files() {
        Some(list) if entries.is_empty() => (0..list.length()).filter_map(|i| list.get(i)).collect(),
        _ => Vec::new(),
    };
    async move {
        let mut files: Vec<Picked> = plain.into_iter().map(Picked::from_input).collect();
        let mut pending = entries;
        while let Some(entry) = pending.pop() {
            let name = entry.full_path().trim_start_matches('/').to_string();
            if entry.is_directory() {
                match read_directory(entry.unchecked_ref()).await {
                    Ok(children) => pending.extend(children),
                    Err(e) => files.push(Picked { name, file: Err(format!("the folder could not be read: {e}")) }),
                }
            } else {
                files.push(Picked { name, file: entry_file(entry.unchecked_ref()).await });
            }
        }
        files
    }
}

/// All entries of a dropped folder (readEntries returns them in batches).
async fn read_directory(dir: &FileSystemDirectoryEntry) -> Result<Vec<FileSystemEntry>, String> {
    let reader = dir.create_reader();
    let mut all = Vec::new();
    loop {
        let batch = Promise::new(&mut |resolve, reject| {
            if let Err(e) = reader.read_entries_with_callback_and_callback(&resolve, &reject) {
                let _ = reject.call1(&JsValue::NULL, &e);
            }
        });
        let batch: Array = JsFuture::from(batch).await.map_err(|e| describe(&e))?.unchecked_into();
        if batch.length() == 0 {
            return Ok(all);
        }
        all.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
    }
}

async fn entry_file(entry: &FileSystemFileEntry) -> Result<File, String> {
    let file = Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    Ok(JsFuture::from(file).await.map_err(|e| describe(&e))?.unchecked_into())
}

/// A JavaScript error as a sentence.
fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the browser could not read it".to_string())
}
