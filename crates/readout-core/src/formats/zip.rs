//! Just enough of the ZIP format to take one member out of an archive: the central
//! directory, stored and deflated members, and a cap on what a member may unpack to.

use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// One member of an archive, as its central directory lists it.
pub struct Entry {
    pub name: String,
    method: u16,
    compressed: usize,
    local_header: usize,
}

/// Why a member cannot be taken out.
#[derive(Debug, PartialEq, Eq)]
pub enum ZipError {
    /// The directory or a member is cut short or inconsistent.
    Damaged,
    /// A compression method other than stored or deflate, or encryption.
    Unsupported,
    /// The member would unpack to more than the limit.
    TooLarge,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The members listed in the archive's central directory.
pub fn entries(bytes: &[u8]) -> Result<Vec<Entry>, ZipError> {
    // The end-of-central-directory record is within the last 64 KB + 22 bytes.
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    let end = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or(ZipError::Damaged)?;
    let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)?;
    let mut at = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
    let mut list = Vec::new();
    for _ in 0..count {
        if !bytes.get(at..).is_some_and(|b| b.starts_with(b"PK\x01\x02")) {
            return Err(ZipError::Damaged);
        }
        let field = |offset| u16_at(bytes, at + offset).map(usize::from).ok_or(ZipError::Damaged);
        let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or(ZipError::Damaged)?;
        let flags = field(8)?;
        list.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            method: if flags & 1 == 1 { u16::MAX } else { field(10)? as u16 },
            compressed: u32_at(bytes, at + 20).ok_or(ZipError::Damaged)?,
            local_header: u32_at(bytes, at + 42).ok_or(ZipError::Damaged)?,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(list)
}

/// The unpacked bytes of `entry`, refused beyond `limit` bytes (a zip bomb).
pub fn extract(bytes: &[u8], entry: &Entry, limit: usize) -> Result<Vec<u8>, ZipError> {
    let at = entry.local_header;
    if !bytes.get(at..).is_some_and(|b| b.starts_with(b"PK\x03\x04")) {
        return Err(ZipError::Damaged);
    }
    let name_len = usize::from(u16_at(bytes, at + 26).ok_or(ZipError::Damaged)?);
    let extra_len = usize::from(u16_at(bytes, at + 28).ok_or(ZipError::Damaged)?);
    let start = at + 30 + name_len + extra_len;
    let data = bytes.get(start..start.saturating_add(entry.compressed)).ok_or(ZipError::Damaged)?;
    match entry.method {
        0 if data.len() > limit => Err(ZipError::TooLarge),
        0 => Ok(data.to_vec()),
        8 => decompress_to_vec_with_limit(data, limit).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => ZipError::TooLarge,
            _ => ZipError::Damaged,
        }),
        _ => Err(ZipError::Unsupported),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A stored-only archive of `files`, as the tests of the formats inside zips need.
    pub(crate) fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
        let (mut out, mut directory) = (Vec::new(), Vec::new());
        for (name, data) in files {
            let offset = out.len() as u32;
            let size = (data.len() as u32).to_le_bytes();
            let name_len = (name.len() as u16).to_le_bytes();
            out.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
            out.extend_from_slice(&size);
            out.extend_from_slice(&size);
            out.extend_from_slice(&name_len);
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
            directory.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
            directory.extend_from_slice(&size);
            directory.extend_from_slice(&size);
            directory.extend_from_slice(&name_len);
            directory.extend_from_slice(&[0; 12]);
            directory.extend_from_slice(&offset.to_le_bytes());
            directory.extend_from_slice(name.as_bytes());
        }
        let start = out.len() as u32;
        out.extend_from_slice(&directory);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
        out.extend_from_slice(&start.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn takes_members_out_of_a_stored_archive() {
        let zip = stored_zip(&[("a.txt", b"alpha"), ("dir/b.xml", b"<b/>")]);
        let list = entries(&zip).unwrap();
        let names: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "dir/b.xml"]);
        assert_eq!(extract(&zip, &list[1], 100).unwrap(), b"<b/>");
        assert_eq!(extract(&zip, &list[0], 3), Err(ZipError::TooLarge));
    }

    #[test]
    fn refuses_a_deflated_member_that_unpacks_past_the_limit() {
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 100_000], 6);
        let entry = Entry { name: "bomb".into(), method: 8, compressed: bomb.len(), local_header: 0 };
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&[0; 26]);
        zip.extend_from_slice(&bomb);
        assert_eq!(extract(&zip, &entry, 1000), Err(ZipError::TooLarge));
        assert_eq!(extract(&zip, &entry, 100_000).unwrap().len(), 100_000);
    }

    #[test]
    fn damaged_archives_are_errors_not_panics() {
        let zip = stored_zip(&[("a.txt", b"alpha")]);
        for cut in 0..zip.len() {
            let _ = entries(&zip[..cut]).map(|list| list.iter().map(|e| extract(&zip[..cut], e, 100)).count());
        }
        assert_eq!(entries(b"PK\x03\x04 not really").err(), Some(ZipError::Damaged));
    }
}
