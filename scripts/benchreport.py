#!/usr/bin/env python3
"""Turns the JSON the benchmark programs wrote into the README's performance
section (Markdown) and the repaint timeline chart (SVG).

scripts/bench.sh runs the programs and then this script:

    benchreport.py --results build/bench/results --build build/bench [--write]

Without --write it only prints the section; with it, it also replaces what
lies between the bench markers in README.md and writes docs/perf/repaints.svg.
Standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench:begin (scripts/bench.sh rewrites this part) -->"
END = "<!-- bench:end -->"
SVG_PATH = Path("docs/perf/repaints.svg")


# --- reading ----------------------------------------------------------------

def load(results, name):
    path = results / name
    if not path.exists():
        sys.exit(f"benchreport: {path} is missing; did its benchmark fail?")
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def gbench_rows(document, aggregate=None):
    """Google Benchmark entries by name; with repetitions, the chosen aggregate."""
    rows = {}
    for entry in document["benchmarks"]:
        if aggregate and entry.get("run_type") == "aggregate":
            if entry.get("aggregate_name") == aggregate:
                rows[entry["run_name"]] = entry
        elif not aggregate:
            rows[entry["name"]] = entry
    return rows


def command_output(arguments):
    try:
        return subprocess.run(arguments, capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine(build, results):
    """Where and from what the figures came."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cache = {}
    try:
        for line in (build / "CMakeCache.txt").read_text().splitlines():
            match = re.match(r"^([A-Za-z0-9_]+):[A-Z]+=(.*)$", line)
            if match:
                cache[match.group(1)] = match.group(2)
    except OSError:
        pass
    compiler = cache.get("CMAKE_CXX_COMPILER", "c++")
    version = command_output([compiler, "--version"]).splitlines()
    qt = command_output(["qtpaths6", "--qt-version"]) or command_output(["qmake6", "-query", "QT_VERSION"])
    commit = command_output(["git", "rev-parse", "--short", "HEAD"])
    if commit and command_output(["git", "status", "--porcelain", "--untracked-files=no"]):
        commit += " with local changes"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "cpu": cpu,
        "cores": os.cpu_count() or 0,
        "compiler": version[0] if version else compiler,
        "build_type": cache.get("CMAKE_BUILD_TYPE", "?"),
        "qt": qt or "?",
        "commit": commit or "?",
        "load": (results / "loadavg.txt").read_text().strip() if (results / "loadavg.txt").exists() else "?",
    }


# --- formatting ---------------------------------------------------------------

def rate_bytes(bytes_per_second):
    mib = bytes_per_second / (1 << 20)
    return f"{mib / 1024:.2f} GiB/s" if mib >= 1024 else f"{mib:.0f} MiB/s"


def count(value):
    if value >= 1e6:
        return f"{value / 1e6:.1f} M"
    if value >= 1e3:
        return f"{value / 1e3:.0f} k"
    return f"{value:.0f}"


def duration_ms(ms):
    if ms >= 1000:
        return f"{ms / 1000:.1f} s"
    if ms >= 10:
        return f"{ms:.0f} ms"
    if ms >= 1:
        return f"{ms:.1f} ms"
    return f"{ms * 1000:.0f} µs"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# --- sections -------------------------------------------------------------------

def section_intro(m, elapsed_s):
    took = f"; this run took {elapsed_s / 60:.0f} minutes, build included" if elapsed_s else ""
    return f"""`scripts/bench.sh` builds the Release benchmarks (preset `bench`, in
`build/bench`), runs them all, prints the figures and rewrites this part of
the README and [docs/perf/repaints.svg](docs/perf/repaints.svg){took}.
`scripts/bench.sh --no-readme` runs them and only prints. The programs live
in `tests/bench/`; they measure, they assert nothing.

Every figure below comes from one run of `scripts/bench.sh` on
{m['date']}: {m['cpu']}, {m['cores']} cores (`nproc`), {m['compiler']},
Qt {m['qt']}, {m['build_type']} build of commit {m['commit']}. The machine is
shared and virtual (load average {m['load']} when the run started), so treat
small differences as noise."""


def section_sse(document):
    rows = gbench_rows(document, aggregate="median")
    body = []
    for chunk, label in ((16, "16 B"), (4096, "4 KiB"), (65536, "64 KiB")):
        entry = rows[f"BM_SseParser/{chunk}"]
        body.append((label, rate_bytes(entry["bytes_per_second"]), count(entry["events/s"])))
    floor = rows["BM_MemchrScan"]
    body.append(("(floor: `memchr` for LF over the same bytes)", rate_bytes(floor["bytes_per_second"]), ""))
    return f"""### SSE parsing throughput

`sseparser_bench`: `SseParser` over a generated 64 MiB OpenAI-style Chat
Completions stream (~260-byte events, a heartbeat comment every 100 events),
fed in chunks of three sizes; median of 3 runs, CPU time:

{table(("chunk size", "throughput", "events/s"), body)}

Lines that fit inside a chunk are parsed in place without copying; short
chunks are scanned for CR/LF eight bytes at a time."""


def section_stream_cpu(figures):
    rate = figures["achieved_tokens_per_s"]
    per_write = figures["tokens_per_write"]
    seconds = figures["wall_ms"] / 1000

    def row(label, f, updates):
        wall_s = f["wall_ms"] / 1000
        return (label, f"{f['achieved_tokens_per_s']:,.0f} tokens/s", f"{f['us_per_token']:.1f} µs",
                f"{f['core_percent']:.1f} %", f"{f['wakeups']:,} ({f['wakeups'] / wall_s:,.0f}/s)", updates)

    rows = [row("Inkchat (connector, parser, decoder, throttler)", figures,
                f"{figures['updates']:,} ({figures['updates'] / seconds:.0f}/s)")]
    if "curl" in figures:
        rows.append(row("(floor: `curl -sN` on the same stream, parsing nothing)", figures["curl"], "–"))
    return f"""### CPU time per streamed token

`streamcpu_bench`: a loopback `StreamServer` (in a child process, so its work
is not counted) writes an OpenAI Chat Completions stream of
{figures['tokens']:,} tokens at {figures['planned_tokens_per_s']:,.0f} tokens/s: a write
every millisecond at most, of random size ({rate / per_write:,.0f} writes/s of
{per_write:.1f} tokens on average), so events split across writes as TCP
segments split them (short streams first find the write size that gives the
rate, since a millisecond timer fires late on a busy machine). The client
takes it through everything the app uses: `QNetworkAccessManager`,
`HttpStreamTransport`, `SseParser`, the `openai` decoder, `Connector` and
the desktop `RepaintThrottler`. Process CPU time (all threads) from
`start()` to `finished()`, divided by the tokens; drawing the text is not
included (the next two parts are about that). The event loop sleeps between
reads: *wake-ups* are the process's voluntary context switches (`getrusage`),
each a sleep that ended. The floor is `curl -sN` fetching the same stream from
the same server at the same pace and throwing it away (its CPU time and
wake-ups from `wait4`):

{table(("client", "rate reached", "CPU per token", "share of one core", "wake-ups", "updates the throttler emitted"), rows)}"""


def section_update_cost(document):
    rows = gbench_rows(document)

    def entry(benchmark, tokens):
        # Names carry the options too: BM_X/1000/iterations:50/manual_time.
        return next(row for name, row in rows.items() if name.startswith(f"{benchmark}/{tokens}/"))

    body = []
    for tokens, label in ((1000, "1k tokens"), (10000, "10k tokens"), (100000, "100k tokens")):
        block = entry("BM_UpdateCost_BlockTranscript", tokens)
        single = entry("BM_UpdateCost_SingleTextEdit", tokens)
        assert block["time_unit"] == single["time_unit"] == "ms"
        body.append((label, duration_ms(block["real_time"]), duration_ms(single["real_time"])))
    return f"""### Cost of one visible update against the length of the reply

`updatecost_bench` streams into the real window (`Main.qml`, desktop profile,
offscreen, software renderer): before timing, the reply already holds 1k,
10k or 100k tokens of Markdown; each timed update appends 8 tokens, and its
cost is applying it to the model plus rendering the frame that shows it
(`grabWindow`), 50 updates each. The second column is what the block
transcript avoids: one `TextEdit` holding the whole reply as Markdown
(10 updates each). Mean per update:

{table(("reply so far", "block transcript (Inkchat)", "one TextEdit with the whole reply"), body)}

The Inkchat figures are the whole frame (a 960×720 window drawn in
software), so they stay flat as the reply grows."""


# Frames up to this long after the reply's end count as the reply's (the
# last update's own frame); later ones are the idle window's, such as the
# desktop composer's blinking cursor, and are left out.
SETTLE_MS = 1000


def reply_frames(t):
    return [f for f in t["frames_ms"] if f <= t["reply_ms"] + SETTLE_MS]


def timeline_stats(t):
    frames, updates = reply_frames(t), t["updates_ms"]
    reply = t["reply_ms"]
    in_reply = [f for f in updates if f <= reply + 1]
    gaps = [b - a for a, b in zip(in_reply, in_reply[1:])]
    mean_gap = sum(gaps) / len(gaps) if gaps else 0
    return (len(frames), len(updates), duration_ms(mean_gap) if gaps else "–",
            f"{len(frames) / (reply / 1000):.1f}")


def section_timeline(desktop, eink):
    rows = []
    for label, t in (("desktop", desktop), ("e-ink", eink)):
        frames, updates, gap, per_second = timeline_stats(t)
        rows.append((label, f"{t['reply_ms'] / 1000:.1f} s", frames, updates, gap, per_second,
                     duration_ms(t["cpu_ms"]), f"{t['wakeups']:,}"))
    return f"""### Repaints while a reply streams: desktop against e-ink

`repainttimeline_bench`, once per profile: the real window and chat
controller, offscreen, stream the built-in demo reply from the demo server at
{desktop['tokens_per_s']:.0f} tokens/s (the whole pipeline). The app's frame log
(`INKCHAT_FRAME_LOG`, see `app/stats/framestats.h`) records each swapped
frame and each text update; time 0 is the moment the message is sent:

![Frames swapped and text updates over time while the same reply streams, desktop and e-ink profiles]({SVG_PATH.as_posix()})

{table(("profile", "reply took", "frames", "text updates", "mean time between updates", "frames/s", "CPU", "wake-ups"), rows)}

*CPU* and *wake-ups* (voluntary context switches) are the whole process's,
app and demo server, from sending to the end of the reply.
The desktop profile shows text as it comes, about every frame; the e-ink
profile holds it back to one update per 500 ms, whole words only, so the
panel refreshes a few times a second instead of every few milliseconds.
Frames are counted until {SETTLE_MS / 1000:.0f} s after the reply ended; later
ones are the idle window's own, such as the desktop composer's blinking
cursor."""


def section_startup(document):
    rows = []
    for case in document["cases"]:
        text = f"{case['text_mib']:.1f} MiB of text" if case["messages"] else "–"
        rows.append((case["name"], text, duration_ms(case["first_frame_median_ms"]),
                     f"{case['rss_median_mib']:.0f} MiB",
                     f"{case['peak_rss_median_mib']:.0f} MiB"))
    runs = document["cases"][0]["runs"]
    return f"""### Start-up and memory

`startup_bench` starts the real `inkchat --demo` (offscreen) as a child
process with a home of its own, {runs} times per case, and reads the app's
frame log: *first frame* is from starting the process to the first frame
swapped. Memory is the process's `VmRSS` three seconds later and its peak so
far (`VmHWM`), from `/proc`. The long
conversation (questions of ~150 characters, Markdown answers of ~1.5 KB) is
stored through the store API beforehand and is the one the app opens at
start. Medians:

{table(("conversation", "stored text", "first frame", "resident", "peak resident"), rows)}"""


def section_reconnect(document):
    rows = []
    for s in document["scenarios"]:
        backoff = f"{s['backoff_initial_ms']:.0f} ms" if s["backoff_initial_ms"] else "none"
        waited = duration_ms(s["backoff_median_ms"]) if s["backoff_initial_ms"] else "–"
        rows.append((f"{s['provider']}, {s['resume']}", backoff, waited,
                     duration_ms(s["request_median_ms"]), duration_ms(s["first_byte_median_ms"]),
                     duration_ms(s["first_byte_p90_ms"]), duration_ms(s["overhead_median_ms"]),
                     f"{s['wakeups_median']:.0f}"))
    runs = document["scenarios"][0]["runs"]
    ceiling = document["first_backoff_ceiling_ms"]
    return f"""### Reconnect: from a dropped stream to the first resumed byte

`reconnect_bench`: a loopback `StreamServer` sends the first
{document['tokens_before_drop']} tokens of a reply and holds the connection;
once the client shows them, the server closes it (the chunked body without
its last chunk). The clock runs from that close to the resuming request
reaching the server, and to the connector delivering the first text of the
resumed stream. The product's first retry waits a uniformly random time in
[0, {ceiling:.0f} ms] (exponential backoff with full jitter, `BackoffPolicy`),
so each scenario runs {runs} times: medians, and p90 of the whole. The
runs without backoff show the pure cost of noticing the drop and reconnecting.

{table(("provider, how it resumes", "first backoff (ceiling)", "backoff waited", "drop → request", "drop → first byte", "p90", "beyond the backoff", "wake-ups"), rows)}

`openai` has no resume: it continues with a request whose last message is
the partial reply (the seam is recorded). A generic SSE server that sends
`id:` fields is resumed with `Last-Event-ID`; one that sends `retry:` gets
that wait instead of the backoff, as EventSource does. *Beyond the backoff*
is the median of each run's first byte less the wait it chose; it can be
below zero because Qt's coarse timers may fire up to 5 % early. *Wake-ups*:
the median of the process's voluntary context switches (client and server)
from the drop to the end of the reply."""


def section_ssedump(document):
    commands = document["commands"]
    reference = next((c for c in commands if c["name"].startswith("eventsource-parser")), None)
    rows = []
    for c in commands:
        speed = rate_bytes(document["stream_mib"] * (1 << 20) / (c["wall_ms"] / 1000))
        versus = "–"
        if reference and c is not reference and not c["name"].startswith("cat"):
            versus = f"{reference['wall_ms'] / c['wall_ms']:.1f}× faster, {reference['cpu_ms'] / c['cpu_ms']:.1f}× less CPU"
        label = c["name"] if not c["name"].startswith("cat") else "(floor: `cat` copying the same bytes)"
        rows.append((label.replace("inkchat-cli sse-dump", "`inkchat-cli sse-dump`"), duration_ms(c["wall_ms"]),
                     duration_ms(c["cpu_ms"]), speed, versus))
    if reference:
        who = (f"the npm package eventsource-parser {document['eventsource_parser_version']} on node "
               f"{document['node_version']} (`tests/bench/ssedump_eventsourceparser.cjs`) doing the same")
        same = ("Both wrote the same bytes." if document["same_output"]
                else "**Their outputs differed**: see the run's log.")
    else:
        who = "eventsource-parser (left out of this run: no node, or npm could not install it)"
        same = ""
    return f"""### `inkchat-cli sse-dump` against eventsource-parser

`ssedump_bench`: the {document['stream_mib']:.0f} MiB stream `sseparser_bench` parses, in a
file, through `inkchat-cli sse-dump` (one JSON line per event) and through
{who}: each process reads the file (or stdin) and writes its lines to a
file. Wall and CPU time (user + system) of the whole process, median of
{document['runs']} runs. {same}

{table(("program", "wall", "CPU", "throughput", "against eventsource-parser"), rows)}"""


def section_markdown(document):
    rows = gbench_rows(document, aggregate="median")

    def entry(name):
        return rows[name]

    body = []
    for case, label in (("Reply", "a 1 MB reply (headings, lists, code, tables, links)"),
                        ("UnclosedLinks", "`[a](b` × 60,000")):
        ours, floor = entry(f"BM_MarkdownToXhtml_{case}"), entry(f"BM_Md4cParseOnly_{case}")
        assert ours["time_unit"] == floor["time_unit"] == "ms"
        body.append((label, duration_ms(ours["cpu_time"]), rate_bytes(ours["bytes_per_second"]),
                     duration_ms(floor["cpu_time"])))
    return f"""### Markdown to XHTML (HTML and EPUB exports)

`markdown_bench`: `markdown::markdownToXhtml` (md4c and Inkchat's renderer on
its callbacks, QString in and out) against md4c's own parse of the same UTF-8
with callbacks that do nothing, the floor; CPU time, median of 3 runs. For
comparison, the hand-written parser md4c replaced took 35 ms for the reply
and 620 ms for the unclosed links (CPU, on the machine of the 2026-12-06
run, just before it was removed):

{table(("input", "to XHTML", "throughput", "floor: md4c parse alone"), body)}"""


def section_eink_panel(document):
    frames = document["frames"]
    per_frame = lambda wakeups: f"{wakeups / frames:.1f}" if frames else "–"
    rows = [
        ("panel area per partial update (median / mean of the screen)",
         f"{document['panel_share_median']:.2f} % / {document['panel_share_mean']:.2f} %",
         f"changed pixels' bounding box: {document['changed_share_median']:.2f} % / "
         f"{document['changed_share_mean']:.2f} %"),
        ("full refreshes", f"{document['full_refreshes']} in {frames} frames shown", "– (page turns)"),
        ("GUI thread wake-ups per frame shown", f"{per_frame(document['gui_wakeups'])} "
         f"({document['gui_wakeups']} for {frames} frames)", "1 (the update itself)"),
        ("process wake-ups per frame shown (all threads, demo server included)",
         per_frame(document["process_wakeups"]), "–"),
    ]
    return f"""### E-ink panel: area per update and wake-ups per frame

`einkpanel_bench` streams the built-in demo reply at
{document['tokens_per_s']:.0f} tokens/s into the real window on the e-ink
profile (software renderer, basic render loop) at 758×1024, with a fake
panel that records every refresh request, and compares every pixel of each
frame with the frame before (the floor: the bounding box of what really
changed). A *frame shown* is one the panel was asked to refresh; the render
loop also draws a frame after each polish that moved an item, which repaints
nothing ({document.get('frames_drawn', frames)} frames drawn in all).
*Wake-ups* are voluntary context switches (`getrusage`) from sending to the
end of the reply: of the GUI thread alone, and of the whole process (Qt's
network thread, the network thread that batches the reply's reads, and the
demo server's thread).

{table(("", "figure", "floor"), rows)}"""


def section_monochrome(document):
    us = lambda ns: f"{ns / 1e3:.0f} µs" if ns < 1e6 else f"{ns / 1e6:.1f} ms"
    rows = [("MonochromeText, changed text only", us(document["now_ns"])),
            ("before issue 16: the whole document after every change", us(document["before_ns"])),
            ("floor: the TextEdit alone", us(document["floor_ns"]))]
    return f"""### E-ink: black-and-white text while a reply grows

`monochrometext_bench`: a Markdown block growing by a word per update (an
inline code span every 40 words), as the last block of a streaming reply
does; CPU per update, median of 3 runs of 400 updates:

{table(("", "CPU per update"), rows)}"""


# --- the chart -------------------------------------------------------------------

def svg_chart(desktop, eink):
    """Two lanes (frames as ticks, text updates as dots) and the running count
    of frames as steps, on one time axis."""
    width, left, right = 900, 90, 20
    lane_top, lane_height, lane_gap = 50, 56, 18
    steps_top, steps_height = lane_top + 2 * (lane_height + lane_gap) + 20, 150
    height = steps_top + steps_height + 60
    profiles = (("desktop", desktop, "#1f5fa8"), ("e-ink", eink, "#c0392b"))
    end = max(t["reply_ms"] + SETTLE_MS for _, t, _ in profiles)
    seconds = int(end / 1000) + 1
    scale = (width - left - right) / (seconds * 1000)
    max_frames = max(len(reply_frames(t)) for _, t, _ in profiles) or 1
    x = lambda ms: left + ms * scale

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           f'<text x="{left}" y="22" font-size="15" font-weight="bold">Repaints while the same reply streams '
           f'at {desktop["tokens_per_s"]:.0f} tokens/s</text>',
           f'<text x="{left}" y="40" fill="#555">Each tick is a frame swapped; each dot a text update; '
           f'the dashed line is the end of the reply.</text>']
    for s in range(seconds + 1):
        gx = x(s * 1000)
        out.append(f'<line x1="{gx:.1f}" y1="{lane_top - 4}" x2="{gx:.1f}" y2="{steps_top + steps_height}" '
                   f'stroke="#e4e4e4"/>')
        out.append(f'<text x="{gx:.1f}" y="{steps_top + steps_height + 18}" text-anchor="middle" '
                   f'fill="#555">{s} s</text>')
    out.append(f'<text x="{(left + width - right) / 2:.0f}" y="{steps_top + steps_height + 40}" '
               f'text-anchor="middle" fill="#333">time since the message was sent</text>')

    for index, (label, t, colour) in enumerate(profiles):
        frames = reply_frames(t)
        top = lane_top + index * (lane_height + lane_gap)
        out.append(f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{lane_height}" '
                   f'fill="none" stroke="#bbb"/>')
        out.append(f'<text x="{left - 8}" y="{top + lane_height / 2 - 2}" text-anchor="end" '
                   f'font-weight="bold" fill="{colour}">{label}</text>')
        out.append(f'<text x="{left - 8}" y="{top + lane_height / 2 + 13}" text-anchor="end" fill="#555">'
                   f'{len(frames)} frames</text>')
        ticks = " ".join(f'M{x(ms):.1f} {top + 4}v{lane_height - 22}' for ms in frames)
        out.append(f'<path d="{ticks}" stroke="{colour}" stroke-width="1" stroke-opacity="0.75"/>')
        for ms in t["updates_ms"]:
            out.append(f'<circle cx="{x(ms):.1f}" cy="{top + lane_height - 9}" r="2.2" fill="#222"/>')
        ex = x(t["reply_ms"])
        out.append(f'<line x1="{ex:.1f}" y1="{top}" x2="{ex:.1f}" y2="{top + lane_height}" stroke="{colour}" '
                   f'stroke-dasharray="4 3" stroke-width="1.5"/>')

    out.append(f'<rect x="{left}" y="{steps_top}" width="{width - left - right}" height="{steps_height}" '
               f'fill="none" stroke="#bbb"/>')
    out.append(f'<text x="{left - 8}" y="{steps_top + 12}" text-anchor="end" fill="#555">{max_frames}</text>')
    out.append(f'<text x="{left - 8}" y="{steps_top + steps_height}" text-anchor="end" fill="#555">0</text>')
    label_y = steps_top + steps_height / 2
    out.append(f'<text x="{left - 14}" y="{label_y:.0f}" text-anchor="middle" fill="#333" '
               f'transform="rotate(-90 {left - 14} {label_y:.0f})">frames so far</text>')
    y = lambda n: steps_top + steps_height - n * steps_height / max_frames
    for label, t, colour in profiles:
        frames = reply_frames(t)
        path = [f"M{x(0):.1f} {y(0):.1f}"]
        for n, ms in enumerate(frames, start=1):
            path.append(f"H{x(ms):.1f}V{y(n):.1f}")
        path.append(f"H{x(end):.1f}")
        out.append(f'<path d="{"".join(path)}" fill="none" stroke="{colour}" stroke-width="2"/>')
        last = len(frames)
        out.append(f'<text x="{x(end) - 4:.1f}" y="{y(last) - 5:.1f}" text-anchor="end" fill="{colour}">'
                   f'{label}: {last}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --- main ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", type=Path, required=True, help="folder with the programs' JSON")
    parser.add_argument("--build", type=Path, required=True, help="the bench build folder (for its CMakeCache)")
    parser.add_argument("--write", action="store_true", help="rewrite README.md's section and the SVG")
    parser.add_argument("--elapsed", type=float, default=0, help="seconds the whole run took, for the text")
    args = parser.parse_args()

    r = args.results
    desktop, eink = load(r, "timeline-desktop.json"), load(r, "timeline-eink.json")
    section = "\n\n".join((
        section_intro(machine(args.build, r), args.elapsed),
        section_sse(load(r, "sseparser.json")),
        section_stream_cpu(load(r, "streamcpu.json")),
        section_update_cost(load(r, "updatecost.json")),
        section_timeline(desktop, eink),
        section_startup(load(r, "startup.json")),
        section_reconnect(load(r, "reconnect.json")),
        section_ssedump(load(r, "ssedump.json")),
        section_markdown(load(r, "markdown.json")),
        section_eink_panel(load(r, "einkpanel.json")),
        section_monochrome(load(r, "monochrometext.json")),
    ))
    print(section)
    if not args.write:
        return

    readme_path = ROOT / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    begin, end = readme.find(BEGIN), readme.find(END)
    if begin < 0 or end < begin:
        sys.exit("benchreport: README.md has no bench markers")
    readme = readme[:begin + len(BEGIN)] + "\n" + section + "\n" + readme[end:]
    readme_path.write_text(readme, encoding="utf-8")
    svg_path = ROOT / SVG_PATH
    svg_path.parent.mkdir(parents=True, exist_ok=True)
    svg_path.write_text(svg_chart(desktop, eink), encoding="utf-8")
    print(f"\nwrote README.md (between the bench markers) and {SVG_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
