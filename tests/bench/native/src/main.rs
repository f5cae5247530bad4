//! `readout-bench-native TEXTS.jsonl [ROUNDS]`: analyzes every text of TEXTS.jsonl (one
//! JSON string a line) as `readout.analyze(text)` has the core analyze it
//! (`Article { text }.analyze(name)`), ROUNDS times (3 by default) after an untimed
//! warm-up over its first 100 texts, and prints the best
//! round as one JSON line: {"texts", "bytes", "cpu_seconds", "wall_seconds"}. The CPU time
//! is this thread's (Linux's /proc/thread-self/schedstat), so another process on a shared
//! machine barely moves it. The Python benchmark (tests/bench/python.py) compares its own
//! time over the same texts with this one.

use std::time::Instant;

use readout_core::Article;

/// The CPU time this thread has run, in seconds.
fn thread_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("Linux's /proc/thread-self/schedstat");
    let nanos: u64 = stat.split_whitespace().next().and_then(|n| n.parse().ok()).expect("a time in ns");
    nanos as f64 / 1e9
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: readout-bench-native TEXTS.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(1).map_or(3, |r| r.parse().expect("ROUNDS is a number"));
    let input = std::fs::read_to_string(path).expect("TEXTS.jsonl is readable");
    let texts: Vec<String> = input
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON string"))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    // A first pass over a few texts, untimed: the tables the core builds on first use, and
    // the allocator's arenas, are ready before the clock starts, as in a Python process
    // that has analyzed before.
    for text in texts.iter().take(100) {
        let _ = Article { text: Some(text.clone()), ..Article::default() }.analyze("text".to_string());
    }
    let (mut best_cpu, mut best_wall) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..rounds {
        let (cpu, wall) = (thread_cpu_seconds(), Instant::now());
        let mut found = 0;
        for text in &texts {
            let article = Article { text: Some(text.clone()), ..Article::default() };
            let analysis = article.analyze("text".to_string()).expect("the bench texts are articles");
            found += analysis.record.calls.len() + analysis.record.quotes.len() + analysis.record.amounts.len();
        }
        std::hint::black_box(found);
        best_cpu = best_cpu.min(thread_cpu_seconds() - cpu);
        best_wall = best_wall.min(wall.elapsed().as_secs_f64());
    }
    println!(
        "{{\"texts\": {}, \"bytes\": {bytes}, \"cpu_seconds\": {best_cpu:.6}, \"wall_seconds\": {best_wall:.6}}}",
        texts.len()
    );
}
