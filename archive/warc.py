"""Raw capture: every HTTP exchange as WARC request + response records (warcio), per run.

A WARC file is written under a temporary name (``NAME.open``) and renamed when closed, so a
finished file is never half-written. Records are flushed one by one: after a kill, an ``.open``
file holds every record whose article was committed, and :func:`recover` renames it. Article,
version and fetch rows reference ``(warc_file, warc_offset)``; :func:`read_response` gets the
payload back for re-extraction — from this run's folder, an absolute path, or (for CC-NEWS
backfill provenance) an http(s) URL read with a Range request.
"""

from __future__ import annotations

import http.client
import io
import os
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OPEN_SUFFIX = ".open"
USER_AGENT = "summit-archive/0.1 (+https://github.com/summit-archive/summit-archive; WARC reader)"
# Hop-by-hop framing is already undone by the HTTP client: keeping it would make readers de-chunk.
_DROP_HEADERS = {b"transfer-encoding"}


def warc_dir_for(db_path: str | os.PathLike) -> Path:
    """The default WARC folder: ``warc/`` beside the archive file (data/archive.db → data/warc/)."""
    return Path(db_path).resolve().parent / "warc"


def _header_list(headers) -> list[tuple[str, str]]:
    """Scrapy/Twisted-style headers (bytes keys, list-of-bytes values) as WARC header pairs."""
    out = []
    for key, values in headers.items():
        if key.lower() in _DROP_HEADERS:
            continue
        for value in values if isinstance(values, list) else [values]:
            out.append((key.decode("latin-1"), value.decode("latin-1")))
    return out


class WarcWriter:
    def __init__(self, folder: Path, name: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.path = folder / name
        self.open_path = folder / (name + OPEN_SUFFIX)
        self.handle = open(self.open_path, "ab")
        self.writer = WARCWriter(self.handle, gzip=True)

    def write_exchange(self, request, response) -> int:
        """Append a response record and its request record; return the response record's offset."""
        self.handle.seek(0, io.SEEK_END)
        offset = self.handle.tell()
        status = f"{response.status} {getattr(response, 'reason', '') or ''}".strip()
        http_headers = StatusAndHeaders(status, _header_list(response.headers), protocol="HTTP/1.1")
        resp = self.writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body), http_headers=http_headers,
            length=len(response.body),
        )
        self.writer.write_record(resp)
        parts = urlsplit(request.url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = StatusAndHeaders(f"{request.method} {path} HTTP/1.1",
                                       [("Host", parts.netloc), *_header_list(request.headers)],
                                       is_http_request=True)
        req = self.writer.create_warc_record(
            request.url, "request", payload=io.BytesIO(request.body or b""), http_headers=req_headers,
            warc_headers_dict={"WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID")},
        )
        self.writer.write_record(req)
        self.handle.flush()  # a kill -9 loses nothing flushed; power loss is fsync's job at close
        return offset

    def close(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.open_path, self.path)


def recover(folder: Path) -> list[Path]:
    """Rename ``.open`` files left by a killed run (their flushed records are complete)."""
    recovered = []
    if folder.is_dir():
        for path in folder.glob("*" + OPEN_SUFFIX):
            final = path.with_name(path.name[: -len(OPEN_SUFFIX)])
            os.replace(path, final)
            recovered.append(final)
    return recovered


@dataclass
class Capture:
    url: str
    status: int
    content_type: str | None
    body: bytes  # decoded from Content-Encoding, as the crawler saw it


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_stream(location: str, offset: int = 0, timeout: float = 60, user_agent: str = USER_AGENT):
    """A readable binary stream of ``location`` from byte ``offset`` (HTTP Range for URLs)."""
    if not is_url(location):
        handle = open(location, "rb")
        handle.seek(offset)
        return handle
    headers = {"User-Agent": user_agent}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    try:
        response = urllib.request.urlopen(urllib.request.Request(location, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # nothing after offset
            return io.BytesIO(b"")
        raise
    if offset and response.status != 206:  # server ignored Range: skip to the offset ourselves
        remaining = offset
        while remaining:
            chunk = response.read(min(remaining, 1 << 20))
            if not chunk:
                break
            remaining -= len(chunk)
    return response


def read_response(folder: Path, name: str, offset: int, max_bytes: int = 10 * 1024 * 1024) -> Capture:
    """The response record at ``offset`` of WARC file ``name``: a file in ``folder`` (or its
    ``.open`` twin), an absolute path, or an http(s) URL (one Range request; only the record is read).

    Raises OSError (missing file, network) or ValueError (no response record there)."""
    if is_url(name):
        location = name
    else:
        path = folder / name
        if not path.exists() and (folder / (name + OPEN_SUFFIX)).exists():
            path = folder / (name + OPEN_SUFFIX)
        location = str(path)
    try:
        stream = open_stream(location, offset)
    except http.client.HTTPException as exc:  # a broken HTTP answer is a network error like the rest
        raise OSError(f"{name}: {type(exc).__name__}: {exc}") from None
    try:
        try:
            record = next(iter(ArchiveIterator(stream)), None)
            body = record.content_stream().read(max_bytes) if record is not None else b""
        except (ArchiveLoadFailed, zlib.error, EOFError) as exc:  # a wrong offset, a damaged file
            raise ValueError(f"{name}@{offset}: no readable WARC record there ({exc!s:.200})") from None
        except http.client.HTTPException as exc:
            raise OSError(f"{name}: {type(exc).__name__}: {exc}") from None
        if record is None or record.rec_type != "response":
            found = f"a {record.rec_type} record" if record is not None else "no record"
            raise ValueError(f"{name}@{offset} holds {found}, not a response")
        status = record.http_headers.get_statuscode() if record.http_headers else ""
        return Capture(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(status) if status.isdigit() else 0,
            content_type=record.http_headers.get_header("Content-Type") if record.http_headers else None,
            body=body,
        )
    finally:
        stream.close()
