//! Throughput (bytes of article per second) of `readout_core::analyze` and of each stage
//! of it, over every file of tests/corpus/dev, one after another: `make bench`, or
//! `cargo bench -p readout-core --bench analyze`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use readout_core::dates::{self, NaiveDate};
use readout_core::names::Cast;
use readout_core::text::{CharOffsets, Span, Structure};
use readout_core::{amounts, calls, document, quotes};

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
    let structures: Vec<Structure> = texts.iter().map(|t| Structure::new(&t.text)).collect();
    let offsets: Vec<CharOffsets> = texts.iter().map(|t| CharOffsets::new(&t.text)).collect();
    let casts: Vec<Cast> = texts.iter().zip(&structures).map(|(t, s)| Cast::new(&t.text, s, t.published)).collect();

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
    let each = |b: &mut criterion::Bencher, stage: &dyn Fn(usize, &Text)| {
        b.iter(|| {
            for (i, t) in texts.iter().enumerate() {
                stage(i, black_box(t));
            }
        })
    };
    group.bench_function("text::Structure::new", |b| each(b, &|_, t| drop(black_box(Structure::new(&t.text)))));
    group.bench_function("amounts::find_amounts", |b| each(b, &|_, t| drop(black_box(amounts::find_amounts(&t.text)))));
    group.bench_function("names::Cast::new", |b| {
        each(b, &|i, t| drop(black_box(Cast::new(&t.text, &structures[i], t.published))))
    });
    group.bench_function("quotes::find_quotes", |b| {
        each(b, &|i, t| drop(black_box(quotes::find_quotes(&t.text, &structures[i], &casts[i], &offsets[i]))))
    });
    group.bench_function("calls::find_calls", |b| {
        each(b, &|i, t| {
            drop(black_box(calls::find_calls(&t.text, &structures[i], &casts[i], t.published, &offsets[i])))
        })
    });
    group.bench_function("dates::find_dates", |b| {
        each(b, &|_, t| drop(black_box(dates::find_dates(&t.text, Span { start: 0, end: t.text.len() }, t.published))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
