//! `readout eval`'s reading of records and its report, in score.py's layout.

use std::io::{self, Write};
use std::path::Path;

use readout_core::eval::{GoldRecord, Metrics, Scores, Tally};

/// `METRIC=VALUE` of `--min`.
pub fn parse_bar(spec: &str) -> Result<(String, f64), String> {
    let (metric, value) = spec.split_once('=').unwrap_or((spec, ""));
    if !Metrics::NAMES.contains(&metric) {
        return Err(format!("unknown metric '{metric}'; known: {}", Metrics::NAMES.join(", ")));
    }
    let value = value.trim().parse().map_err(|_| format!("--min {metric}= needs a number"))?;
    Ok((metric.to_string(), value))
}

/// The records of a JSON Lines file, one a line (blank lines skipped).
pub fn read_records(path: &Path) -> Result<Vec<GoldRecord>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line.trim()).map_err(|e| format!("{}:{}: not a record: {e}", path.display(), n + 1))
        })
        .collect()
}

/// The scores in score.py's layout: its per-document lines, then a line per metric; or
/// its one JSON line (keys sorted, Python's number format).
pub fn write_scores(out: &mut impl Write, scores: &Scores, per_doc: bool, json: bool) -> io::Result<()> {
    let metrics = &scores.metrics;
    if json {
        let fields: Vec<String> =
            metrics.values().iter().map(|(name, value)| format!("\"{name}\": {value:?}")).collect();
        return writeln!(out, "{{{}}}", fields.join(", "));
    }
    if per_doc {
        for doc in &scores.docs {
            let (c, q, a) = (doc.calls, doc.quotes, doc.amounts);
            write!(
                out,
                "{}: calls {}/{} gold, {} pred; dated {}; quotes {}/{} gold, {} pred; amounts {}/{} gold, {} pred",
                doc.file.as_deref().unwrap_or("None"),
                c.tp,
                c.gold,
                c.pred,
                doc.calls_dated,
                q.tp,
                q.gold,
                q.pred,
                a.tp,
                a.gold,
                a.pred
            )?;
            if !doc.missed_quotes.is_empty() {
                let missed: Vec<String> =
                    doc.missed_quotes.iter().map(|q| python_repr(&q.chars().take(60).collect::<String>())).collect();
                write!(out, "; missed quotes: [{}]", missed.join(", "))?;
            }
            writeln!(out)?;
        }
    }
    for (name, tally) in metrics.tallies() {
        writeln!(out, "{name:16} {}", tally_row(&tally))?;
    }
    for name in ["published", "amounts.category"] {
        writeln!(out, "{name:16} accuracy {:.3}", metrics.value(name).unwrap_or_default())?;
    }
    Ok(())
}

fn tally_row(t: &Tally) -> String {
    format!(
        "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, gold {}, pred {})",
        t.precision(),
        t.recall(),
        t.f1(),
        t.tp,
        t.gold,
        t.pred
    )
}

/// A string as Python's `repr` writes it, so that per-document lines read as score.py's.
fn python_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if python_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character: not a control, format, private-use or
/// separator character other than the space.
fn python_printable(c: char) -> bool {
    c == ' '
        || !(c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
                | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..))
}
