//! The page's storage and the way fresh results join the shown ones, in headless Chromium.

use readout_web::{analyze_file, merge_results, FileResult, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn failed(name: &str, reason: &str, generation: u64) -> FileResult {
    FileResult { name: name.to_string(), outcome: Err(reason.to_string()), generation }
}

#[wasm_bindgen_test]
fn fresh_results_replace_those_of_the_same_name_and_stay_in_name_order() {
    let mut shown = vec![failed("b.txt", "old", 1), failed("d.txt", "kept", 2)];
    merge_results(
        &mut shown,
        vec![failed("c.txt", "new", 3), failed("b.txt", "first", 4), failed("b.txt", "second", 5)],
    );
    let seen: Vec<(&str, u64)> = shown.iter().map(|r| (r.name.as_str(), r.generation)).collect();
    assert_eq!(seen, [("b.txt", 5), ("c.txt", 3), ("d.txt", 2)]);
}

#[wasm_bindgen_test]
async fn the_store_keeps_results_across_handles_and_clear_empties_it() {
    let mut analyzed = analyze_file("note.txt", " date 2021-04-09\nDonors pledged $12 million.".as_bytes());
    analyzed[0].generation = 7;
    let store = Store::default();
    store.clear().await.unwrap();
    store.save(analyzed.clone()).await.unwrap();
    store.save(vec![failed("empty.txt", "the file is empty", 8)]).await.unwrap();

    // A new handle, as after a reload, reads the same entries back in name order.
    let back = Store::default().load().await.unwrap();
    let names: Vec<&str> = back.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["empty.txt", "note.txt"]);
    assert_eq!(back[1].generation, 7);
    assert_eq!(back[1].outcome.as_ref().unwrap(), analyzed[0].outcome.as_ref().unwrap());
    assert_eq!(back[0].outcome.as_ref().unwrap_err(), "the file is empty");

    store.clear().await.unwrap();
    assert!(Store::default().load().await.unwrap().is_empty());
}
