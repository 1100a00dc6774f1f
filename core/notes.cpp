#include "notes.h"

#include "dataexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LagLens {

namespace {

const char *laneKey(Lane lane)
{
    switch (lane) {
    case Lane::Client:
        return "client";
    case Lane::Platform:
        return "platform";
    case Lane::ChatService:
        return "chat_service";
    case Lane::ModelProxy:
        return "model_proxy";
    }
    return "client";
}

Lane laneFromKey(const QString &key)
{
    for (Lane lane : { Lane::Client, Lane::Platform, Lane::ChatService, Lane::ModelProxy }) {
        if (key == QLatin1String(laneKey(lane)))
            return lane;
    }
    return Lane::Client;
}

} // namespace

QString notesPath(const QString &logPath)
{
    return logPath + QStringLiteral(".laglens-notes.json");
}

QList<Note> loadNotes(const QString &logPath, QString *error)
{
    constexpr qint64 kMaxBytes = 16 << 20; // notes are typed by hand; more than this is not a sidecar
    QFile file(notesPath(logPath));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    if (file.size() > kMaxBytes) {
        if (error)
            *error = QCoreApplication::translate("LagLens::Notes", "the file is larger than 16 MB");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QCoreApplication::translate("LagLens::Notes", "it is not a JSON object");
        }
        return {};
    }
    QList<Note> notes;
    int skipped = 0;
    for (const QJsonValue &value : doc.object().value(QLatin1String("notes")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString text = o.value(QLatin1String("text")).toString();
        if (text.isEmpty() || !o.value(QLatin1String("at_ms")).isDouble()) {
            ++skipped;
            continue;
        }
        notes.append({ o.value(QLatin1String("run")).toInt(1), o.value(QLatin1String("at_ms")).toDouble(),
                       laneFromKey(o.value(QLatin1String("lane")).toString()), text });
    }
    if (skipped > 0 && error) {
        *error = QCoreApplication::translate("LagLens::Notes", "notes without text or time, left out: %1")
                     .arg(skipped);
    }
    return notes;
}

bool saveNotes(const QString &logPath, const QList<Note> &notes, QString *error)
{
    if (notes.isEmpty()) {
        QFile::remove(notesPath(logPath));
        return true;
    }
    QJsonArray array;
    for (const Note &note : notes) {
        array.append(QJsonObject { { QStringLiteral("run"), note.run },
                                   { QStringLiteral("at_ms"), note.atMs },
                                   { QStringLiteral("lane"), QLatin1String(laneKey(note.lane)) },
                                   { QStringLiteral("text"), note.text } });
    }
    const QJsonObject root { { QStringLiteral("laglens_notes"), 1 }, { QStringLiteral("notes"), array } };
    return writeFileAtomically(notesPath(logPath), QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace LagLens
