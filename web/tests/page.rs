//! The page's own logic, compiled to wasm and run in headless Chromium.

use readout_web::{analyze_file, App, SAMPLES};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos run its scheduled effects and the browser settle.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn reads_a_browser_file_and_analyzes_it_in_wasm() {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(" date 2022-03-06\nKyiv got $350 million.".as_bytes()));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "note.txt").unwrap();
    // As the page reads a file before transferring its bytes to the worker.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.unwrap();
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let mut results = analyze_file(&file.name(), &bytes);
    assert_eq!(results.len(), 1);
    let analysis = results.remove(0).outcome.unwrap();
    assert_eq!(analysis.record.file, "note.txt");
    assert_eq!(analysis.record.published.as_deref(), Some("2022-03-06"));
    assert_eq!(analysis.text, "Kyiv got $350 million.");
}

#[wasm_bindgen_test]
fn bad_files_get_a_message_not_a_panic() {
    assert_eq!(analyze_file("empty.txt", b"")[0].outcome.clone().unwrap_err(), "the file is empty");
    let png = analyze_file("logo.png", b"\x89PNG\r\n\x1a\n\0\0")[0].outcome.clone().unwrap_err();
    assert!(png.contains("PNG image"), "{png}");
}

/// The sample button queues the samples for the analysis worker. The test runner serves
/// no worker script (it serves the crate's folder, and the script is in `web/worker/`,
/// copied to the site's root by trunk), so this also shows a missing engine becoming one message per file
/// rather than a page that waits forever (the analysis itself: tests/e2e).
#[wasm_bindgen_test]
async fn sample_button_queues_the_samples_for_the_worker() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), App);

    let button = host.query_selector_all("button").unwrap();
    let button: web_sys::HtmlElement = (0..button.length())
        .filter_map(|i| button.get(i))
        .find(|b| b.text_content().unwrap_or_default().contains("sample"))
        .expect("a sample button")
        .unchecked_into();
    button.click();
    tick().await;
    let bar = host.query_selector("progress").unwrap().expect("a progress bar");
    assert_eq!(bar.get_attribute("max").as_deref(), Some("4"));

    // The failed files' cards are in the Files view, shown once results exist.
    let mut cards = 0;
    for _ in 0..100 {
        tick().await;
        if let Some(tab) = host.query_selector("#tab-files").unwrap() {
            if tab.get_attribute("aria-selected").as_deref() != Some("true") {
                tab.unchecked_into::<web_sys::HtmlElement>().click();
                continue;
            }
        }
        cards = host.query_selector_all("article.file").unwrap().length() as usize;
        if cards == SAMPLES.len() {
            break;
        }
    }
    assert_eq!(cards, SAMPLES.len());
    let text = host.text_content().unwrap();
    assert_eq!(text.matches("the analysis engine could not be started").count(), SAMPLES.len(), "{text}");
    drop(handle);
}

#[wasm_bindgen_test]
fn amounts_are_written_with_separators_and_cents() {
    use readout_web::group_thousands;
    assert_eq!(group_thousands(350_000_000.0), "350,000,000");
    assert_eq!(group_thousands(2.75), "2.75");
    assert_eq!(group_thousands(2.995), "3");
    assert_eq!(group_thousands(1_234.5), "1,234.5");
    assert_eq!(group_thousands(-20.0), "-20");
}

#[wasm_bindgen_test]
fn amounts_dates_and_quotes_read_as_people_read_them() {
    use readout_web::{compact, date_label, quote_words};
    assert_eq!(compact(13_100_000_000.0, "USD"), "$13.1B");
    assert_eq!(compact(56e12, "JPY"), "\u{a5}56T");
    assert_eq!(compact(2_500.0, "x"), "2,500 x");
    assert_eq!(date_label("--06-25"), "25 June, year unknown");
    assert_eq!(date_label("2023-05-12"), "2023-05-12");
    assert_eq!(date_label("--13-01"), "--13-01");
    assert_eq!(quote_words("We need them,"), "We need them");
    assert_eq!(quote_words("Who knows?"), "Who knows?");
}

#[wasm_bindgen_test]
fn a_dataset_gives_one_result_per_row() {
    let csv = "id,title,date,text\nr1,Aid,2023-05-01,Donors pledged $5 million for relief.\nr2,Talks,2023-05-02,Leaders met.\n";
    let results = analyze_file("export.csv", csv.as_bytes());
    let names: Vec<&str> = results.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["export.csv#r1", "export.csv#r2"]);
    let first = results[0].outcome.as_ref().unwrap();
    assert_eq!(first.record.published.as_deref(), Some("2023-05-01"));
    assert_eq!(first.record.amounts[0].value, 5e6);
}
