#pragma once

#include "model.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace LagLens {

// What reading one file gives: the runs it holds, or one clear reason why it holds none.
struct ParseResult
{
    QString filePath;
    QList<RunPtr> runs;
    QString error; // empty when at least one run was read

    bool ok() const { return error.isEmpty(); }
};

// The largest file LagLens reads. Message text is kept as 32-bit offsets into the file's bytes,
// and a log this size already holds some twenty million events.
inline constexpr qint64 kMaxFileBytes = (qint64(1) << 32) - 1;

// Parses the bytes of one file: one or more diagnostic logs (IVCAP or direct), possibly pasted
// into other text or code fences, or a TTFT benchmark JSON file. Never throws; every line it
// cannot use becomes a Diagnostic of the run it belongs to.
ParseResult parseLogBytes(const QByteArray &bytes, const QString &filePath);

// Reads and parses a file, refusing directories, unreadable files and files over kMaxFileBytes.
ParseResult parseLogFile(const QString &filePath);

} // namespace LagLens
