"""Writes a folder of JSON Lines articles for the Spark example: the articles of
tests/corpus/dev, seeds and probe (plain text and one HTML page), repeated under distinct
ids until there are ARTICLES of them, PER_FILE a file (the readout CLI reads files up to
16 MB). Each line is {"id", "source", "text"}: "source" names the corpus file, a column
readout does not read. Every 2,500th article's text is blank, so that the job shows how an
article readout cannot read comes out (a row in its documents table with the error).

    python examples/spark/generate.py OUT_DIR [--articles 10000] [--per-file 1000]
"""

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ["dev", "seeds", "probe"]
BLANK_EVERY = 2_500


def corpus_articles():
    """(name, text) of every article file of the corpora, in a fixed order."""
    articles = []
    for corpus in CORPORA:
        folder = ROOT / "tests" / "corpus" / corpus
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html"):
                articles.append((f"{corpus}/{path.name}", path.read_text(encoding="utf-8")))
    return articles


def write(out_dir, articles=10_000, per_file=1_000):
    """Writes the folder; returns the number of articles and of bytes of text."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    sources = corpus_articles()
    text_bytes = 0
    for start in range(0, articles, per_file):
        lines = []
        for n in range(start, min(start + per_file, articles)):
            name, text = sources[n % len(sources)]
            if n % BLANK_EVERY == BLANK_EVERY - 1:
                name, text = "blank", " "
            lines.append(json.dumps({"id": f"a{n:06d}", "source": name, "text": text}, ensure_ascii=False))
            text_bytes += len(text.encode("utf-8"))
        (out / f"articles-{start // per_file:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return articles, text_bytes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=1_000)
    args = parser.parse_args()
    count, text_bytes = write(args.out_dir, args.articles, args.per_file)
    print(f"generate: {count} articles, {text_bytes / 1e6:.1f} MB of text, in {args.out_dir}")


if __name__ == "__main__":
    main()
