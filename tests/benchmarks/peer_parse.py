#!/usr/bin/env python3
"""A straightforward Python reading of chat latency logs, the peer LagLens is measured against.

It does what a quick script would: a regular expression per event line, datetime.fromisoformat
for the stamps, and lag statistics (median, 90th percentile, largest) per file. Prints the
number of events and the median lag so a reader can check both programs saw the same thing.
"""
import os
import re
import statistics
import sys
from datetime import datetime

EVENT = re.compile(r'^(\d+)\. \[([^\]]+)\] recv=(\S+) step=(\S+) finished=(\S+)(?: seq=(\d+))? msg="(.*)"$')


def stamp(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def read(path):
    lags = []
    timestamps = {}
    section = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("## "):
                section = line[3:]
                continue
            if section == "Timestamps" and "=" in line:
                key, value = line.split("=", 1)
                if value != "n/a":
                    timestamps[key] = stamp(value)
                continue
            if section and section.startswith("Recent Events"):
                m = EVENT.match(line)
                if m:
                    lag = (stamp(m.group(3)) - stamp(m.group(2))).total_seconds() * 1000
                    lags.append(lag)
    return lags, timestamps


def files_below(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path


def main():
    if sys.argv[1:2] == ["--folder"]:
        runs = events = 0
        for path in files_below(sys.argv[2:]):
            lags, _ = read(path)
            runs += 1
            events += len(lags)
        print(f"{runs} files, {events} events")
        return
    for path in sys.argv[1:]:
        lags, _ = read(path)
        if lags:
            lags.sort()
            median = statistics.median(lags)
            p90 = lags[min(len(lags) - 1, int(0.9 * len(lags)))]
            print(f"{path}: {len(lags)} events, median lag {median:.0f} ms, p90 {p90:.0f} ms, max {lags[-1]:.0f} ms")
        else:
            print(f"{path}: 0 events")


if __name__ == "__main__":
    main()
