#include "synthlog.h"

#include "timestamp.h"

#include <algorithm>
#include <cmath>

namespace LagLens::Synth {

namespace {

QByteArray stamp(const LogSpec &spec, double msAfterSubmit)
{
    const qint64 micros = (spec.submitUnixMs + qint64(std::llround(msAfterSubmit))) * 1000;
    return formatUtc(micros).toLatin1();
}

qint64 figure(const LogSpec &spec, double ms)
{
    const qint64 rounded = std::llround(ms);
    return spec.clampLikeTheWriter ? std::max<qint64>(0, rounded) : rounded;
}

} // namespace

QByteArray generateLog(const LogSpec &spec)
{
    // True times on the client clock.
    const double dispatch = spec.dispatchMs;
    const double firstDelta = dispatch + spec.proxyTtftMs;
    const double firstBatch = firstDelta + spec.flushMs;
    const double envelope = firstBatch + spec.pipelineMs;
    const double received = envelope + spec.deliveryMs;
    const double lastStamp = spec.streamStartMs + spec.eventGapMs * std::max(0, spec.events - 1);
    const double finished = lastStamp + spec.deliveryMs + 700;
    const double ps = spec.platformSkewMs;
    const double ss = spec.serviceSkewMs;

    QByteArray out;
    out.reserve(256 * (spec.events + 20));
    out += "# IVCAP Chat Latency Diagnostic Log\n\n## Run\n\nstatus=success\n";
    out += "job_id=urn:ivcap:job:00000000-0000-4000-8000-000000000001\n";
    out += "events_connection_status=connected\ntoken_events=" + QByteArray::number(spec.events / 2) + "\n\n";

    out += "## Timestamps\n\n";
    out += "submitted_at=" + stamp(spec, 0) + '\n';
    out += "job_created_at=" + stamp(spec, 300) + '\n';
    out += "events_subscribe_started_at=" + stamp(spec, 300) + '\n';
    out += "events_connected_at=" + stamp(spec, 600) + '\n';
    out += "executing_at=" + stamp(spec, 900) + '\n';
    out += "first_event_at=" + stamp(spec, 650) + '\n';
    out += "first_token_server_emit_at=" + stamp(spec, firstBatch + ss) + '\n';
    out += "request_dispatch_at=" + stamp(spec, dispatch + ss) + '\n';
    out += "upstream_accepted_at=" + stamp(spec, dispatch + 50 + ss) + '\n';
    out += "first_upstream_delta_at=" + stamp(spec, firstDelta + ss) + '\n';
    out += "first_batch_emit_at=" + stamp(spec, firstBatch + ss) + '\n';
    out += "first_token_server_event_at=" + stamp(spec, envelope + ps) + '\n';
    out += "first_token_client_received_at=" + stamp(spec, received) + '\n';
    out += "finished_at=" + stamp(spec, finished) + "\n\n";

    const auto line = [&](const char *name, double ms, const char *source) {
        out += QByteArray(name) + '=' + QByteArray::number(figure(spec, ms)) + " source=" + source + '\n';
    };
    out += "## Latency Breakdown (ms)\n\n";
    line("submit_to_job_create_ms", 300, "client");
    line("job_create_to_events_subscribe_ms", 0, "client");
    line("job_create_to_events_connected_ms", 300, "client");
    line("submit_to_first_event_ms", 650, "client");
    line("submit_to_first_token_ms", received, "client");
    line("first_event_to_first_token_ms", received - 650, "client");
    line("first_token_to_complete_ms", finished - received, "client");
    line("server_step_emit_to_event_envelope_ms", (envelope + ps) - (firstBatch + ss), "mixed");
    line("event_envelope_to_client_receive_ms", received - (envelope + ps), "mixed");
    line("server_step_emit_to_client_receive_ms", received - (firstBatch + ss), "backend_marker");
    line("model_proxy_ttft_ms", spec.proxyTtftMs, "backend_marker");
    line("server_buffer_flush_delay_ms", spec.flushMs, "backend_marker");
    line("jobevents_pipeline_delay_ms", (envelope + ps) - (firstBatch + ss), "mixed");
    out += '\n';

    if (spec.bottleneckSection) {
        // The writer's guess: the largest of three backend figures of the first token.
        const double pipeline = (envelope + ps) - (firstBatch + ss);
        const char *name = "model_proxy_ttft";
        double ms = spec.proxyTtftMs;
        if (spec.flushMs > ms) {
            name = "server_buffer_flush_delay";
            ms = spec.flushMs;
        }
        if (pipeline > ms) {
            name = "jobevents_pipeline_delay";
            ms = pipeline;
        }
        out += "## Likely Bottleneck\n\nlikely_bottleneck=" + QByteArray(name) + '\n';
        out += "likely_bottleneck_note=generated\nlikely_bottleneck_ms=" + QByteArray::number(figure(spec, ms)) + "\n\n";
    }

    out += "## Recent Events (up to last " + QByteArray::number(spec.events) + ")\n\n";
    if (spec.events == 0)
        out += "n/a\n";
    const int firstStep = 1000; // so the list starts mid-stream, as real logs do
    for (int i = 1; i <= spec.events; ++i) {
        const double trueStamp = spec.streamStartMs + spec.eventGapMs * (i - 1);
        double recv = trueStamp + spec.deliveryMs;
        for (const StallSpec &stall : spec.stalls) {
            const double held = spec.streamStartMs + spec.eventGapMs * stall.afterEvent; // next stamp
            const double release = held + stall.holdMs;
            if (i > stall.afterEvent && trueStamp <= release)
                recv = std::max(recv, release);
        }
        const bool start = i % 2 == 1;
        const int step = firstStep + (i - 1) / 2;
        out += QByteArray::number(i) + ". [" + stamp(spec, trueStamp + ps) + "] recv=" + stamp(spec, recv)
            + " step=chat:tokens:" + QByteArray::number(step) + " finished=" + (start ? "false" : "true")
            + " seq=" + QByteArray::number(100000 + i).rightJustified(8, '0') + " msg=\""
            + (start ? spec.message.toUtf8() : QByteArray("completed")) + "\"\n";
    }
    return out;
}

} // namespace LagLens::Synth
