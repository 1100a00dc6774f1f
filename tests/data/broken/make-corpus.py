#!/usr/bin/env python3
"""Writes the corpus of broken and hostile logs that tst_hostile reads, next to this script.

Each case is derived from the real sample (../seed-run.log) or written out here; EXPECTED in
tst_hostile.cpp says, for each, what a reader of the file would want LagLens to make of it.
Run it again after changing a case; the files are committed so the tests need no Python.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = open(os.path.join(HERE, "..", "seed-run.log"), "rb").read()
LINES = SEED.split(b"\n")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def seed_with(replace=None, insert=None):
    """The sample with line N (1-based) replaced, or new lines inserted before line N."""
    lines = list(LINES)
    for number, text in sorted((insert or {}).items(), reverse=True):
        lines[number - 1:number - 1] = text if isinstance(text, list) else [text]
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    return b"\n".join(lines)


# Truncated after each section heading and in the middle of each section.
for number in (1, 3, 6, 10, 18, 27, 35, 43, 46, 49, 51, 70, 89):
    write(f"truncated-at-line-{number:02d}.log", b"\n".join(LINES[:number]))
write("truncated-mid-line.log", SEED[: SEED.index(b"step=chat:tokens:14") + 7])

write("empty.log", b"")
write("only-title.log", b"# IVCAP Chat Latency Diagnostic Log\n")
write("only-blank-lines.log", b"\n\n   \n\t\n")
write("binary-garbage.bin", bytes((i * 97 + 13) % 256 for i in range(4096)))
write("binary-inside-log.log", seed_with(insert={12: bytes(range(0, 32)) + b"\xff\xfe\x00"}))
write("nul-bytes-in-message.log", seed_with(replace={53: LINES[52].replace(b"completed", b"compl\x00eted")}))
write("huge-line.log", seed_with(insert={51: b"1. [2026-02-12T02:47:10.401Z] recv=2026-02-12T02:47:10.421Z step=chat:tokens:11 finished=false msg=\"" + b"x" * 300000 + b"\""}))
write("huge-unknown-line.log", seed_with(insert={9: b"z" * 200000}))
write("gigantic-numbers.log", seed_with(replace={8: b"token_events=99999999999999999999999999",
                                                 33: b"submit_to_first_token_ms=184467440737095516160 source=client",
                                                 47: b"likely_bottleneck_ms=-99999999999999999999"}))
write("negative-count.log", seed_with(replace={8: b"token_events=-5"}))
write("dates-out-of-range.log", seed_with(replace={12: b"submitted_at=2026-13-45T02:46:42.287Z",
                                                   13: b"job_created_at=2026-02-30T02:46:43.755Z",
                                                   14: b"events_subscribe_started_at=0000-00-00T00:00:00Z"}))
write("seconds-of-60.log", seed_with(replace={13: b"job_created_at=2026-02-12T02:46:60.000Z",
                                              51: LINES[50].replace(b"02:47:10.421Z", b"02:47:60.421Z")}))
write("year-9999-and-0001.log", seed_with(replace={12: b"submitted_at=0001-01-01T00:00:00Z",
                                                   25: b"finished_at=9999-12-31T23:59:59.999Z"}))
write("offset-without-minutes.log", seed_with(replace={12: b"submitted_at=2026-02-12T12:46:42.287+10:"}))
write("duplicated-sections.log", seed_with(insert={27: [b"## Timestamps", b"submitted_at=2026-02-12T02:46:40.000Z", b""]}))
write("duplicated-keys.log", seed_with(insert={13: [b"submitted_at=2026-02-12T02:46:41.000Z", b"submitted_at=not a time"]}))
write("duplicated-event-fields.log", seed_with(replace={52: LINES[51].replace(b"finished=false", b"finished=false finished=true step=x")}))
write("duplicated-events-section.log", SEED + b"\n## Recent Events (up to last 40)\n" + b"\n".join(LINES[50:52]) + b"\n")
write("utf16le.log", b"\xff\xfe" + SEED.decode("utf-8").encode("utf-16-le"))
write("utf16be.log", b"\xfe\xff" + SEED.decode("utf-8").encode("utf-16-be"))
write("utf16le-no-bom.log", SEED.decode("utf-8").encode("utf-16-le"))
write("latin1.log", seed_with(replace={53: LINES[52].replace(b"completed", b"compl\xe9t\xe9")}))
write("invalid-utf8-everywhere.log", b"\n".join(line + b"\xc3\x28" if line else line for line in LINES))
write("mixed-line-endings.log", b"".join(line + (b"\r\n", b"\n", b"\r")[i % 3] for i, line in enumerate(LINES)))
write("double-bom.log", b"\xef\xbb\xbf\xef\xbb\xbf" + SEED)
write("no-sections.log", b"# IVCAP Chat Latency Diagnostic Log\nstatus=success\nsubmitted_at=2026-02-12T02:46:42.287Z\n")
write("heading-without-name.log", seed_with(insert={10: [b"##", b"##   ", b"## "]}))
write("level-one-heading-inside.log", seed_with(insert={9: b"# a note someone typed into the log"}))
write("stray-fence-inside.log", seed_with(insert={27: b"```"}))
write("quoted-in-markdown.md", b"Pasted from chat:\n\n" + b"\n".join(b"> " + line if line else b">" for line in LINES) + b"\n\nend of quote\n")
write("title-inside-message.log", seed_with(replace={52: LINES[51].replace(b"-once)", b"# IVCAP Chat Latency Diagnostic Log")}))
write("meta-not-json.log", seed_with(replace={53: LINES[52] + b' meta={"label":'}))
write("meta-marker-absurd.log", seed_with(replace={19: b"request_dispatch_at=n/a"}, insert={51: [
    b'1. [2026-02-12T02:46:43.000Z] recv=2026-02-12T02:46:43.020Z step=chat:latency:request-dispatch finished=true msg="completed" meta={"label":"request-dispatch","server_emit_ts_ms":1e300}',
    b'2. [2026-02-12T02:46:43.000Z] recv=2026-02-12T02:46:43.020Z step=chat:latency:request-dispatch finished=true msg="completed" meta={"label":"request-dispatch","server_emit_ts_ms":"soon"}']}))
write("meta-marker-many-quotes.log", seed_with(replace={53: LINES[52][:-1] + b'" meta={' * 20000 + b'"}'}))
write("events-out-of-order.log", seed_with(replace={51: LINES[59], 60: LINES[50]}))
write("event-without-bracket.log", seed_with(replace={53: LINES[52].replace(b"]", b"")}))
write("event-bad-recv.log", seed_with(replace={53: LINES[52].replace(b"recv=2026-02-12T02:47:11.601Z", b"recv=yesterday")}))
write("event-number-only.log", seed_with(insert={51: [b"41.", b"42", b"43. ["]}))
write("breakdown-odd-values.log", seed_with(replace={29: b"submit_to_job_create_ms=0x5BC source=client",
                                                     30: b"job_create_to_events_subscribe_ms=nan source=client",
                                                     31: b"job_create_to_events_connected_ms=1e20 source=client",
                                                     32: b"submit_to_first_event_ms= source=client"}))
write("percent-placeholders.log", seed_with(replace={6: b"job_id=urn:%1:%2:%3", 47: b"likely_bottleneck_ms=%1"}, insert={9: b"x%1y=%2"}))
write("markup-everywhere.log", seed_with(replace={5: b"status=<b>ok</b><img src=x onerror=alert(1)>", 6: b"job_id=<a href='http://evil'>job</a> &amp; more"}))
write("many-small-logs.log", (b"# IVCAP Chat Latency Diagnostic Log\n## Run\nstatus=error\n" * 2000))
write("not-a-log.txt", b"Dear team,\nthe chat was slow again.\n")
write("json-but-not-benchmark.json", b'{"hello": "world"}')
write("json-broken.json", b'{"results": {"ivcap": [ {"submitToFirstTokenMs": 1 ')
write("benchmark-wrong-types.json", b'{"results": {"ivcap": {"submitToFirstTokenMs": 1}, "direct": [{"submitToFirstTokenMs": "2100", "tokenCount": -3, "extra": {"a": [1, 2]}}, 7]}}')
write("brace-first-then-log.log", b"{noformat}\n" + SEED + b"\n{noformat}\n")
os.makedirs(os.path.join(HERE, "a-directory.log"), exist_ok=True)
write(os.path.join("a-directory.log", ".keep"), b"")
