#pragma once

#include "model.h"

#include <QList>
#include <QString>

namespace LagLens {

// A note a user pinned on a timeline: a moment of one run (milliseconds after its submit, on the
// stamps as logged) in one lane, with some text.
struct Note
{
    int run = 1; // Run::positionInFile
    double atMs = 0;
    Lane lane = Lane::Client;
    QString text;
};

// Notes live beside the log in a sidecar file, never inside it: "<log>.laglens-notes.json".
QString notesPath(const QString &logPath);

// The notes of a log; empty when there is no sidecar. A sidecar that cannot be read gives no
// notes and says why in `error`; notes without text or time are left out and counted there.
QList<Note> loadNotes(const QString &logPath, QString *error = nullptr);

// Writes the notes of a log atomically; with no notes, removes the sidecar.
bool saveNotes(const QString &logPath, const QList<Note> &notes, QString *error);

} // namespace LagLens
