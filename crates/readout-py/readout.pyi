"""readout: who called whom and when, who said what, and how much money was pledged, sent
or asked for, read from news articles. The records are those of
shared/spec/EXTRACTION.md, as the readout command line writes them."""

from collections.abc import Iterable, Iterator, Mapping
from os import PathLike
from typing import Any, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

__version__: str

class Call(TypedDict):
    participants: list[str]
    caller: NotRequired[str]
    date: Optional[str]
    date_text: Optional[str]
    medium: Literal["phone", "video", "unspecified"]
    topics: list[str]
    evidence: list[int]

class Quote(TypedDict):
    text: str
    speaker: Optional[str]
    cue: Optional[str]
    start: int
    end: int

class Amount(TypedDict):
    text: str
    value: float
    value_max: NotRequired[float]
    currency: str
    category: Optional[Literal["military", "humanitarian", "economic", "aid", "other"]]
    donor: Optional[str]
    recipient: Optional[str]
    start: int
    end: int

class Record(TypedDict):
    """One document's record: shared/spec/EXTRACTION.md."""

    file: str
    published: Optional[str]
    title: Optional[str]
    calls: list[Call]
    quotes: list[Quote]
    amounts: list[Amount]

class Failure(TypedDict):
    """What analyze_many yields for a document readout cannot read."""

    file: str
    error: str

class ReadError(Exception):
    """A document readout cannot read as an article. str(error) is 'NAME: why'."""

    file: str
    reason: str

def analyze(text: str, *, name: Optional[str] = None, published: Optional[str] = None) -> Record:
    """Reads one article's text (HTML when it starts with '<') and returns its record.

    `name` becomes the record's "file" ("text" by default); `published` (ISO 8601,
    GDELT's compact form or words) replaces the date the text gives. Raises ReadError
    for a text readout cannot read. Releases the GIL while it reads."""

def analyze_file(path: Union[str, PathLike[str]]) -> Record:
    """Reads one file as one document, as `readout analyze FILE` reads an article file.

    Raises ReadError ("PATH: why") for a file that is no article, OSError when it
    cannot be opened."""

def text(path: Union[str, PathLike[str]]) -> str:
    """The text readout analyzes in a file: what the records' offsets count characters of."""

def analyze_many(
    articles: Iterable[Union[str, Mapping[str, Any]]],
    *,
    jobs: Optional[int] = None,
    name: Optional[str] = None,
) -> Iterator[Union[Record, Failure]]:
    """Analyzes articles (texts, or dicts with text/title/date/id columns) on `jobs`
    threads and yields their records lazily, in input order; a document that cannot be
    read yields {"file": NAME, "error": WHY}. Documents are named NAME#<id> or
    NAME#<n>, NAME being `name` or "many"."""
