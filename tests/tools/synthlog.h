#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace LagLens::Synth {

// A mid-stream stall: every event stamped after event `afterEvent` (1-based) and before the
// release is held by the network and delivered together `holdMs` after that event's successor
// was stamped.
struct StallSpec
{
    int afterEvent = 0;
    double holdMs = 0;
};

// What a synthetic IVCAP chat latency log should contain. Times are true times in milliseconds
// after submit; the client's clock is the true clock, the others are off by their skews.
struct LogSpec
{
    qint64 submitUnixMs = 1767225600000; // 2026-01-01T00:00:00Z
    double dispatchMs = 400; // submit -> request dispatch
    double proxyTtftMs = 3000; // dispatch -> first upstream delta
    double flushMs = 500; // first delta -> first batch emit
    double pipelineMs = 300; // first batch emit -> platform stamps the first token
    double deliveryMs = 20; // platform stamp -> client receive, for every event
    double platformSkewMs = 0; // platform clock minus client clock
    double serviceSkewMs = 0; // chat service clock minus client clock
    int events = 40; // lines in the events section; token steps alternate start and finish
    double eventGapMs = 500; // between consecutive platform stamps
    double streamStartMs = 8000; // true time of the first listed event
    QList<StallSpec> stalls;
    bool clampLikeTheWriter = true; // report negative figures as 0, as real logs do
    bool bottleneckSection = true;
    QString message = QStringLiteral("word "); // the message of every token batch start event
};

// Writes the log as the chat client would: title, Run, Timestamps, Latency Breakdown, optional
// Likely Bottleneck (the writer's guess), and the last events.
QByteArray generateLog(const LogSpec &spec);

} // namespace LagLens::Synth
