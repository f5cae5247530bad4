//! Work done in parallel, results handed on in order.
//!
//! The jobs (the CLI's chunks of documents) are read one by one on the calling thread
//! (from files or a stream), run on a rayon pool, and handed to the writer, on a thread
//! of its own, in the order they were read: each as soon as it and every job before it
//! are done. At most [`IN_FLIGHT_PER_THREAD`] jobs a thread are read and not yet
//! written, so memory stays bounded however long the input. `work` must not panic (the
//! CLI's catches a document's panic): a job that never ends would hold the writer. The writer flushes whenever it has written all it
//! has, so a slow stream's records come out as they are ready.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc;

/// Jobs a thread may have read ahead of the writer.
const IN_FLIGHT_PER_THREAD: usize = 8;

/// Runs `work` on every job on `threads` threads and hands each result to `write`, in
/// the jobs' order, writing to `out`. Stops reading jobs once a write fails, and returns
/// that error.
pub fn run<J, R, W>(
    jobs: impl Iterator<Item = J>,
    threads: usize,
    work: impl Fn(J) -> R + Sync,
    out: W,
    mut write: impl FnMut(&mut W, R) -> io::Result<()> + Send,
) -> io::Result<()>
where
    J: Send,
    R: Send,
    W: Write + Send,
{
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(io::Error::other)?;
    let (done_tx, done_rx) = mpsc::channel::<(usize, R)>();
    // A bounded channel as a semaphore: a slot is taken by each job read, and given back
    // when the job's result is written.
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(threads * IN_FLIGHT_PER_THREAD);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            let mut out = out;
            let mut ready = BTreeMap::new();
            let mut next = 0;
            while let Ok((i, result)) = done_rx.recv() {
                ready.insert(i, result);
                ready.extend(done_rx.try_iter());
                while let Some(result) = ready.remove(&next) {
                    write(&mut out, result)?;
                    next += 1;
                    let _ = slot_rx.recv();
                }
                out.flush()?;
            }
            Ok(())
        });
        let work = &work;
        pool.in_place_scope(|pool| {
            for (i, job) in jobs.enumerate() {
                if slot_tx.send(()).is_err() {
                    break; // the writer stopped
                }
                let done_tx = done_tx.clone();
                pool.spawn(move |_| {
                    let _ = done_tx.send((i, work(job)));
                });
            }
        });
        drop(done_tx);
        writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_out_in_the_order_of_the_jobs_on_any_number_of_threads() {
        for threads in [1, 2, 4] {
            let mut seen = Vec::new();
            // Later jobs finish first: each sleeps less than the one before.
            let work = |i: u64| {
                std::thread::sleep(std::time::Duration::from_micros(200 - i));
                i * 10
            };
            run(0..200u64, threads, work, io::sink(), |_, r| {
                seen.push(r);
                Ok(())
            })
            .unwrap();
            assert_eq!(seen, (0..200).map(|i| i * 10).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn a_failed_write_stops_the_reading_of_jobs() {
        let mut read = 0;
        let jobs = std::iter::from_fn(|| {
            read += 1;
            Some(read)
        });
        let failed =
            run(jobs, 2, |i| i, io::sink(), |_, i| if i == 5 { Err(io::Error::other("closed")) } else { Ok(()) });
        assert!(failed.is_err());
        assert!(read < 5 + 2 * IN_FLIGHT_PER_THREAD + 2, "read {read} jobs");
    }
}
