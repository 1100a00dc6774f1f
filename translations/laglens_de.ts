<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the exported image (default 1600x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what LagLens finds in each FILE as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the clock-corrected view instead of the raw stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (for example de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 200x150 and 16000x16000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laglens: no translation for &apos;%1&apos;; using English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laglens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LagLens shows where the time went in a streamed chat answer: it reads chat latency diagnostic logs and draws a swimlane timeline, a lag chart and a bottleneck verdict. FILE may be a folder: every file below it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the timeline of FILE (several runs: their comparison) to OUT.png without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the runs table (one row per run) as CSV, or as JSON lines when OUT ends in .jsonl, without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the exported runs at this milestone: submit, dispatch, first-delta, first-batch, first-token-event, first-token, first-event or finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MILESTONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the exported comparison against the run from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic logs, or folders of them, to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--align does not know the milestone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summary prints to standard output and cannot be combined with --export or --table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--align, --baseline, --size and --corrected shape an --export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline %1 is none of the runs exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run to export; %1 not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Analysis</name>
    <message>
        <source>No stamp pairs the platform clock with the client clock; the offset is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stamps contradict each other: an event arrived before it was stamped by more than the platform could have stamped it after submit. LagLens uses the event bound, %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client clock is behind the platform clock by at least %1 ms: %2 arrived %1 ms before the platform stamped it. Corrected views add %3 ms to platform stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client clock is ahead of the platform clock by at least %1 ms: the platform stamped an event before the client submitted the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event arrived before it was stamped: the lags are consistent with clocks in step. The client clock is at most %1 ms ahead of the platform clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stamp pairs the chat service clock with another clock; the offset is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat service stamps contradict each other; LagLens uses the upper bound, %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client clock is ahead of the chat service clock by at least %1 ms: the service dispatched the request before the client submitted it. Corrected views add %1 ms to service stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client clock is behind the chat service clock by at least %1 ms: the first token was received before the service emitted it. Corrected views add %2 ms to service stamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat service stamps are consistent with a clock in step with the client&apos;s (offset between %1 and %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported as 0 but the timestamps give %2 ms: the log clamped a negative difference, a sign of clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported as %2 ms but the timestamps give %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → request dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model proxy time to first delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat service buffer flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform event pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event delivery to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers → first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stamps bound a clock offset from both sides and the bounds contradict each other; corrected views are approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck: %1, %2 ms of the %3 ms time to first token (%4%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token %1 ms, but no segment of it can be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time to first token: the log lacks the stamps it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms of the time to first token cannot be attributed: a milestone on its path is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s own guess agrees: %1 (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s own guess differs: %1 (%2 ms). It looks only at three backend figures of the first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1 to %2 arrived together after the first was held %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This benchmark entry failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time to first token: the benchmark entry has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-stream stall after event %1: nothing arrived for %2 ms; event %3 was held %4 ms against a normal lag of %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then events %1 to %2 arrived at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The silence is longer than the reported bottleneck (%1 ms), which looks only at the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first token was received %1 ms before submit, on the same clock: the client&apos;s stamps contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time to first token is more than a day: the stamps are not of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spans more than a day: its stamps cannot be of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events are stamped earlier than the event listed before them; gaps between events are measured in the order listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::BenchmarkJson</name>
    <message>
        <source>%1.%2 is not a number, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like JSON but does not parse: %1 on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, but not a TTFT benchmark result: it has no results.direct or results.ivcap list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results.%1[%2] is not an object, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark result holds no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 = %3 is not a plausible figure, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results.%1 is not a list of entries, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 entries; from results.%2[%3] on they are not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::BottleneckPanel</name>
    <message>
        <source>Bottleneck panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token, by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported figures against the timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown figures, reported and recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diagnostic log to see where the time went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time went: %1 (stamps as logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time went: %1 (clock-corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark entry has figures only; there are no stamps to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag over %1 events: median %2 ms, 90th percentile %3 ms, largest %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token batches in the log, %2 characters of answer%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the log starts mid-answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: %1 characters/s, %2 batches/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between batches: %1 ms as stamped, %2 ms as received, jitter %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream events in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform overhead by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached its first token %2 ms later than the direct call %3 (%4 ms against %5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct run has one clock, the client&apos;s: nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SSE chunks in the log, %2 characters of answer%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between chunks: %1 ms as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Clock</name>
    <message>
        <source>client clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat service clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Comparison</name>
    <message>
        <source>time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → request dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model proxy time to first delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat service buffer flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform event pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event delivery to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → job created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit → finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest mid-stream stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median event lag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::DeltaModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2%3, ×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::DiagnosticModel</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::DistributionView</name>
    <message>
        <source>Distribution of the time to first token and its segments over the loaded runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 runs: every run a point; lines at the 50th, 90th and 99th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
n=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · p90 %2 · p99 %3 · max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open several runs (a folder, for example) to see how their times spread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::EventModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform stamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Export</name>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottleneck: %1, %2 ms (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log guesses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-stream stalls: %1, the longest %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks: stamps as logged, not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks: platform and chat service stamps corrected onto the client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew is proven in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: segments of the time to first token (vermillion: the bottleneck). Lines from Platform to Client: an event from its platform stamp to its client receive (orange: delivered in a burst, red: first after a stall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LagLens: where the time went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LagLens: %1 runs compared, aligned at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 runs are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::FigureModel</name>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clamped to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LagLens does not know how this figure is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses clocks: the corrected value moves the stamps onto the client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::LagChart</name>
    <message>
        <source>Per-event lag chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered in a burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first after a stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stall threshold %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct run has client stamps only: lag needs a server stamp and a receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event has both a server stamp and a receive time, so there is no lag to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Event %2: %3
lag %4 ms
received %5 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stall: nothing for %1 ms, event %2 held %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then events %2–%3 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds, at receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Lane</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Milestone</name>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first batch flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token emit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Models</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::OverheadModel</name>
    <message>
        <source>The direct call&apos;s whole time to first token stands against the model proxy&apos;s wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Parser</name>
    <message>
        <source>lines %1-%2: text outside any log, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a chat latency diagnostic log: found no &apos;# IVCAP Chat Latency Diagnostic Log&apos; or &apos;# Direct LiteLLM Latency Diagnostic Log&apos; title and no known section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title line before this section; read as an IVCAP chat latency log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems on lines %2-%3 are not listed one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes, shown as the replacement character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first section, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key=value line, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key before the first section, kept as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; kept as extra fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;%1&apos; appears again (first on line %2); later values replace earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; given again (first on line %2); this later value is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown run field &apos;%1&apos; kept as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown timestamp &apos;%1&apos; kept as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a usable time: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no time zone; read as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown text &apos;%1&apos; after the figure, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely_bottleneck_ms: &apos;%1&apos; is not a whole number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bottleneck field &apos;%1&apos; kept as an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an event line (expected &apos;N. [time] ...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event has no [time] stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event stamp has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message has no closing quote; kept to the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the message&apos;s closing quote belongs to no field, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished=&apos;%1&apos; is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq=&apos;%1&apos; is not a sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event fields kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken from this marker event (the Timestamps section lacks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker event says %1 = %2, the Timestamps section (line %3) says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16; read after converting it to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text has invalid code units, replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the 4 GiB LagLens can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; LagLens reads logs up to 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 lines; the rest is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %1 logs; from this line on it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;%1&apos; appears again (first on line %2); its events follow the earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a count (a whole number, not negative): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; given again (first on line %2) without a usable time; the earlier value is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event stamp &apos;%1&apos; is not a usable time (%2); the event is kept without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice; the later value is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv &apos;%1&apos; is not a usable time (%2); the event is kept without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no msg=&quot;...&quot; field (a cut line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker event without a numeric server_emit_ts_ms; it says nothing about the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker server_emit_ts_ms %1 is not a plausible time for this run; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::RunListModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Job: %2
Status: %3
Time to first token: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::RunTable</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model proxy (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stall (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::SegmentModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Lane: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses clocks: its length includes their offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative: impossible unless the clocks disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::StepModel</name>
    <message>
        <source>before the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and finish are the platform&apos;s stamps, in seconds since submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::TimelinePlot</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 ms · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 → %3
%4 ms (%5% of the time to first token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses clocks: includes their offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottleneck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark entry (%1): figures only, no timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3 UTC, %4
%5 since submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by a status poll: happened up to 750 ms earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the marker event on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved onto the client clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2%3
stamped %4 UTC (platform clock)
received %5 UTC (client clock)
lag %6
%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlane timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diagnostic log: File &gt; Open, drop a file here, or pass it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 ms: negative, the clocks disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: negative, the clocks disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the log: it lists only its last %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log lists events %1 to %2 only; what happened between the first token and event %1 is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stall: %1 ms silent, event %2 held %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (polled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels not shown: %1 (hover or zoom in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not aligned (no %1): shown from its submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since %1 (stamps as logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since %1 (clock-corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 selected runs are drawn; the runs table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagLens::Timestamp</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LagLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one or more diagnostic logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline and lag chart of the selected runs as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock-Corrected Stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move platform and chat service stamps onto the client clock by the estimated offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LagLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded runs; select several to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to open: the folder holds no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading files: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – LagLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Diagnostic Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic logs (*.log *.txt *.md *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LagLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LagLens %1

Shows where the time went in a streamed chat answer: it reads chat latency diagnostic logs and draws a swimlane timeline, a per-event lag chart and a bottleneck verdict that accounts for clock skew, clamped figures and mid-stream stalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled from the answer&apos;s chunks in the log. The log collapses whitespace, so words at chunk boundaries can run together; a log that keeps only its last events starts mid-answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files could not be loaded; the others are open. Last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Runs &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Distribution PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone the compared runs are aligned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs (file, job, status, bottleneck…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the runs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline run of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the selected runs against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;tribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled. Runs open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Runs Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in step or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events by step or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events with at least this lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
