//! Throughput (bytes of article per second) of `readout_core::analyze` and of each phase
//! of it (the Doc, the Cast, then calls, quotes, amounts and dates read from them), over
//! every file of tests/corpus/dev, one after another; and of reading saved pages
//! (`document::read` of the 31 pages of tests/html-bench: the page tree, the article
//! body, the metadata): `make bench`, or `cargo bench -p readout-core --bench analyze`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use readout_core::document;
use readout_core::phases::{self, NaiveDate, Read};

/// The files of the corpus, sorted: name and bytes.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/dev");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt" || e == "html"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).unwrap()))
        .collect();
    files.sort();
    files
}

/// The pages of tests/html-bench, inflated: name and bytes.
fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/html-bench/html");
    let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".html.gz"))
        .map(|path| {
            (path.file_name().unwrap().to_string_lossy().replace(".gz", ""), gunzip(&std::fs::read(&path).unwrap()))
        })
        .collect();
    pages.sort();
    pages
}

/// A gzip member's content (RFC 1952: a 10-byte header, an optional file name, the
/// deflated data, an 8-byte trailer).
fn gunzip(gz: &[u8]) -> Vec<u8> {
    let mut at = 10;
    if gz[3] & 0x08 != 0 {
        at += gz[at..].iter().position(|&b| b == 0).unwrap() + 1;
    }
    assert!(gz[3] & !0x08 == 0, "a gzip header with fields other than the name");
    miniz_oxide::inflate::decompress_to_vec(&gz[at..gz.len() - 8]).expect("the page inflates")
}

/// One document as the stages see it: its text and publication date.
struct Text {
    text: String,
    published: Option<NaiveDate>,
}

fn bench(c: &mut Criterion) {
    let files = corpus();
    let file_bytes: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    let texts: Vec<Text> = files
        .iter()
        .map(|(name, bytes)| {
            let doc = document::read(name, bytes).expect("a corpus file reads");
            let published = doc.published.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            Text { text: doc.text, published }
        })
        .collect();
    let text_bytes: usize = texts.iter().map(|t| t.text.len()).sum();
    let read: Vec<Read> = texts.iter().map(|t| phases::read(&t.text, t.published)).collect();

    let mut group = c.benchmark_group("dev");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));

    group.throughput(Throughput::BytesDecimal(file_bytes as u64));
    group.bench_function("analyze", |b| {
        b.iter(|| {
            for (name, bytes) in &files {
                black_box(readout_core::analyze(name, black_box(bytes)).ok());
            }
        })
    });

    group.throughput(Throughput::BytesDecimal(text_bytes as u64));
    // Each phase returns a count of what it found, kept from the optimiser.
    let each = |b: &mut criterion::Bencher, phase: &dyn Fn(usize, &Text) -> usize| {
        b.iter(|| {
            for (i, t) in texts.iter().enumerate() {
                black_box(phase(i, black_box(t)));
            }
        })
    };
    group.bench_function("doc", |b| each(b, &|_, t| phases::doc(&t.text, t.published)));
    group.bench_function("cast", |b| each(b, &|i, _| phases::cast(&read[i])));
    group.bench_function("calls", |b| each(b, &|i, _| phases::calls(&read[i])));
    group.bench_function("quotes", |b| each(b, &|i, _| phases::quotes(&read[i])));
    group.bench_function("amounts", |b| each(b, &|i, _| phases::amounts(&read[i])));
    group.bench_function("dates", |b| each(b, &|i, _| phases::dates(&read[i])));
    group.finish();

    let pages = pages();
    let mut group = c.benchmark_group("html");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::BytesDecimal(pages.iter().map(|(_, bytes)| bytes.len() as u64).sum()));
    group.bench_function("read", |b| {
        b.iter(|| {
            for (name, bytes) in &pages {
                black_box(document::read(name, black_box(bytes)).ok());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
