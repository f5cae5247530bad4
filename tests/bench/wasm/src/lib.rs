//! readout-core for the in-browser benchmark of `make bench`: the page's analysis without
//! the page. JavaScript writes a file's name and bytes into memory from [`buffer`] and
//! calls [`analyze`]; no imports, no glue, so what is timed is the core compiled to wasm.

/// A buffer of `len` bytes for the next file's name and bytes, kept until the next call;
/// its address.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    // One buffer reused across calls: the benchmark times analysis, not allocation here.
    static mut BUFFER: Vec<u8> = Vec::new();
    // SAFETY: wasm32-unknown-unknown is single-threaded and nothing else touches BUFFER.
    let buffer = unsafe { &mut *std::ptr::addr_of_mut!(BUFFER) };
    buffer.clear();
    buffer.resize(len, 0);
    buffer.as_mut_ptr()
}

/// Analyzes the file whose UTF-8 name is the first `name_len` of the `len` bytes at `ptr`
/// (from [`buffer`]) and whose bytes follow; the number of calls, quotes and amounts
/// found, or -1 when the file cannot be read.
///
/// # Safety
/// `ptr` and `len` must come from the last call of [`buffer`], and `name_len <= len`.
#[no_mangle]
pub unsafe extern "C" fn analyze(ptr: *const u8, name_len: usize, len: usize) -> i32 {
    let all = unsafe { std::slice::from_raw_parts(ptr, len) };
    let (name, bytes) = all.split_at(name_len.min(len));
    match readout_core::analyze(std::str::from_utf8(name).unwrap_or("file.txt"), bytes) {
        Ok(a) => (a.record.calls.len() + a.record.quotes.len() + a.record.amounts.len()) as i32,
        Err(_) => -1,
    }
}
