//! The regression floor: `readout eval` on each corpus of tests/corpus must measure at
//! least the floors of tests/corpus/floors.json (corpus → metric → lowest value).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

#[test]
fn no_metric_falls_below_its_floor() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let floors: Value = serde_json::from_str(&std::fs::read_to_string(corpora.join("floors.json")).unwrap()).unwrap();
    let floors = floors.as_object().expect("floors.json is an object of corpora");
    assert!(!floors.is_empty());
    let mut below = Vec::new();
    for (corpus, floors) in floors {
        let dir = corpora.join(corpus);
        let out = Command::new(env!("CARGO_BIN_EXE_readout"))
            .args(["eval", "--json", "--gold"])
            .arg(dir.join("gold.jsonl"))
            .arg(&dir)
            .output()
            .expect("readout runs");
        assert!(out.status.success(), "{corpus}: {}", String::from_utf8_lossy(&out.stderr));
        let metrics: Value = serde_json::from_slice(&out.stdout).unwrap();
        for (metric, floor) in floors.as_object().expect("a corpus maps metrics to floors") {
            let value = metrics[metric].as_f64().unwrap_or_else(|| panic!("{corpus}: no metric {metric}"));
            let floor = floor.as_f64().expect("a floor is a number");
            if value < floor {
                below.push(format!("{corpus} {metric} {value} < {floor}"));
            }
        }
    }
    assert!(below.is_empty(), "below the floor: {}", below.join("; "));
}
