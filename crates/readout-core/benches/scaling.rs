//! Linear time on any input: each pathological shape of `tests/common/shapes.rs`
//! analyzed at two sizes, and the ratio of the times printed (twice the input should take
//! about twice the time; above 2.5 is flagged). `make bench`, or `cargo bench -p
//! readout-core --bench scaling`. Times are printed, never asserted.

#[path = "../tests/common/shapes.rs"]
mod shapes;

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Bytes of the smaller input of each shape.
const SMALL: usize = 100_000;

/// The least time of `runs` analyses of `text`.
fn time(name: &str, text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(readout_core::analyze(name, black_box(text.as_bytes())).ok());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    println!("{:<24} {:>10} {:>10} {:>7}", "shape", "100 KB", "200 KB", "ratio");
    let mut flagged = Vec::new();
    for &(shape, file, unit) in shapes::SHAPES {
        let small = shapes::repeat(unit, SMALL);
        let large = shapes::repeat(unit, 2 * SMALL);
        let (a, b) = (time(file, &small, 5), time(file, &large, 5));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-9);
        let flag = if ratio > 2.5 { "  superlinear" } else { "" };
        if ratio > 2.5 {
            flagged.push(shape);
        }
        println!("{shape:<24} {:>8.2}ms {:>8.2}ms {ratio:>7.2}{flag}", 1e3 * a.as_secs_f64(), 1e3 * b.as_secs_f64());
    }
    match flagged.len() {
        0 => println!("every shape scales linearly (ratio at most 2.5)"),
        _ => println!("superlinear: {}", flagged.join(", ")),
    }
}
