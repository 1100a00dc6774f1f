#include "model.h"

#include <QCoreApplication>

#include <algorithm>

namespace LagLens {

namespace {

// Labels are short because they sit on a timeline next to their marker.
constexpr std::array<MilestoneInfo, kMilestoneCount> kMilestones { {
    { MilestoneId::SubmittedAt, "submitted_at", QT_TRANSLATE_NOOP("LagLens::Milestone", "submit"),
      Lane::Client, Clock::Client, false },
    { MilestoneId::JobCreatedAt, "job_created_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "job created"), Lane::Client, Clock::Client, false },
    { MilestoneId::EventsSubscribeStartedAt, "events_subscribe_started_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "subscribe"), Lane::Client, Clock::Client, false },
    { MilestoneId::EventsConnectedAt, "events_connected_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "connected"), Lane::Client, Clock::Client, false },
    { MilestoneId::FirstEventAt, "first_event_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first event"), Lane::Client, Clock::Client, false },
    { MilestoneId::ExecutingAt, "executing_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "executing"), Lane::Platform, Clock::Client,
      true },
    { MilestoneId::FirstTokenClientReceivedAt, "first_token_client_received_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first token received"), Lane::Client, Clock::Client,
      false },
    { MilestoneId::FinishedAt, "finished_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "finished"), Lane::Client, Clock::Client,
      true },
    { MilestoneId::FirstTokenServerEventAt, "first_token_server_event_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first token event"), Lane::Platform,
      Clock::Platform, false },
    { MilestoneId::RequestDispatchAt, "request_dispatch_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "request dispatch"), Lane::ChatService,
      Clock::Service, false },
    { MilestoneId::UpstreamAcceptedAt, "upstream_accepted_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "upstream accepted"), Lane::ModelProxy,
      Clock::Service, false },
    { MilestoneId::FirstUpstreamDeltaAt, "first_upstream_delta_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first delta"), Lane::ModelProxy, Clock::Service,
      false },
    { MilestoneId::FirstBatchEmitAt, "first_batch_emit_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first batch flush"), Lane::ChatService,
      Clock::Service, false },
    { MilestoneId::FirstTokenServerEmitAt, "first_token_server_emit_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first token emit"), Lane::ChatService,
      Clock::Service, false },
    { MilestoneId::ResponseHeadersAt, "response_headers_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "response headers"), Lane::Client, Clock::Client,
      false },
    { MilestoneId::FirstTokenAt, "first_token_at",
      QT_TRANSLATE_NOOP("LagLens::Milestone", "first token"), Lane::Client, Clock::Client, false },
} };

} // namespace

const std::array<MilestoneInfo, kMilestoneCount> &milestoneTable()
{
    return kMilestones;
}

const MilestoneInfo &milestoneInfo(MilestoneId id)
{
    return kMilestones[static_cast<int>(id)];
}

std::optional<MilestoneId> milestoneByKey(QByteArrayView key)
{
    for (const MilestoneInfo &info : kMilestones) {
        if (key == QByteArrayView(info.key))
            return info.id;
    }
    return std::nullopt;
}

QString milestoneLabel(MilestoneId id)
{
    return QCoreApplication::translate("LagLens::Milestone", milestoneInfo(id).label);
}

bool isPolled(const Run &run, MilestoneId id)
{
    // Only the platform client polls the job's status; a direct call sees its own stream end.
    return milestoneInfo(id).polled && run.format == LogFormat::Ivcap;
}

QString laneName(Lane lane)
{
    switch (lane) {
    case Lane::Client:
        return QCoreApplication::translate("LagLens::Lane", "Client");
    case Lane::Platform:
        return QCoreApplication::translate("LagLens::Lane", "Platform");
    case Lane::ChatService:
        return QCoreApplication::translate("LagLens::Lane", "Chat service");
    case Lane::ModelProxy:
        return QCoreApplication::translate("LagLens::Lane", "Model proxy");
    }
    return {};
}

QString clockName(Clock clock)
{
    switch (clock) {
    case Clock::Client:
        return QCoreApplication::translate("LagLens::Clock", "client clock");
    case Clock::Platform:
        return QCoreApplication::translate("LagLens::Clock", "platform clock");
    case Clock::Service:
        return QCoreApplication::translate("LagLens::Clock", "chat service clock");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const BreakdownEntry *Run::findBreakdown(QStringView name) const
{
    for (const BreakdownEntry &entry : breakdown) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

const EventExtra *Run::extraFor(int eventIndex) const
{
    const auto it = std::lower_bound(eventExtras.cbegin(), eventExtras.cend(), eventIndex,
                                     [](const EventExtra &e, int i) { return e.eventIndex < i; });
    return it != eventExtras.cend() && it->eventIndex == eventIndex ? &*it : nullptr;
}

} // namespace LagLens
