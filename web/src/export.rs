//! Taking a view away: a download made from a Blob object URL, and the clipboard.

use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file called `name` of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let link: HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "no link element".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has taken the blob's bytes once the click is handled.
    leptos::prelude::request_animation_frame(move || {
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// Puts `text` on the clipboard, then tells `done` how it went.
pub fn copy(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    spawn_local(async move {
        let outcome = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
        done(outcome.map(|_| ()).map_err(describe));
    });
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}
