#!/usr/bin/env python3
"""Measures LagLens against its targets and its peers, and prints every figure beside its target.

    python3 tests/benchmarks/run-benchmarks.py [--build build/dev] [--keep DIR] [--quick]

It needs a dev build (cmake --preset dev && cmake --build --preset dev). Inputs are generated
with laglens-synth into a temporary folder (about 200 MB; --keep DIR keeps them there), never
committed. LagLens is timed as a user opening a file meets it: the first parse and analysis in
a fresh process (timed inside it, so process start is left out), best of several processes run
before and after the peers. Peers, run side by side on the same files: `wc -l` and a straightforward Python
reading (peer_parse.py: a regular expression per line, datetime.fromisoformat, lag statistics).
--quick skips the million-event log, for a first look; the targets are then judged at 100,000
events, where a process's fixed costs weigh more than at a million.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))


def best_of(runs, command, env=None):
    """Best wall-clock seconds of `runs` runs of a command; its output is discarded."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def bench_json(build, *args):
    out = subprocess.run([os.path.join(build, "tests", "laglens-bench"), *args], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def first_parse(build, path, processes):
    """Opening a file as a user does: the first parse and analysis in a fresh process, so that
    memory the allocator kept from an earlier parse cannot flatter it. Best of `processes`;
    the memory figure is the first process's."""
    runs = [bench_json(build, "--repeat", "1", path)[0] for _ in range(processes)]
    best = min(runs, key=lambda run: run["ms"])
    return dict(best, held_kib=runs[0]["held_kib"])


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def window_rss_kib(build, path):
    """Resident memory of the window with `path` open, once it has settled (offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([os.path.join(build, "app", "laglens"), path], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        last, steady = -1, 0
        deadline = time.time() + 60
        while time.time() < deadline and steady < 6:
            time.sleep(0.5)
            now = rss_kib(process.pid)
            steady = steady + 1 if now == last else 0
            last = now
        return last
    finally:
        process.kill()
        process.wait()


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, measured, target="", met=None):
        mark = "" if met is None else ("yes" if met else "NO")
        self.rows.append((figure, measured, target, mark))

    def print(self):
        widths = [max(len(str(r[i])) for r in self.rows + [("figure", "measured", "target", "met")]) for i in range(4)]
        header = ("figure", "measured", "target", "met")
        for row in [header] + self.rows:
            print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(TOP, "build", "dev"))
    parser.add_argument("--keep", help="generate the inputs here and keep them")
    parser.add_argument("--quick", action="store_true", help="skip the million-event log")
    args = parser.parse_args()

    build = args.build
    synth = os.path.join(build, "tests", "laglens-synth")
    if not os.path.exists(synth):
        sys.exit(f"no {synth}: build first (cmake --preset dev && cmake --build --preset dev)")
    work = args.keep or tempfile.mkdtemp(prefix="laglens-bench-")
    os.makedirs(work, exist_ok=True)
    table = Table()
    print(f"machine: {os.cpu_count()} cores; inputs in {work}\n")

    sizes = [10_000, 100_000] + ([] if args.quick else [1_000_000])
    logs = {}
    for events in sizes:
        path = os.path.join(work, f"events-{events}.log")
        if not os.path.exists(path):
            subprocess.run([synth, "--events", str(events), "--gap-ms", "5", "--stall", f"{events // 3}:2500",
                            "-o", path], check=True)
        logs[events] = path

    # Parse and analyse, against wc -l and the Python peer. LagLens is timed before and after
    # its peers, so that a slow spell of a shared machine does not fall on one side only.
    laglens_ms = {}
    for events, path in logs.items():
        mb = os.path.getsize(path) / 1e6
        processes = 3 if events >= 1_000_000 else 5
        ours = first_parse(build, path, processes)
        wc = best_of(3, ["wc", "-l", path]) * 1000
        python = best_of(1 if events >= 1_000_000 else 3, [sys.executable, os.path.join(HERE, "peer_parse.py"), path]) * 1000
        again = first_parse(build, path, processes)
        ours = dict(ours, ms=min(ours["ms"], again["ms"]))
        laglens_ms[events] = ours["ms"]
        held = ours["held_kib"] * 1024
        per_event = (held - os.path.getsize(path)) / events
        table.add(f"parse+analyse {events:>9,} events ({mb:.0f} MB)", f"{ours['ms']:.0f} ms",
                  "", None)
        table.add(f"  wc -l on it", f"{wc:.0f} ms; LagLens is {ours['ms'] / wc:.1f}x", "LagLens within 8x wc -l",
                  ours["ms"] <= 8 * wc if events == sizes[-1] else None)
        table.add(f"  Python peer on it", f"{python:.0f} ms; LagLens is {python / ours['ms']:.1f}x faster",
                  "12x faster than Python", python / ours["ms"] >= 12 if events == sizes[-1] else None)
        table.add(f"  memory held beyond the file", f"{per_event:.1f} bytes/event", "64 bytes/event",
                  per_event <= 64 if events == sizes[-1] else None)

    # Linear growth: time per event at each size, each the first parse of a fresh process.
    per_event_us = {events: ms * 1000 / events for events, ms in laglens_ms.items()}
    table.add("time per event", ", ".join(f"{e:,}: {us:.2f} us" for e, us in per_event_us.items()),
              "grows linearly (flat per event)",
              max(per_event_us.values()) <= 2.0 * min(per_event_us.values()))

    # The window's memory with the largest log open, against the window with the sample.
    largest = logs[sizes[-1]]
    empty = window_rss_kib(build, os.path.join(TOP, "tests", "data", "seed-run.log"))
    full = window_rss_kib(build, largest)
    window_per_event = ((full - empty) * 1024 - os.path.getsize(largest)) / sizes[-1]
    table.add(f"window memory, {sizes[-1]:,} events open", f"{(full - empty) / 1024:.0f} MiB above the sample; "
              f"{window_per_event:.1f} bytes/event beyond the file", "64 bytes/event", window_per_event <= 64)

    # --export from process start to file written, against the parse.
    out = os.path.join(work, "export.png")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    export_ms = best_of(2, [os.path.join(build, "app", "laglens"), "--export", out, "--size", "1600x900", largest], env) * 1000
    table.add(f"--export {sizes[-1]:,} events to 1600x900", f"{export_ms:.0f} ms; {export_ms / laglens_ms[sizes[-1]]:.1f}x the parse",
              "within 3x the parse", export_ms <= 3 * laglens_ms[sizes[-1]])

    # A folder of 10,000 sample-sized logs, against the Python peer.
    folder = os.path.join(work, "folder-10k")
    if not os.path.exists(folder):
        subprocess.run([synth, "--count", "10000", "--output-dir", folder], check=True)
    ours = bench_json(build, "--folder", "--repeat", "3", folder)[0]
    python = best_of(2, [sys.executable, os.path.join(HERE, "peer_parse.py"), "--folder", folder]) * 1000
    table.add("10,000 logs from a folder", f"{ours['ms']:.0f} ms wall, {ours['cpu_ms']:.0f} ms CPU "
              f"({ours['runs']} runs)", "under 1 s on two cores", ours["ms"] < 1000)
    table.add("  Python peer on the folder", f"{python:.0f} ms; LagLens is {python / ours['ms']:.1f}x faster", "", None)

    # Replot of timeline and lag chart with a million events (QBENCHMARK).
    if not args.quick:
        bench = subprocess.run([os.path.join(build, "tests", "bench_draw"), "-iterations", "20"], env=env,
                               capture_output=True, text=True).stdout
        for name, ms in re.findall(r'replot\(\):"([^"]+)":\s*\n\s*([\d.]+) msecs per iteration', bench):
            table.add(f"replot, 1,000,000 events, {name}", f"{float(ms):.1f} ms", "16 ms", float(ms) <= 16)

    print()
    table.print()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
