//! Pages and mail in legacy charsets, declared by `<meta>`, an XML declaration or a MIME
//! part's Content-Type, read by the command line (which decodes East Asian charsets too).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn analyze(name: &str) -> (Value, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../readout-core/tests/fixtures/encodings").join(name);
    let bin = env!("CARGO_BIN_EXE_readout");
    let out = Command::new(bin).args(["analyze", "--format", "jsonl"]).arg(&path).output().unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let record = serde_json::from_slice(&out.stdout).unwrap();
    let text = Command::new(bin).arg("text").arg(&path).output().unwrap();
    (record, String::from_utf8(text.stdout).unwrap())
}

#[test]
fn single_byte_charsets_a_page_declares() {
    let (latin, text) = analyze("latin1-page.html");
    assert_eq!(latin["title"], "Caf\u{E9} owners win rent relief", "the headline without the site");
    assert_eq!(latin["published"], "2023-09-18");
    assert_eq!(latin["amounts"][0]["text"], "\u{20AC}2 million");
    assert!(text.contains("H\u{E9}l\u{E8}ne Roussel") && text.contains("Jos\u{E9} M\u{FC}ller"), "{text}");

    let (cyrillic, text) = analyze("cyrillic-1251.html");
    assert_eq!(cyrillic["published"], "2023-10-05");
    assert_eq!(cyrillic["calls"][0]["participants"][1], "Maia Sandu");
    assert_eq!(cyrillic["amounts"][0]["text"], "$120 million");
    assert!(text.contains("\u{AB}Енергетичний міст\u{BB} (\u{201C}energy bridge\u{201D})"), "{text}");

    let (koi8, text) = analyze("koi8r-page.xhtml");
    assert_eq!(koi8["published"], "2023-11-02");
    assert_eq!(koi8["amounts"][0]["text"], "$75 million");
    assert!(text.contains("\"Приостановка торгов\""), "{text}");
}

#[test]
fn an_east_asian_charset_a_page_declares() {
    let (record, text) = analyze("shift_jis-page.html");
    assert_eq!(record["title"], "日本と韓国の外相が電話会談");
    assert_eq!(record["published"], "2023-12-07");
    assert_eq!(record["calls"][0]["participants"][0], "Yoko Kamikawa");
    assert!(text.contains("「日韓外相電話会談」"), "{text}");
}

#[test]
fn the_charset_of_a_mail_part_and_of_its_subject() {
    let (record, text) = analyze("latin9-part.eml");
    assert_eq!(record["title"], "Fonds f\u{FC}r Bahnstrecken: 500 Mio. \u{20AC}");
    assert_eq!(record["published"], "2023-06-21");
    assert_eq!(record["amounts"][0]["text"], "\u{20AC}500 million");
    assert!(text.starts_with("BERLIN, June 21, 2023"), "{text}");
}
