"""The readout module against the readout command line, and its own contract: names,
errors, order, laziness, threads."""

import datetime
import itertools
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import readout
from conftest import DEV, ROOT, article_files, cli_records, run_cli

STORY = (
    "Ukraine's President Volodymyr Zelenskyy spoke by phone with Joe Biden on Monday. "
    '"We will win this war together," Zelenskyy said after the call. '
    "The United States pledged $350 million in military aid to Ukraine."
)


# Records equal the CLI's -------------------------------------------------------------


def test_analyze_file_gives_the_cli_record_of_every_dev_article(cli):
    files = article_files()
    assert len(files) > 40
    expected = cli_records(cli, *files)
    for path in files:
        assert readout.analyze_file(path) == expected[path.name], path.name
    # Not vacuous: the corpus has something of each kind.
    records = expected.values()
    assert all(sum(len(r[kind]) for r in records) > 20 for kind in ("calls", "quotes", "amounts"))


def test_analyze_of_a_text_gives_the_cli_record_of_its_file(cli):
    files = article_files()
    expected = cli_records(cli, *files)
    for path in files:
        record = readout.analyze(path.read_text(encoding="utf-8"), name=path.name)
        assert record == expected[path.name], path.name


def test_records_are_the_cli_json_exactly(cli):
    """Same keys in the same order, same value types (a float stays a float)."""
    path = DEV / "001.txt"
    line = run_cli(cli, "analyze", path).stdout.splitlines()[0]
    assert json.dumps(readout.analyze_file(path), ensure_ascii=False, separators=(",", ":")) == line


def test_dict_rows_give_the_records_of_the_same_rows_in_a_jsonl_dataset(cli, tmp_path):
    rows = []
    for n, path in enumerate(article_files()[:12]):
        text = path.read_text(encoding="utf-8")
        row = {"id": f"r{n}", "text": text}
        if n % 3 == 0:
            row["title"] = f"Title {n}"
        if n % 4 == 0:
            row["date"] = "2022-03-15"
        rows.append(row)
    rows.append({"id": "blank", "text": "   "})
    dataset = tmp_path / "rows.jsonl"
    dataset.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run_cli(cli, "analyze", dataset, check=False)
    expected = {r["file"]: r for r in map(json.loads, done.stdout.splitlines())}
    got = list(readout.analyze_many(rows, jobs=2, name="rows.jsonl"))
    assert [g["file"] for g in got] == [f"rows.jsonl#{r['id']}" for r in rows]
    for record in got[:-1]:
        assert record == expected[record["file"]], record["file"]
    # The blank row fails alone, as the CLI reports it.
    assert got[-1] == {"file": "rows.jsonl#blank", "error": "the file is empty"}
    assert f"rows.jsonl#blank: the file is empty" in done.stderr


def test_text_is_what_the_cli_prints_and_what_offsets_count(cli):
    for path in [DEV / "001.txt", DEV / "077.html"]:
        text = readout.text(path)
        assert run_cli(cli, "text", path).stdout == text + "\n"
        record = readout.analyze_file(path)
        for amount in record["amounts"]:
            assert text[amount["start"] : amount["end"]] == amount["text"]
    assert "<" not in readout.text(DEV / "077.html")[:200]


# Errors ---------------------------------------------------------------------------------


def test_a_binary_file_raises_read_error_with_the_cli_message(cli, tmp_path):
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(readout.ReadError) as caught:
        readout.analyze_file(png)
    error = caught.value
    assert isinstance(error, Exception)
    assert error.file == str(png)
    assert str(error) == f"{png}: {error.reason}"
    assert "not an article's text" in error.reason
    # The CLI prints the same line after "readout: ".
    assert f"readout: {error}" in run_cli(cli, "analyze", png, check=False).stderr
    with pytest.raises(readout.ReadError):
        readout.text(png)


def test_an_empty_text_raises_read_error_named_by_its_name():
    with pytest.raises(readout.ReadError, match=r"^story\.txt: the file is empty$") as caught:
        readout.analyze(" \n ", name="story.txt")
    assert caught.value.file == "story.txt"
    with pytest.raises(readout.ReadError, match=r"^text: "):
        readout.analyze("")


def test_a_missing_file_raises_os_error():
    missing = ROOT / "no-such-file.txt"
    with pytest.raises(FileNotFoundError) as caught:
        readout.analyze_file(missing)
    assert caught.value.filename == str(missing)


# analyze -------------------------------------------------------------------------------


def test_analyze_reads_calls_quotes_and_amounts():
    record = readout.analyze(STORY, published="2022-10-11")
    assert record["file"] == "text"
    assert record["calls"][0]["participants"] == ["Volodymyr Zelenskyy", "Joe Biden"]
    assert record["calls"][0]["medium"] == "phone"
    assert record["quotes"][0]["speaker"] == "Volodymyr Zelenskyy"
    assert record["amounts"][0]["value"] == 350_000_000.0
    assert record["amounts"][0]["category"] == "military"


def test_published_overrides_the_texts_date_and_resolves_weekdays():
    dated = " date 2021-01-05\n" + STORY
    assert readout.analyze(dated)["published"] == "2021-01-05"
    record = readout.analyze(dated, published="2022-10-11")
    assert record["published"] == "2022-10-11"
    # Monday before Tuesday 2022-10-11.
    assert record["calls"][0]["date"] == "2022-10-10"
    assert readout.analyze(STORY, published="October 11, 2022")["published"] == "2022-10-11"
    assert readout.analyze(STORY, published="20221011T120000Z")["published"] == "2022-10-11"
    # A value that reads as no date is ignored, as a dataset's date column is.
    assert readout.analyze(dated, published="soon")["published"] == "2021-01-05"


def test_a_text_that_starts_with_a_tag_is_read_as_html():
    page = "<html><head><title>Aid</title></head><body><p>The EU sent €500m to Kenya.</p></body></html>"
    record = readout.analyze(page)
    assert record["title"] == "Aid"
    assert record["amounts"][0]["currency"] == "EUR"
    assert record["amounts"][0]["start"] == 12


# analyze_many --------------------------------------------------------------------------


def texts():
    """The dev articles' texts, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in article_files()}


def test_analyze_many_keeps_input_order_across_batches_with_two_jobs():
    corpus = list(texts().values())
    # 300 items: more than two batches of 2 x 64, each text varied so that no two agree.
    items = [corpus[n % len(corpus)] + f"\n\nNote {n}: Kenya received ${n + 1} million." for n in range(300)]
    got = list(readout.analyze_many(items, jobs=2))
    assert [r["file"] for r in got] == [f"many#{n}" for n in range(1, 301)]
    for n in (0, 1, 127, 128, 129, 255, 256, 299):
        assert got[n] == readout.analyze(items[n], name=f"many#{n + 1}")
        assert any(a["value"] == (n + 1) * 1e6 for a in got[n]["amounts"])
    assert got == list(readout.analyze_many(items, jobs=1))


def test_analyze_many_reads_its_input_lazily():
    taken = itertools.count()

    def endless():
        while True:
            next(taken)
            yield STORY

    records = readout.analyze_many(endless(), jobs=2)
    assert next(records)["file"] == "many#1"
    # Two batches of 2 x 64 at most: the one yielded and the one being analyzed.
    assert next(taken) <= 2 * 2 * 64
    for _ in range(300):
        next(records)
    assert next(taken) <= 301 + 2 * 2 * 64


def test_dict_items_are_found_like_dataset_columns():
    rows = [
        {"ID": 7, "Body": STORY, "Headline": "Aid", "Published": datetime.date(2022, 10, 11)},
        {"content": ["First paragraph: Kenya got $5 million.", "Second paragraph."], "date": "March 15, 2022"},
        {"id": "x", "text": STORY, "date": datetime.datetime(2022, 10, 11, 9, 30), "extra": {"nested": [1, 2]}},
        {"title": "No text"},
        "Plain text: Kenya got $5 million.",
    ]
    got = list(readout.analyze_many(rows, jobs=2))
    assert [r["file"] for r in got] == ["many#7", "many#2", "many#x", "many#4", "many#5"]
    assert got[0]["title"] == "Aid"
    assert got[0]["published"] == "2022-10-11"
    assert got[0]["calls"][0]["date"] == "2022-10-10"
    assert got[1]["published"] == "2022-03-15"
    assert got[1]["amounts"][0]["value"] == 5e6
    assert got[2]["published"] == "2022-10-11"
    assert got[3] == {"file": "many#4", "error": "the file is empty"}
    assert got[4]["amounts"][0]["text"] == "$5 million"
    assert list(readout.analyze_many([{"id": 1, "text": STORY}], name="feed.jsonl"))[0]["file"] == "feed.jsonl#1"


def test_a_bad_item_raises_after_the_records_before_it():
    records = readout.analyze_many([STORY, STORY, 42, STORY], jobs=2)
    assert next(records)["file"] == "many#1"
    assert next(records)["file"] == "many#2"
    with pytest.raises(TypeError, match="item 3 is a int"):
        next(records)
    with pytest.raises(StopIteration):
        next(records)


def test_an_exception_of_the_input_is_raised_after_the_records_before_it():
    def failing():
        yield STORY
        raise KeyError("source broke")

    records = readout.analyze_many(failing())
    assert next(records)["file"] == "many#1"
    with pytest.raises(KeyError, match="source broke"):
        next(records)


def test_analyze_many_of_nothing_and_bad_jobs():
    assert list(readout.analyze_many([])) == []
    with pytest.raises(ValueError):
        readout.analyze_many([STORY], jobs=0)
    with pytest.raises(TypeError):
        readout.analyze_many(5)


# Threads -------------------------------------------------------------------------------


def test_threads_give_the_records_one_thread_gives():
    corpus = texts()
    alone = {name: readout.analyze(text, name=name) for name, text in corpus.items()}
    with ThreadPoolExecutor(4) as pool:
        together = dict(zip(corpus, pool.map(lambda item: readout.analyze(item[1], name=item[0]), corpus.items())))
    assert together == alone


def test_analyze_releases_the_gil_while_readout_reads():
    """Another Python thread runs while analyze works. With a switch interval of 5 s the
    interpreter would not take the GIL from a call that keeps it; analyze of ~1 MB takes
    far less, so the main thread runs meanwhile only if analyze lets go of the GIL."""
    big = "\n\n".join(texts().values())
    big = big * (1_000_000 // len(big) + 1)
    state = {"inside": False, "done": False}
    started = threading.Event()

    def work():
        started.set()
        state["inside"] = True
        readout.analyze(big)
        state["inside"] = False
        state["done"] = True

    seen_inside = 0
    interval = sys.getswitchinterval()
    sys.setswitchinterval(5.0)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        started.wait()
        while not state["done"]:
            if state["inside"]:
                seen_inside += 1
            # Waits a moment without the GIL, so the worker can take it back at once.
            worker.join(0.001)
    finally:
        sys.setswitchinterval(interval)
    assert seen_inside > 0


def test_an_abandoned_stream_lets_its_threads_go():
    """A consumer that stops early (a Spark task cancelled, a `break`) leaves no thread
    behind: each analyze_many has its own pool, which ends with the iterator."""
    tasks = lambda: len(os.listdir("/proc/self/task"))  # noqa: E731
    before = tasks()
    for _ in range(5):
        records = readout.analyze_many(itertools.repeat(STORY, 10_000), jobs=3)
        next(records)
        del records
    # The pools' threads end on their own once their batch is done: wait for them.
    deadline = time.monotonic() + 60
    while tasks() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert tasks() == before
