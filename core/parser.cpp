#include "parser.h"

#include "benchmarkjson.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QStringDecoder>
#include <QThread>
#include <QThreadPool>

#include <cctype>
#include <cstring>
#include <atomic>
#include <memory>
#include <vector>

namespace LagLens {

namespace {

// Gives this file's free functions a translation context lupdate understands.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(LagLens::Parser)
};

// Past this many diagnostics a run keeps counting but stops storing, so a huge file of garbage
// cannot exhaust memory; the count of the rest is reported with their line range.
constexpr int kMaxStoredDiagnostics = 10000;

// Log text quoted in a diagnostic: enough to recognise it, never the whole of a huge line
// (the line itself is kept where the log's data is kept).
QString quoted(QByteArrayView text)
{
    constexpr qsizetype kMaxQuotedBytes = 160;
    if (text.size() <= kMaxQuotedBytes)
        return QString::fromUtf8(text);
    return Text::tr("%1… (%2 bytes in all)").arg(QString::fromUtf8(text.first(kMaxQuotedBytes))).arg(text.size());
}

constexpr QByteArrayView kIvcapTitle("# IVCAP Chat Latency Diagnostic Log");
constexpr QByteArrayView kDirectTitle("# Direct LiteLLM Latency Diagnostic Log");
constexpr QByteArrayView kNotAvailable("n/a");
constexpr QByteArrayView kTokenStepPrefix("chat:tokens:");

enum class Section : quint8 {
    None,
    Run,
    Timestamps,
    Breakdown,
    Bottleneck,
    Events,
    Unknown,
};

bool isAscii(QByteArrayView line)
{
    // Eight bytes at a time: a log line is mostly ASCII and this runs on every line.
    const char *p = line.data();
    const char *end = p + line.size();
    quint64 any = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        any |= word;
    }
    for (; p < end; ++p)
        any |= static_cast<unsigned char>(*p);
    return (any & 0x8080808080808080ULL) == 0;
}

bool isFence(QByteArrayView trimmed)
{
    return trimmed.startsWith("```") || trimmed.startsWith("~~~");
}

bool isNotAvailable(QByteArrayView value)
{
    // Asked of every value, so the cheap test comes first.
    return value.size() == 3 && value[1] == '/' && value.compare(kNotAvailable, Qt::CaseInsensitive) == 0;
}

// Whether `text` is exactly the literal `word`, with the length known at compile time.
// A non-negative decimal number of at most 18 digits, the common case, read without locale
// machinery; anything else goes to Qt.
qint64 parseCount(QByteArrayView text, bool *ok)
{
    if (text.isEmpty() || text.size() > 18)
        return text.toLongLong(ok);
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return text.toLongLong(ok);
        value = value * 10 + (c - '0');
    }
    *ok = true;
    return value;
}

template<std::size_t N>
bool is(QByteArrayView text, const char (&word)[N])
{
    return text.size() == qsizetype(N - 1) && std::memcmp(text.data(), word, N - 1) == 0;
}

// Scans a short stretch for a byte: a plain loop beats a library call over a few dozen bytes.
qsizetype findShort(const char *data, qsizetype from, qsizetype to, char wanted)
{
    for (qsizetype i = from; i < to; ++i) {
        if (data[i] == wanted)
            return i;
    }
    return -1;
}

std::optional<LogFormat> titleFormat(QByteArrayView trimmed)
{
    if (trimmed.startsWith(kIvcapTitle))
        return LogFormat::Ivcap;
    if (trimmed.startsWith(kDirectTitle))
        return LogFormat::Direct;
    return std::nullopt;
}

Section sectionByName(QByteArrayView name)
{
    const auto is = [name](const char *prefix) {
        return name.size() >= qsizetype(std::strlen(prefix))
            && name.first(std::strlen(prefix)).compare(prefix, Qt::CaseInsensitive) == 0;
    };
    // Names may carry a note after them, as in "Timestamps (UTC)".
    const auto word = [&](const char *prefix) {
        const qsizetype n = qsizetype(std::strlen(prefix));
        return is(prefix) && (name.size() == n || name[n] == ' ' || name[n] == '(' || name[n] == ':');
    };
    if (word("Run"))
        return Section::Run;
    if (word("Timestamps"))
        return Section::Timestamps;
    if (is("Latency Breakdown"))
        return Section::Breakdown;
    if (is("Likely Bottleneck"))
        return Section::Bottleneck;
    if (is("Recent Events") || is("Recent SSE Chunks"))
        return Section::Events;
    return Section::Unknown;
}

QByteArrayView nextToken(QByteArrayView text, qsizetype *pos)
{
    while (*pos < text.size() && text[*pos] == ' ')
        ++*pos;
    const qsizetype start = *pos;
    while (*pos < text.size() && text[*pos] != ' ')
        ++*pos;
    return text.sliced(start, *pos - start);
}

// Splits bytes into lines at LF, CRLF or a lone CR, in any mix. Files without any CR (nearly all)
// skip looking for one on every line.
class LineReader
{
public:
    LineReader(const QByteArray &text, qsizetype start, qsizetype end, bool hasCR)
        : m_data(text.constData()), m_end(end), m_pos(start), m_hasCR(hasCR)
    {
    }

    bool next(qsizetype *begin, qsizetype *end)
    {
        if (m_pos >= m_end)
            return false;
        const qsizetype newline = nextOf('\n', &m_nextLF);
        qsizetype stop = newline;
        qsizetype resume = newline < m_end ? newline + 1 : m_end;
        if (m_hasCR) {
            const qsizetype cr = nextOf('\r', &m_nextCR);
            if (cr < stop && cr == stop - 1) { // CRLF
                stop -= 1;
            } else if (cr < stop) { // a lone CR ends the line early
                stop = cr;
                resume = cr + 1;
            }
        }
        *begin = m_pos;
        *end = stop;
        m_pos = resume;
        ++m_lineNumber;
        return true;
    }

    // Continues at `pos`, which starts line `lineNumber` + 1.
    void seek(qsizetype pos, int lineNumber)
    {
        m_pos = pos;
        m_lineNumber = lineNumber;
        m_nextLF = m_nextCR = -1;
    }
    qsizetype position() const { return m_pos; }
    int lineNumber() const { return m_lineNumber; }

private:
    // The position of the next `c` at or after m_pos (m_end if none). The answer is kept until
    // reading passes it: searching afresh for every line would read a file whose lines end in
    // CR alone to its end once per line.
    qsizetype nextOf(char c, qsizetype *cached) const
    {
        if (*cached < m_pos) {
            const void *found = std::memchr(m_data + m_pos, c, size_t(m_end - m_pos));
            *cached = found ? static_cast<const char *>(found) - m_data : m_end;
        }
        return *cached;
    }

    const char *m_data;
    qsizetype m_end;
    qsizetype m_pos;
    bool m_hasCR;
    int m_lineNumber = 0;
    qsizetype m_nextLF = -1;
    qsizetype m_nextCR = -1;
};

struct ParsedEvent
{
    Event event;
    TextRef meta;
    TextRef unknownFields;
    QString error; // the line cannot be used
    QStringList warnings; // the line was used, with these caveats
};

// The smallest and largest lag of a run's events, gathered while reading them: when the two lie
// within an hour, no lag can be an hour from the median and nothing need be sorted to know it.
struct LagRange
{
    Micros least = std::numeric_limits<Micros>::max();
    Micros most = std::numeric_limits<Micros>::min();

    void add(Micros lag)
    {
        least = std::min(least, lag);
        most = std::max(most, lag);
    }
    void add(const LagRange &other)
    {
        least = std::min(least, other.least);
        most = std::max(most, other.most);
    }
    bool within(Micros span) const { return least > most || most - least < span; }
};

// What reading a run of event lines gives, before it joins its run.
struct EventChunk
{
    QList<Event> events;
    QList<EventExtra> extras; // eventIndex counts within the chunk
    QList<Diagnostic> diagnostics; // line counts within the chunk, from 1
    int lines = 0; // lines read
    int lastUsedLine = 0; // the last line that was not blank
    qsizetype stop = 0; // where reading stopped
    bool interrupted = false; // stopped at a line of no events section
    LagRange lags;
    // Past kMaxStoredDiagnostics a chunk only counts its diagnostics, as a run does: a file of
    // millions of bad lines must not hold a message for each.
    int droppedDiagnostics = 0;
    int droppedFirstLine = 0;
    int droppedLastLine = 0;

    bool keepsDiagnostics() const { return diagnostics.size() < kMaxStoredDiagnostics; }
    void diagnose(int line, Severity severity, QString message)
    {
        if (keepsDiagnostics()) {
            diagnostics.append({ line, severity, std::move(message) });
            return;
        }
        if (droppedDiagnostics++ == 0)
            droppedFirstLine = line;
        droppedLastLine = line;
    }
};

// A file is a few logs, or thousands pasted together; past this many, reading stops and says so,
// so that a file of nothing but titles cannot exhaust memory.
constexpr std::size_t kMaxRunsPerFile = 10000;
// Line numbers are ints; a file with more lines is read up to here.
constexpr int kMaxLines = std::numeric_limits<int>::max() - 1;

// Strips up to `levels` Markdown quote markers (">" and the blank after it) from the start of a
// line, after any indentation; returns how many it stripped.
int stripQuotes(QByteArrayView *line, int levels)
{
    int found = 0;
    QByteArrayView rest = *line;
    while (found < levels) {
        qsizetype i = 0;
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t'))
            ++i;
        if (i >= rest.size() || rest[i] != '>')
            break;
        ++i;
        if (i < rest.size() && rest[i] == ' ')
            ++i;
        rest = rest.sliced(i);
        ++found;
    }
    if (found > 0)
        *line = rest;
    return found;
}

// Files glued together keep each one's UTF-8 byte-order mark at the start of its first line,
// where it would hide a title or a heading.
void skipByteOrderMarks(QByteArrayView *line)
{
    while (line->startsWith("\xEF\xBB\xBF"))
        *line = line->sliced(3);
}

// Above this many bytes, a block of events is read in parts on the thread pool.
constexpr qsizetype kParallelBytes = qsizetype(4) << 20;

bool isValidUtf8(QByteArrayView line)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(line);
    return !decoder.hasError();
}

ParsedEvent parseEventLine(QByteArrayView line, qsizetype lineOffset);

// Whether any line ends in CR. A large text is searched in parts at once: this one question
// otherwise reads the whole file alone before the parts of it can be read in parallel.
bool containsCR(QByteArrayView text)
{
    const auto search = [text](qsizetype from, qsizetype to) {
        return to > from && std::memchr(text.data() + from, '\r', std::size_t(to - from)) != nullptr;
    };
    if (text.size() < kParallelBytes)
        return search(0, text.size());
    const qsizetype half = text.size() / 2;
    std::atomic_bool found = false;
    QSemaphore finished;
    const auto searchSecondHalf = [&] {
        found = search(half, text.size());
        finished.release();
    };
    if (!QThreadPool::globalInstance()->tryStart(searchSecondHalf))
        searchSecondHalf();
    const bool firstHalf = search(0, half);
    finished.acquire();
    return firstHalf || found;
}

class TextLogParser
{
public:
    // `hasCR` says whether the text holds a CR, when the caller already knows.
    TextLogParser(const QByteArray &text, const QString &filePath, std::optional<bool> hasCR)
        : m_text(text), m_filePath(filePath), m_hasCR(hasCR ? *hasCR : containsCR(text))
    {
    }

    void addFileDiagnostic(Diagnostic d) { m_pendingDiagnostics.append(std::move(d)); }
    ParseResult parse(qsizetype start);

private:
    void handleOutsideLine(int number, qsizetype begin, QByteArrayView line, QByteArrayView trimmed);
    void handleLogLine(int number, qsizetype begin, QByteArrayView line, QByteArrayView trimmed);
    void startRun(LogFormat format, int number, QByteArrayView title, bool untitled);
    void finishRun();
    void flushOutsideBlock();

    void startSection(int number, QByteArrayView name);
    void parseRunField(int number, QByteArrayView key, QByteArrayView value);
    void parseTimestamp(int number, QByteArrayView key, QByteArrayView value);
    void parseBreakdown(int number, QByteArrayView key, QByteArrayView rest);
    void parseBottleneck(int number, QByteArrayView key, QByteArrayView value);
    void parseEvent(int number, qsizetype begin, QByteArrayView line);
    void parseEventBlock(qsizetype begin, int number, LineReader *reader);
    void mergeEvents(EventChunk &chunk, int lineOffset);
    void keepExtra(int number, QByteArrayView key, QByteArrayView value);
    bool checkDuplicateKey(int number, QByteArrayView key);
    void applyMarkerEvents();
    void flagImplausibleLags();

    void diagnose(int line, Severity severity, const QString &message);
    // Builds the message only when it will be kept: past the cap, costly messages on a million
    // lines would be written to be thrown away.
    template<typename MakeMessage>
    void diagnoseWith(int line, Severity severity, MakeMessage makeMessage)
    {
        diagnose(line, severity, m_run->diagnostics.size() >= kMaxStoredDiagnostics ? QString() : makeMessage());
    }
    TextRef ref(qsizetype begin, qsizetype length) const
    {
        return { static_cast<quint32>(begin), static_cast<quint32>(length) };
    }

    const QByteArray &m_text;
    QString m_filePath;
    bool m_hasCR = false;

    std::unique_ptr<Run> m_run;
    std::vector<std::unique_ptr<Run>> m_finished;
    bool m_runFenced = false;
    int m_runQuotes = 0; // quote markers before each line of the current log
    bool m_inFence = false;
    Section m_section = Section::None;
    QString m_sectionName;
    QHash<int, int> m_sectionFirstLine; // Section -> line of its heading
    QHash<QString, int> m_keyFirstLine; // "section/key" -> line
    LagRange m_runLags; // of the current run's events
    int m_droppedDiagnostics = 0;
    int m_droppedFirstLine = 0;
    int m_droppedLastLine = 0;

    int m_outsideFirst = 0;
    int m_outsideLast = 0;
    QList<Diagnostic> m_pendingDiagnostics; // for the next run to start
};

void TextLogParser::diagnose(int line, Severity severity, const QString &message)
{
    if (m_run->diagnostics.size() >= kMaxStoredDiagnostics) {
        if (m_droppedDiagnostics == 0)
            m_droppedFirstLine = line;
        m_droppedLastLine = line;
        ++m_droppedDiagnostics;
        return;
    }
    m_run->diagnostics.append({ line, severity, message });
}

ParseResult TextLogParser::parse(qsizetype start)
{
    LineReader reader(m_text, start, m_text.size(), m_hasCR);
    qsizetype begin = 0, end = 0;
    while (reader.next(&begin, &end)) {
        const int number = reader.lineNumber();
        if (number >= kMaxLines) {
            // Line numbers are 32-bit; a file this long is refused past this point, and says so.
            if (m_run || !m_finished.empty()) {
                Run *run = m_run ? m_run.get() : m_finished.back().get();
                run->diagnostics.append({ number, Severity::Error,
                                          Text::tr("the file has more than %1 lines; the rest is not read").arg(kMaxLines) });
            }
            break;
        }
        QByteArrayView line = QByteArrayView(m_text).sliced(begin, end - begin);
        // A log quoted in Markdown ("> ") is read without its quote markers.
        const int quotes = stripQuotes(&line, m_run ? m_runQuotes : std::numeric_limits<int>::max());
        skipByteOrderMarks(&line);
        begin = line.data() - m_text.constData();
        const QByteArrayView trimmed = line.trimmed();
        const char first = trimmed.isEmpty() ? '\0' : trimmed.front();

        if (const auto format = first == '#' ? titleFormat(trimmed) : std::nullopt) {
            finishRun();
            if (m_finished.size() >= kMaxRunsPerFile) {
                m_finished.back()->diagnostics.append(
                    { number, Severity::Error,
                      Text::tr("the file holds more than %1 logs; from this line on it is not read").arg(kMaxRunsPerFile) });
                break;
            }
            flushOutsideBlock();
            startRun(*format, number, trimmed, false);
            m_runFenced = m_inFence;
            m_runQuotes = quotes;
            continue;
        }
        if (m_run) {
            const bool leftQuote = quotes < m_runQuotes && !trimmed.isEmpty();
            const bool closesOwnFence = m_runFenced && isFence(trimmed);
            if (!leftQuote && !closesOwnFence) {
                if (m_section == Section::Events && first != '#' && !isFence(trimmed)) {
                    parseEventBlock(begin, number, &reader);
                    continue;
                }
                handleLogLine(number, begin, line, trimmed);
                continue;
            }
            finishRun();
            if (closesOwnFence) {
                m_inFence = false;
                continue;
            }
        }
        handleOutsideLine(number, begin, line, trimmed);
    }
    finishRun();

    ParseResult result;
    result.filePath = m_filePath;
    if (m_outsideFirst > 0 && !m_finished.empty()) {
        m_finished.back()->diagnostics.append(
            { m_outsideFirst, Severity::Info,
              Text::tr("lines %1-%2: text outside any log, ignored").arg(m_outsideFirst).arg(m_outsideLast) });
    }
    if (m_finished.empty()) {
        result.error = reader.lineNumber() == 0
            ? Text::tr("the file is empty")
            : Text::tr("not a chat latency diagnostic log: found no '# IVCAP Chat Latency Diagnostic Log' "
                 "or '# Direct LiteLLM Latency Diagnostic Log' title and no known section");
        return result;
    }

    const QString fileName = QFileInfo(m_filePath).fileName();
    const int count = int(m_finished.size());
    for (int i = 0; i < count; ++i) {
        Run *run = m_finished[i].get();
        run->positionInFile = i + 1;
        run->displayName = count == 1 ? fileName : Text::tr("%1 #%2").arg(fileName, QString::number(i + 1));
        result.runs.append(RunPtr(m_finished[i].release()));
    }
    return result;
}

void TextLogParser::handleOutsideLine(int number, qsizetype begin, QByteArrayView line,
                                      QByteArrayView trimmed)
{
    if (isFence(trimmed)) {
        m_inFence = !m_inFence;
        return;
    }
    if (trimmed.startsWith("## ")) {
        const Section section = sectionByName(trimmed.sliced(3).trimmed());
        if (section != Section::Unknown && m_finished.size() < kMaxRunsPerFile) {
            // A log pasted without its title line: read it rather than lose it.
            flushOutsideBlock();
            startRun(LogFormat::Ivcap, number, {}, true);
            m_runFenced = m_inFence;
            handleLogLine(number, begin, line, trimmed);
            return;
        }
    }
    if (trimmed.isEmpty())
        return;
    if (m_outsideFirst == 0)
        m_outsideFirst = number;
    m_outsideLast = number;
}

void TextLogParser::flushOutsideBlock()
{
    if (m_outsideFirst == 0)
        return;
    m_pendingDiagnostics.append(
        { m_outsideFirst, Severity::Info,
          Text::tr("lines %1-%2: text outside any log, ignored").arg(m_outsideFirst).arg(m_outsideLast) });
    m_outsideFirst = m_outsideLast = 0;
}

void TextLogParser::startRun(LogFormat format, int number, QByteArrayView title, bool untitled)
{
    m_run = std::make_unique<Run>();
    m_run->filePath = m_filePath;
    m_run->format = format;
    m_run->text = m_text;
    m_run->firstLine = number;
    m_run->lastLine = number;
    m_run->title = QString::fromUtf8(title);
    m_run->diagnostics = std::move(m_pendingDiagnostics);
    m_pendingDiagnostics.clear();
    m_section = Section::None;
    m_sectionFirstLine.clear();
    m_keyFirstLine.clear();
    m_droppedDiagnostics = 0;
    m_runLags = {};
    if (untitled) {
        diagnose(number, Severity::Warning,
                 Text::tr("no title line before this section; read as an IVCAP chat latency log"));
    }
    qCDebug(lcParser) << "run starts at line" << number << "of" << m_filePath;
}

void TextLogParser::finishRun()
{
    if (!m_run)
        return;
    applyMarkerEvents();
    flagImplausibleLags();
    if (m_droppedDiagnostics > 0) {
        m_run->diagnostics.append(
            { m_droppedFirstLine, Severity::Warning,
              Text::tr("problems on lines %2-%3 not listed one by one: %1")
                  .arg(m_droppedDiagnostics)
                  .arg(m_droppedFirstLine)
                  .arg(m_droppedLastLine) });
    }
    qCDebug(lcParser) << "run ends at line" << m_run->lastLine << "with" << m_run->events.size()
                      << "events and" << m_run->diagnostics.size() << "diagnostics";
    m_finished.push_back(std::move(m_run));
    m_run.reset();
}

void TextLogParser::handleLogLine(int number, qsizetype begin, QByteArrayView line,
                                  QByteArrayView trimmed)
{
    if (trimmed.isEmpty())
        return;
    m_run->lastLine = number;

    if (!isAscii(line) && !isValidUtf8(line))
        diagnose(number, Severity::Warning, Text::tr("invalid UTF-8 bytes, shown as the replacement character"));

    if (trimmed.startsWith("##")) {
        startSection(number, trimmed.sliced(2).trimmed());
        return;
    }

    if (m_section == Section::Events) {
        parseEvent(number, begin, line);
        return;
    }

    const qsizetype eq = trimmed.indexOf('=');
    if (eq <= 0) {
        if (m_section == Section::Unknown) {
            keepExtra(number, {}, trimmed);
        } else {
            diagnose(number, Severity::Warning,
                     m_section == Section::None
                         ? Text::tr("text before the first section, ignored")
                         : Text::tr("not a key=value line, ignored"));
        }
        return;
    }
    const QByteArrayView key = trimmed.first(eq).trimmed();
    const QByteArrayView value = trimmed.sliced(eq + 1).trimmed();

    switch (m_section) {
    case Section::None:
        diagnose(number, Severity::Warning, Text::tr("key before the first section, kept as an extra field"));
        keepExtra(number, key, value);
        break;
    case Section::Run:
        parseRunField(number, key, value);
        break;
    case Section::Timestamps:
        parseTimestamp(number, key, value);
        break;
    case Section::Breakdown:
        parseBreakdown(number, key, value);
        break;
    case Section::Bottleneck:
        parseBottleneck(number, key, value);
        break;
    case Section::Unknown:
        keepExtra(number, key, value);
        break;
    case Section::Events:
        break;
    }
}

void TextLogParser::startSection(int number, QByteArrayView name)
{
    m_section = sectionByName(name);
    m_sectionName = QString::fromUtf8(name);
    if (m_section == Section::Events)
        m_run->eventsSectionTitle = m_sectionName;
    if (m_section == Section::Unknown) {
        diagnose(number, Severity::Info, Text::tr("unknown section '%1' kept as extra fields").arg(m_sectionName));
        return;
    }
    const int key = static_cast<int>(m_section);
    if (const auto it = m_sectionFirstLine.constFind(key); it != m_sectionFirstLine.cend()) {
        diagnose(number, Severity::Warning,
                 m_section == Section::Events
                     ? Text::tr("section '%1' appears again (first on line %2); its events follow the earlier ones")
                           .arg(m_sectionName, QString::number(*it))
                     : Text::tr("section '%1' appears again (first on line %2); later values replace earlier ones")
                           .arg(m_sectionName, QString::number(*it)));
    } else {
        m_sectionFirstLine.insert(key, number);
    }
}

bool TextLogParser::checkDuplicateKey(int number, QByteArrayView key)
{
    const QString id = QString::number(int(m_section)) + u'/' + QString::fromUtf8(key);
    const auto it = m_keyFirstLine.constFind(id);
    if (it == m_keyFirstLine.cend()) {
        m_keyFirstLine.insert(id, number);
        return false;
    }
    diagnose(number, Severity::Warning,
             Text::tr("'%1' given again (first on line %2); this later value is used")
                 .arg(quoted(key), QString::number(*it)));
    return true;
}

void TextLogParser::keepExtra(int number, QByteArrayView key, QByteArrayView value)
{
    m_run->extraFields.append(
        { m_sectionName, QString::fromUtf8(key), QString::fromUtf8(value), number });
}

std::optional<qint64> parseInteger(QByteArrayView value, bool *ok)
{
    if (isNotAvailable(value)) {
        *ok = true;
        return std::nullopt;
    }
    const qint64 number = value.toLongLong(ok);
    return *ok ? std::optional<qint64>(number) : std::nullopt;
}

void TextLogParser::parseRunField(int number, QByteArrayView key, QByteArrayView value)
{
    checkDuplicateKey(number, key);
    const QString text = isNotAvailable(value) ? QString() : QString::fromUtf8(value);
    if (key == "status") {
        m_run->status = text;
    } else if (key == "job_id") {
        m_run->jobId = text;
    } else if (key == "events_connection_status") {
        m_run->eventsConnectionStatus = text;
    } else if (key == "mode") {
        m_run->mode = text;
        if (text == u"direct" && m_run->format == LogFormat::Ivcap && m_run->title.isEmpty())
            m_run->format = LogFormat::Direct;
    } else if (key == "token_events" || key == "token_count") {
        bool ok = false;
        auto count = parseInteger(value, &ok);
        if (ok && count && *count < 0) {
            ok = false;
            count.reset();
        }
        if (!ok) {
            diagnose(number, Severity::Warning,
                     Text::tr("'%1' is not a count (a whole number, not negative): %2")
                         .arg(quoted(key), quoted(value)));
        }
        (key == "token_events" ? m_run->tokenEvents : m_run->tokenCount) = count;
    } else {
        diagnose(number, Severity::Info,
                 Text::tr("unknown run field '%1' kept as an extra field").arg(quoted(key)));
        keepExtra(number, key, value);
    }
}

void TextLogParser::parseTimestamp(int number, QByteArrayView key, QByteArrayView value)
{
    const auto id = milestoneByKey(key);
    if (!id) {
        diagnose(number, Severity::Info,
                 Text::tr("unknown timestamp '%1' kept as an extra field").arg(quoted(key)));
        keepExtra(number, key, value);
        return;
    }
    MilestoneValue &slot = m_run->milestones[static_cast<int>(*id)];
    const TimestampParse parsed = isNotAvailable(value) ? TimestampParse {} : LagLens::parseTimestamp(value);
    const bool usable = !isNotAvailable(value) && parsed.error.isEmpty();
    // A repeated key replaces the earlier value only with a usable one: n/a or a broken time must
    // not erase a good stamp.
    if (slot.origin == MilestoneOrigin::Line && !usable) {
        diagnose(number, Severity::Warning,
                 Text::tr("'%1' given again (first on line %2) without a usable time; the earlier value is kept")
                     .arg(quoted(key), QString::number(slot.line)));
        if (!parsed.error.isEmpty())
            keepExtra(number, key, value);
        return;
    }
    checkDuplicateKey(number, key);
    slot = {};
    if (isNotAvailable(value))
        return;
    if (!parsed.error.isEmpty()) {
        diagnose(number, Severity::Warning,
                 Text::tr("%1: '%2' is not a usable time: %3")
                     .arg(quoted(key), quoted(value), parsed.error));
        keepExtra(number, key, value);
        return;
    }
    if (parsed.assumedUtc) {
        diagnose(number, Severity::Info,
                 Text::tr("%1 has no time zone; read as UTC").arg(quoted(key)));
    }
    slot = { parsed.time, number, MilestoneOrigin::Line };
}

void TextLogParser::parseBreakdown(int number, QByteArrayView key, QByteArrayView rest)
{
    checkDuplicateKey(number, key);
    BreakdownEntry entry;
    entry.name = QString::fromUtf8(key);
    entry.line = number;

    qsizetype pos = 0;
    const QByteArrayView value = nextToken(rest, &pos);
    for (QByteArrayView token = nextToken(rest, &pos); !token.isEmpty(); token = nextToken(rest, &pos)) {
        if (token.startsWith("source=")) {
            entry.source = QString::fromUtf8(token.sliced(7));
        } else {
            diagnose(number, Severity::Info,
                     Text::tr("unknown text '%1' after the figure, ignored").arg(quoted(token)));
        }
    }

    if (!isNotAvailable(value)) {
        bool ok = false;
        const qint64 whole = value.toLongLong(&ok);
        if (ok) {
            entry.reportedMs = whole;
            entry.decimal = double(whole);
        } else {
            const double decimal = value.toDouble(&ok);
            if (ok && std::isfinite(decimal) && std::abs(decimal) < 9.0e15) {
                entry.decimal = decimal;
                if (key.endsWith("_ms"))
                    entry.reportedMs = qRound64(decimal);
            } else {
                entry.unreadable = true;
                diagnose(number, Severity::Warning,
                         Text::tr("%1: '%2' is not a number in range")
                             .arg(quoted(key), quoted(value)));
            }
        }
    }

    for (BreakdownEntry &existing : m_run->breakdown) {
        if (existing.name == entry.name) {
            existing = entry;
            return;
        }
    }
    m_run->breakdown.append(entry);
}

void TextLogParser::parseBottleneck(int number, QByteArrayView key, QByteArrayView value)
{
    checkDuplicateKey(number, key);
    ReportedBottleneck &b = m_run->reportedBottleneck;
    b.present = true;
    if (b.line == 0)
        b.line = number;
    const QString text = isNotAvailable(value) ? QString() : QString::fromUtf8(value);
    if (key == "likely_bottleneck") {
        b.name = text;
    } else if (key == "likely_bottleneck_note") {
        b.note = text;
    } else if (key == "likely_bottleneck_ms") {
        bool ok = false;
        b.ms = parseInteger(value, &ok);
        if (!ok) {
            diagnose(number, Severity::Warning,
                     Text::tr("likely_bottleneck_ms: '%1' is not a whole number in range")
                         .arg(quoted(value)));
        }
    } else {
        diagnose(number, Severity::Info,
                 Text::tr("unknown bottleneck field '%1' kept as an extra field").arg(quoted(key)));
        keepExtra(number, key, value);
    }
}

// Reads one event line:
//   N. [emit] recv=T step=S finished=B seq=Q msg="text" meta={json}
// or one SSE chunk line of a direct log:
//   N. [recv] "text"
// The message is not escaped: its closing quote is the last one on the line, or the last one
// before a trailing " meta={...}" that parses as a JSON object.
ParsedEvent parseEventLine(QByteArrayView line, qsizetype lineOffset)
{
    ParsedEvent out;
    Event &e = out.event;
    qsizetype pos = 0;
    const qsizetype size = line.size();
    while (pos < size && (line[pos] == ' ' || line[pos] == '\t'))
        ++pos;

    const qsizetype numberStart = pos;
    while (pos < size && line[pos] >= '0' && line[pos] <= '9')
        ++pos;
    bool ok = false;
    e.index = line.sliced(numberStart, pos - numberStart).toInt(&ok);
    if (pos > numberStart && !ok && pos < size && line[pos] == '.') {
        out.error = Text::tr("event number %1 is out of range (at most 2147483647)")
                        .arg(quoted(line.sliced(numberStart, pos - numberStart)));
        return out;
    }
    if (!ok || pos >= size || line[pos] != '.') {
        out.error = Text::tr("not an event line (expected 'N. [time] ...')");
        return out;
    }
    ++pos;
    while (pos < size && line[pos] == ' ')
        ++pos;
    if (pos >= size || line[pos] != '[') {
        out.error = Text::tr("event has no [time] stamp");
        return out;
    }
    const qsizetype close = findShort(line.data(), pos, size, ']');
    if (close < 0) {
        out.error = Text::tr("event stamp has no closing ']'");
        return out;
    }
    const QByteArrayView stamp = line.sliced(pos + 1, close - pos - 1);
    Micros stampTime = kNoTime;
    if (!isNotAvailable(stamp.trimmed())) {
        const TimestampParse parsed = parseTimestamp(stamp);
        if (parsed.error.isEmpty())
            stampTime = parsed.time;
        else // keep the event; only its stamp is lost
            out.warnings += Text::tr("event stamp '%1' is not a usable time (%2); the event is kept without it")
                                .arg(quoted(stamp), parsed.error);
    }
    pos = close + 1;
    while (pos < size && line[pos] == ' ')
        ++pos;

    auto messageFrom = [&](qsizetype quote) {
        // `quote` is the position of the opening quote.
        const qsizetype textStart = quote + 1;
        QByteArrayView rest = line.sliced(textStart);
        qsizetype closing = -1;
        if (rest.trimmed().endsWith('}')) {
            // The meta JSON ends the line, so candidates are tried from the end; a message that
            // holds the marker itself, or a JSON value that does, costs at most a few tries.
            int tries = 0;
            for (qsizetype at = rest.lastIndexOf("\" meta={"); at >= 0 && tries < 4;
                 at = at > 0 ? rest.lastIndexOf("\" meta={", at - 1) : -1, ++tries) {
                const QByteArrayView json = rest.sliced(at + 7).trimmed();
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
                if (error.error == QJsonParseError::NoError && doc.isObject()) {
                    closing = at;
                    const qsizetype metaStart = textStart + at + 7;
                    out.meta = { static_cast<quint32>(lineOffset + metaStart),
                                 static_cast<quint32>(line.sliced(metaStart).trimmed().size()) };
                    break;
                }
            }
        }
        if (closing < 0) {
            closing = rest.lastIndexOf('"');
            if (closing < 0) {
                out.warnings += Text::tr("message has no closing quote; kept to the end of the line");
                closing = rest.size();
            } else if (const QByteArrayView after = rest.sliced(closing + 1).trimmed(); !after.isEmpty()) {
                out.warnings += Text::tr("text after the message's closing quote belongs to no field, ignored: %1")
                                    .arg(quoted(after));
            }
        }
        e.msg = { static_cast<quint32>(lineOffset + textStart), static_cast<quint32>(closing) };
    };

    if (pos < size && line[pos] == '"') { // an SSE chunk of a direct log
        e.recv = stampTime;
        messageFrom(pos);
        return out;
    }
    e.stamp = stampTime;

    qsizetype unknownStart = -1, unknownEnd = -1;
    bool seenRecv = false, seenStep = false, seenFinished = false, seenSeq = false, sawMessage = false;
    const char *data = line.data();
    while (pos < size) {
        while (pos < size && data[pos] == ' ')
            ++pos;
        if (pos >= size)
            break;
        if (size - pos >= 5 && std::memcmp(data + pos, "msg=\"", 5) == 0) {
            messageFrom(pos + 4);
            sawMessage = true;
            break;
        }
        const qsizetype tokenStart = pos;
        const qsizetype space = findShort(data, pos, size, ' ');
        pos = space >= 0 ? space : size;
        const qsizetype equals = findShort(data, tokenStart, pos, '=');
        const qsizetype eq = equals >= 0 ? equals - tokenStart : -1;
        const QByteArrayView key = eq > 0 ? QByteArrayView(data + tokenStart, eq) : QByteArrayView();
        const QByteArrayView value = eq > 0 ? QByteArrayView(data + tokenStart + eq + 1, pos - tokenStart - eq - 1)
                                            : QByteArrayView();
        const auto once = [&](bool *seen) {
            if (*seen)
                out.warnings += Text::tr("%1 is given twice; the later value is used").arg(quoted(key));
            *seen = true;
        };
        if (is(key, "recv")) {
            once(&seenRecv);
            if (!isNotAvailable(value)) {
                const TimestampParse parsed = parseTimestamp(value);
                if (parsed.error.isEmpty())
                    e.recv = parsed.time;
                else
                    out.warnings += Text::tr("recv '%1' is not a usable time (%2); the event is kept without it")
                                        .arg(quoted(value), parsed.error);
            }
        } else if (is(key, "step")) {
            once(&seenStep);
            e.step = { static_cast<quint32>(lineOffset + tokenStart + 5),
                       static_cast<quint32>(value.size()) };
            e.tokenStep = value.startsWith(kTokenStepPrefix);
        } else if (is(key, "finished")) {
            once(&seenFinished);
            if (is(value, "true"))
                e.finished = 1;
            else if (is(value, "false"))
                e.finished = 0;
            else if (!isNotAvailable(value))
                out.warnings += Text::tr("finished='%1' is neither true nor false").arg(quoted(value));
        } else if (is(key, "seq")) {
            once(&seenSeq);
            if (!isNotAvailable(value)) {
                const qint64 seq = parseCount(value, &ok);
                if (ok && seq >= 0 && seq < qint64(Event::kNoSeq)) {
                    e.seq = quint32(seq);
                } else if (ok && seq >= 0) {
                    // Too large to keep compactly: kept verbatim with the event's unknown fields.
                    if (unknownStart < 0)
                        unknownStart = tokenStart;
                    unknownEnd = pos;
                } else {
                    out.warnings += Text::tr("seq='%1' is not a sequence number").arg(quoted(value));
                }
            }
        } else {
            if (unknownStart < 0)
                unknownStart = tokenStart;
            unknownEnd = pos;
        }
    }
    if (unknownStart >= 0) {
        out.unknownFields = { static_cast<quint32>(lineOffset + unknownStart),
                              static_cast<quint32>(unknownEnd - unknownStart) };
    }
    if (!sawMessage)
        out.warnings += Text::tr("the event has no msg=\"...\" field (a cut line?)");
    return out;
}

// The shape the client writes nearly every event line in, with single spaces, canonical stamps
// and no meta:
//     N. [stamp] recv=stamp step=NAME finished=true|false seq=DIGITS msg="TEXT"
// (seq optional). Read here without the general reader's bookkeeping, which is most of the time
// a million-event log takes. Anything else, including anything that would earn a diagnostic,
// returns false and goes to parseEventLine, which gives the same event for lines of this shape.
bool parseCanonicalEventLine(QByteArrayView line, qsizetype lineOffset, Event *e)
{
    const char *p = line.data();
    const qsizetype size = line.size();
    // Whether `literal` is at `pos`; its length is known when compiling, so no call is made.
    const auto at = [&]<std::size_t N>(qsizetype pos, const char(&literal)[N]) {
        return size - pos >= qsizetype(N - 1) && std::memcmp(p + pos, literal, N - 1) == 0;
    };
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };

    // At most nine digits: no overflow to check.
    qsizetype pos = 0;
    qint32 index = 0;
    for (; pos < size && pos < 9 && isDigit(p[pos]); ++pos)
        index = index * 10 + (p[pos] - '0');
    constexpr qsizetype kStamp = 24; // 2026-02-12T02:46:42.287Z
    if (pos == 0 || !at(pos, ". [") || !at(pos + 3 + kStamp, "] recv=")
        || !at(pos + 3 + kStamp + 7 + kStamp, " step="))
        return false;
    Micros stamp = kNoTime, recv = kNoTime;
    if (!parseCanonicalTimestamp(line.sliced(pos + 3, kStamp), &stamp)
        || !parseCanonicalTimestamp(line.sliced(pos + 3 + kStamp + 7, kStamp), &recv))
        return false;

    pos += 3 + kStamp + 7 + kStamp + 6;
    const void *space = std::memchr(p + pos, ' ', size_t(size - pos));
    if (!space)
        return false;
    const qsizetype stepStart = pos;
    const qsizetype stepEnd = static_cast<const char *>(space) - p;
    if (stepEnd == stepStart)
        return false;
    pos = stepEnd + 1;

    qint8 finished = -1;
    if (at(pos, "finished=true ")) {
        finished = 1;
        pos += 14;
    } else if (at(pos, "finished=false ")) {
        finished = 0;
        pos += 15;
    } else {
        return false;
    }

    quint32 seq = Event::kNoSeq;
    if (at(pos, "seq=")) {
        pos += 4;
        const qsizetype digits = pos;
        quint32 value = 0;
        for (; pos < size && pos - digits < 9 && isDigit(p[pos]); ++pos)
            value = value * 10 + quint32(p[pos] - '0');
        if (pos == digits || pos >= size || p[pos] != ' ')
            return false;
        seq = value;
        ++pos;
    }

    if (!at(pos, "msg=\"") || p[size - 1] != '"' || size - pos < 6)
        return false;
    const qsizetype textStart = pos + 5;

    e->index = index;
    e->stamp = stamp;
    e->recv = recv;
    e->step = { quint32(lineOffset + stepStart), quint32(stepEnd - stepStart) };
    e->tokenStep = at(stepStart, "chat:tokens:") && stepStart + 12 <= stepEnd;
    e->finished = finished;
    e->seq = seq;
    e->msg = { quint32(lineOffset + textStart), quint32(size - 1 - textStart) };
    return true;
}

// Appends what one event line holds to `out`: the event, its extras and its diagnostics.
// `ascii` says whether the line has only ASCII bytes.
void readEventLine(const QByteArray &text, QByteArrayView line, qsizetype begin, int lineNumber, bool ascii,
                   EventChunk *out)
{
    if (Event e; parseCanonicalEventLine(line, begin, &e)) {
        e.line = lineNumber;
        e.asciiMessage = ascii;
        out->lags.add(e.lag());
        out->events.append(e);
        return;
    }
    if (isNotAvailable(line.trimmed()))
        return;
    ParsedEvent parsed = parseEventLine(line, begin);
    if (!parsed.error.isEmpty()) {
        out->diagnose(lineNumber, Severity::Warning, parsed.error);
        return;
    }
    for (const QString &warning : std::as_const(parsed.warnings))
        out->diagnose(lineNumber, Severity::Warning, warning);
    if (!parsed.unknownFields.isEmpty()) {
        const QByteArrayView fields = QByteArrayView(text).sliced(parsed.unknownFields.offset, parsed.unknownFields.length);
        const QString message = out->keepsDiagnostics()
            ? Text::tr("unknown event fields kept: %1").arg(quoted(fields))
            : QString(); // only counted
        out->diagnose(lineNumber, Severity::Info, message);
    }
    parsed.event.line = lineNumber;
    parsed.event.asciiMessage = ascii;
    if (!parsed.meta.isEmpty() || !parsed.unknownFields.isEmpty())
        out->extras.append({ int(out->events.size()), parsed.meta, parsed.unknownFields });
    if (parsed.event.hasLag())
        out->lags.add(parsed.event.lag());
    out->events.append(parsed.event);
}

// Reads event lines from `from` up to `to` into `chunk`, after what it already holds, or up to
// the first line that belongs to no events section (a heading, a title, a code fence). Line
// numbers in the chunk count from `firstLine` at the chunk's start; `lines` and `lastUsedLine`
// count within the chunk.
void readEventLines(EventChunk *out, const QByteArray &text, qsizetype from, qsizetype to, bool hasCR,
                    int firstLine, int quotes)
{
    EventChunk &chunk = *out;
    LineReader reader(text, from, to, hasCR);
    qsizetype begin = 0, end = 0;
    chunk.stop = to;
    while (reader.next(&begin, &end)) {
        const qsizetype lineStart = begin; // before its quote markers
        QByteArrayView line = QByteArrayView(text).sliced(begin, end - begin);
        const int found = quotes > 0 ? stripQuotes(&line, quotes) : 0;
        begin = line.data() - text.constData();
        // A line that starts with a digit (an event's number) is neither blank nor a heading nor
        // a fence, whatever its end holds: trimming it would only cost time.
        const bool digitFirst = !line.isEmpty() && line.front() >= '0' && line.front() <= '9';
        if (!digitFirst)
            skipByteOrderMarks(&line);
        const QByteArrayView trimmed = digitFirst ? line : line.trimmed();
        if (!trimmed.isEmpty() && (trimmed.front() == '#' || isFence(trimmed) || found < quotes)) {
            chunk.interrupted = true;
            chunk.stop = lineStart; // read again from its start, quote markers and all
            break;
        }
        ++chunk.lines;
        if (trimmed.isEmpty())
            continue;
        chunk.lastUsedLine = chunk.lines;
        const int number = firstLine + chunk.lines - 1;
        const bool ascii = isAscii(line);
        if (!ascii && !isValidUtf8(line)) {
            chunk.diagnose(number, Severity::Warning,
                           Text::tr("invalid UTF-8 bytes, shown as the replacement character"));
        }
        readEventLine(text, line, begin, number, ascii, &chunk);
    }
}

// Adds a chunk's events to the run, moving its line numbers on by `lineOffset`.
void TextLogParser::mergeEvents(EventChunk &chunk, int lineOffset)
{
    for (const Diagnostic &d : chunk.diagnostics)
        diagnose(d.line + lineOffset, d.severity, d.message);
    if (chunk.droppedDiagnostics > 0) {
        if (m_droppedDiagnostics == 0)
            m_droppedFirstLine = chunk.droppedFirstLine + lineOffset;
        m_droppedLastLine = chunk.droppedLastLine + lineOffset;
        m_droppedDiagnostics += chunk.droppedDiagnostics;
    }
    m_runLags.add(chunk.lags);
    const int base = int(m_run->events.size());
    for (EventExtra extra : chunk.extras) {
        extra.eventIndex += base;
        m_run->eventExtras.append(extra);
    }
    if (base == 0 && lineOffset == 0) {
        m_run->events = std::move(chunk.events); // takes the chunk's storage: no copy
    } else {
        // Copied in one piece, then renumbered: appending one by one costs as much as reading
        // the events did.
        m_run->events.append(chunk.events);
        Event *e = m_run->events.data() + base;
        for (Event *end = m_run->events.data() + m_run->events.size(); e != end; ++e)
            e->line += lineOffset;
    }
}

void TextLogParser::parseEvent(int number, qsizetype begin, QByteArrayView line)
{
    EventChunk one;
    readEventLine(m_text, line, begin, number, isAscii(line), &one);
    mergeEvents(one, 0);
    m_run->lastLine = number;
}

// Appends `part`, read after `into`, to it; `part` counted its lines from 1.
void appendChunk(EventChunk *into, EventChunk &part, int firstLine)
{
    const int lineOffset = firstLine - 1 + into->lines;
    for (const Diagnostic &d : std::as_const(part.diagnostics))
        into->diagnose(d.line + lineOffset, d.severity, d.message);
    if (part.droppedDiagnostics > 0) {
        if (into->droppedDiagnostics == 0)
            into->droppedFirstLine = part.droppedFirstLine + lineOffset;
        into->droppedLastLine = part.droppedLastLine + lineOffset;
        into->droppedDiagnostics += part.droppedDiagnostics;
    }
    const int base = int(into->events.size());
    for (EventExtra extra : std::as_const(part.extras)) {
        extra.eventIndex += base;
        into->extras.append(extra);
    }
    // Copied in one piece, then renumbered: appending one by one costs as much as reading the
    // events did.
    into->events.append(part.events);
    for (Event *e = into->events.data() + base, *end = into->events.data() + into->events.size(); e != end; ++e)
        e->line += lineOffset;
    into->lags.add(part.lags);
    if (part.lastUsedLine > 0)
        into->lastUsedLine = into->lines + part.lastUsedLine;
    into->lines += part.lines;
    into->stop = part.stop;
    into->interrupted = part.interrupted;
}

// The position after the first line end at or after `from` (LF, CRLF or a lone CR), or `end`.
qsizetype afterLineEnd(QByteArrayView text, qsizetype from, qsizetype end)
{
    while (from < end && text[from] != '\n' && text[from] != '\r')
        ++from;
    if (from < end && text[from] == '\r' && from + 1 < end && text[from + 1] == '\n')
        ++from;
    return std::min(from + 1, end);
}

// Reads the event lines that start at `begin` (line `number`) in bulk. Where the block ends is
// known only once a line ends it, so its first few MB are read here alone, and only a block that
// goes on past them is read in parallel: in rounds as long as what was read so far, each split at
// line boundaries into parts read on the thread pool at once. Every part stops at the first line
// that is no event and parts after such a stop are dropped, so the result is what reading line by
// line would give; a part that runs past the block's end reads at most one round, so the waste
// stays below what the block holds, however much of the file follows it.
void TextLogParser::parseEventBlock(qsizetype begin, int number, LineReader *reader)
{
    // Parts begin at the starts of lines, quote markers and all.
    while (begin > 0 && m_text[begin - 1] != '\n' && m_text[begin - 1] != '\r')
        --begin;
    const QByteArrayView text(m_text);
    const qsizetype end = text.size();
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);

    EventChunk block;
    qsizetype pos = afterLineEnd(text, std::min(end, begin + kParallelBytes), end);
    readEventLines(&block, m_text, begin, pos, m_hasCR, number, m_runQuotes);
    int rounds = 0;
    while (!block.interrupted && pos < end) {
        if (rounds++ == 0) {
            // Room for the rest, at the density of what was read: one allocation, not one per round.
            const double perByte = double(block.events.size() + 1) / double(pos - begin);
            block.events.reserve(qsizetype(perByte * double(end - begin) * 1.05) + 1024);
        }
        const qsizetype roundEnd = afterLineEnd(text, std::min(end, pos + (pos - begin)), end);
        const qsizetype bytes = roundEnd - pos;
        QList<qsizetype> bounds { pos };
        for (int k = 1; k < threads; ++k) {
            const qsizetype cut = afterLineEnd(text, pos + bytes * k / threads, roundEnd);
            if (cut > bounds.last() && cut < roundEnd)
                bounds.append(cut);
        }
        bounds.append(roundEnd);

        const int count = int(bounds.size()) - 1;
        std::vector<EventChunk> parts(static_cast<std::size_t>(count));
        QSemaphore finished;
        for (int i = 1; i < count; ++i) {
            const auto task = [this, &parts, &bounds, &finished, i] {
                parts[size_t(i)].events.reserve((bounds[i + 1] - bounds[i]) / 128);
                readEventLines(&parts[size_t(i)], m_text, bounds[i], bounds[i + 1], m_hasCR, 1, m_runQuotes);
                finished.release();
            };
            if (!QThreadPool::globalInstance()->tryStart(task))
                task(); // no thread free: read this part here
        }
        readEventLines(&block, m_text, bounds[0], bounds[1], m_hasCR, number, m_runQuotes);
        finished.acquire(count - 1);
        for (int i = 1; i < count && !block.interrupted; ++i)
            appendChunk(&block, parts[size_t(i)], number);
        pos = roundEnd;
    }
    qCDebug(lcParser) << "read" << (pos - begin) << "bytes of events," << rounds << "rounds in parallel";
    // A small block keeps no spare room: a file of thousands of short logs would hold it for each.
    if (block.events.capacity() > 2 * block.events.size() + 1024)
        block.events.squeeze();

    mergeEvents(block, 0);
    if (block.lastUsedLine > 0)
        m_run->lastLine = number - 1 + block.lastUsedLine;
    reader->seek(block.interrupted ? block.stop : end, number - 1 + block.lines);
}

// chat:latency:* marker events carry the chat service's own clock in their meta JSON; they stand
// in for a backend-marker milestone the Timestamps section lacks.
// A lag an hour or more away from the run's median is no delivery delay but a wrong stamp (a
// clock reset, a mistyped year); left in, it would decide the clock offset on its own.
void TextLogParser::flagImplausibleLags()
{
    constexpr Micros kImplausibleMicros = Micros(3600) * 1000 * 1000;
    if (m_runLags.within(kImplausibleMicros))
        return;
    std::vector<Micros> lags;
    lags.reserve(std::size_t(m_run->events.size()));
    for (const Event &e : std::as_const(m_run->events)) {
        if (e.hasLag())
            lags.push_back(e.lag());
    }
    if (lags.size() < 2)
        return;
    // The lower of the two middle values, as the analysis takes it: one log, one median.
    const auto middle = lags.begin() + std::ptrdiff_t((lags.size() - 1) / 2);
    std::nth_element(lags.begin(), middle, lags.end());
    const Micros median = *middle;
    for (Event &e : m_run->events) {
        if (!e.hasLag() || std::abs(double(e.lag()) - double(median)) < double(kImplausibleMicros))
            continue;
        e.lagImplausible = true;
        const double hours = double(e.lag()) / 3.6e9;
        diagnose(e.line, Severity::Warning,
                 (hours < 0 ? Text::tr("event %1 was received %2 hours before its platform stamp, while the run's "
                                       "median lag is %3 ms: one of its stamps is wrong, so it is left out of the "
                                       "lag and clock figures")
                            : Text::tr("event %1 was received %2 hours after its platform stamp, while the run's "
                                       "median lag is %3 ms: one of its stamps is wrong, so it is left out of the "
                                       "lag and clock figures"))
                     .arg(e.index)
                     .arg(std::abs(hours), 0, 'f', 1)
                     .arg(double(median) / 1000.0, 0, 'f', 0));
    }
}

void TextLogParser::applyMarkerEvents()
{
    static const QHash<QString, MilestoneId> byLabel {
        { QStringLiteral("request-dispatch"), MilestoneId::RequestDispatchAt },
        { QStringLiteral("upstream-accepted"), MilestoneId::UpstreamAcceptedAt },
        { QStringLiteral("first-upstream-delta"), MilestoneId::FirstUpstreamDeltaAt },
        { QStringLiteral("first-batch"), MilestoneId::FirstBatchEmitAt },
    };
    for (const EventExtra &extra : std::as_const(m_run->eventExtras)) {
        if (extra.meta.isEmpty())
            continue;
        const Event &event = m_run->events[extra.eventIndex];
        const QJsonObject meta = QJsonDocument::fromJson(m_run->bytes(extra.meta).toByteArray()).object();
        QString label = meta.value(QLatin1String("label")).toString();
        const QString step = m_run->string(event.step);
        if (label.isEmpty() && step.startsWith(u"chat:latency:"))
            label = step.mid(13);
        const auto it = byLabel.constFind(label);
        if (it == byLabel.cend())
            continue;
        const QJsonValue emitValue = meta.value(QLatin1String("server_emit_ts_ms"));
        if (!emitValue.isDouble()) {
            diagnose(event.line, Severity::Warning,
                     Text::tr("marker event without a numeric server_emit_ts_ms; it says nothing about the clock"));
            continue;
        }
        // A stamp more than a day from the run's submit is no stamp of this run.
        const double emitMs = emitValue.toDouble();
        const Micros submit = m_run->milestone(MilestoneId::SubmittedAt);
        const double reference = hasTime(submit) ? double(submit) / 1000.0 : (hasTime(event.stamp) ? double(event.stamp) / 1000.0 : emitMs);
        if (!(std::abs(emitMs - reference) < 86400000.0) || !(emitMs > 0 && emitMs < 4.1e12)) {
            diagnoseWith(event.line, Severity::Warning, [&] {
                return Text::tr("marker server_emit_ts_ms %1 is not a plausible time for this run; ignored")
                    .arg(QString::number(emitMs, 'g', 15));
            });
            continue;
        }
        const Micros time = qRound64(emitMs * 1000.0);

        QList<MilestoneId> targets { *it };
        if (*it == MilestoneId::FirstBatchEmitAt)
            targets.append(MilestoneId::FirstTokenServerEmitAt);
        for (MilestoneId id : targets) {
            MilestoneValue &slot = m_run->milestones[static_cast<int>(id)];
            const QString key = QString::fromLatin1(milestoneInfo(id).key);
            if (!slot.isSet()) {
                slot = { time, event.line, MilestoneOrigin::MarkerEvent };
                diagnoseWith(event.line, Severity::Info, [&] {
                    return Text::tr("%1 taken from this marker event (the Timestamps section lacks it)").arg(key);
                });
            } else if (std::abs(slot.time - time) >= 1000) {
                diagnoseWith(event.line, Severity::Warning, [&] {
                    return Text::tr("marker event says %1 = %2, the Timestamps section (line %3) says %4")
                        .arg(key, formatUtc(time))
                        .arg(slot.line)
                        .arg(formatUtc(slot.time));
                });
            }
        }
    }
}

// Turns UTF-16 input into UTF-8 and skips a UTF-8 byte-order mark; returns where text begins.
qsizetype prepareText(QByteArray *bytes, QList<Diagnostic> *notes)
{
    const bool utf16le = bytes->startsWith("\xFF\xFE");
    const bool utf16be = bytes->startsWith("\xFE\xFF");
    bool guessedUtf16 = false;
    if (!utf16le && !utf16be && bytes->size() >= 4) {
        // No byte-order mark: ASCII text in UTF-16 has a zero in every other byte.
        const qsizetype probe = std::min<qsizetype>(bytes->size() & ~qsizetype(1), 256);
        int zeroOdd = 0, zeroEven = 0;
        for (qsizetype i = 0; i < probe; ++i)
            (i % 2 ? zeroOdd : zeroEven) += bytes->at(i) == '\0' ? 1 : 0;
        // Zeros on one side only: NUL bytes scattered through text are no sign of UTF-16.
        guessedUtf16 = (zeroOdd > probe / 4 && zeroEven < probe / 32) || (zeroEven > probe / 4 && zeroOdd < probe / 32);
        if (guessedUtf16 && zeroOdd >= zeroEven)
            bytes->prepend("\xFF\xFE");
        else if (guessedUtf16)
            bytes->prepend("\xFE\xFF");
    }
    if (utf16le || utf16be || guessedUtf16) {
        QStringDecoder decoder(QStringDecoder::Utf16);
        QString text = decoder(*bytes);
        // The decoder keeps a surrogate without its partner as it is, and holds back an odd last
        // byte without a word: both would otherwise vanish or turn into '?' unannounced.
        qsizetype unpaired = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (text.at(i).isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
                ++unpaired;
            }
        }
        const bool oddByte = bytes->size() % 2 != 0;
        *bytes = text.toUtf8();
        notes->append({ 0, Severity::Info, Text::tr("the file is UTF-16; read after converting it to UTF-8") });
        if (decoder.hasError())
            notes->append({ 0, Severity::Warning, Text::tr("the UTF-16 text has invalid code units, replaced") });
        if (unpaired > 0)
            notes->append({ 0, Severity::Warning,
                            Text::tr("unpaired surrogates in the UTF-16 text, each replaced by U+FFFD: %1")
                                .arg(unpaired) });
        if (oddByte)
            notes->append({ 0, Severity::Warning, Text::tr("the UTF-16 text ends in a lone byte, which was dropped") });
    }
    // A byte-order mark, or several where files were glued together.
    qsizetype start = 0;
    while (QByteArrayView(*bytes).sliced(start).startsWith("\xEF\xBB\xBF"))
        start += 3;
    return start;
}

} // namespace

namespace {

// parseLogBytes, told whether the bytes hold a CR when whoever read them found out on the way.
ParseResult parseText(const QByteArray &input, const QString &filePath, std::optional<bool> hasCR)
{
    QByteArray bytes = input;
    QList<Diagnostic> notes;
    const qsizetype start = prepareText(&bytes, &notes);
    if (bytes.constData() != input.constData())
        hasCR.reset(); // converted from UTF-16: other bytes
    if (bytes.size() > kMaxFileBytes) {
        ParseResult result;
        result.filePath = filePath;
        result.error = Text::tr("the file is larger than the 4 GiB LagLens can read");
        return result;
    }

    // Text that opens with '{' may be a benchmark result. If it is not JSON at all it may still
    // hold a log; only if it holds none is the JSON error the one to report.
    // Read through a const view: indexing the QByteArray itself would detach a copy of the file.
    const QByteArrayView view(bytes);
    qsizetype first = start;
    while (first < view.size() && std::isspace(static_cast<unsigned char>(view[first])))
        ++first;
    std::optional<ParseResult> json;
    if (first < view.size() && view[first] == '{') {
        bool isJson = false;
        json = parseBenchmarkJson(start == 0 ? bytes : bytes.sliced(start), filePath, &isJson);
        if (isJson)
            return *json;
    }

    TextLogParser parser(bytes, filePath, hasCR);
    for (const Diagnostic &note : std::as_const(notes))
        parser.addFileDiagnostic(note);
    ParseResult text = parser.parse(start);
    return !text.ok() && json ? *json : text;
}

struct FileBytes
{
    QByteArray bytes;
    std::optional<bool> hasCR; // known when the reading looked
};

// Reads `size` bytes into `to` in blocks, and looks for a CR in each while it is in the cache:
// the parser needs to know, and asking afterwards would read the whole file from memory again.
bool readAndLookForCR(QFile *file, char *to, qint64 size, bool *sawCR)
{
    constexpr qint64 kBlock = qint64(2) << 20;
    for (qint64 done = 0; done < size;) {
        const qint64 block = std::min(kBlock, size - done);
        if (file->read(to + done, block) != block)
            return false;
        *sawCR = *sawCR || std::memchr(to + done, '\r', std::size_t(block)) != nullptr;
        done += block;
    }
    return true;
}

// Reads a whole file. A large regular file is read in two halves at once, one on the thread
// pool: copying it out of the page cache is a good part of opening a big log.
std::optional<FileBytes> readAll(QFile *file, const QFileInfo &info)
{
    const qint64 size = info.size();
    const auto plainly = [file]() -> std::optional<FileBytes> {
        QByteArray bytes = file->readAll();
        if (file->error() != QFileDevice::NoError)
            return std::nullopt;
        return FileBytes { bytes, std::nullopt };
    };
    if (!info.isFile() || size < kParallelBytes)
        return plainly();

    QByteArray bytes(size, Qt::Uninitialized);
    const qint64 half = size / 2;
    std::atomic_bool secondOk = false;
    bool firstCR = false, secondCR = false;
    QSemaphore finished;
    const auto readSecondHalf = [&] {
        QFile other(file->fileName());
        secondOk = other.open(QIODevice::ReadOnly) && other.seek(half)
            && readAndLookForCR(&other, bytes.data() + half, size - half, &secondCR);
        finished.release();
    };
    if (!QThreadPool::globalInstance()->tryStart(readSecondHalf))
        readSecondHalf();
    const bool firstOk = readAndLookForCR(file, bytes.data(), half, &firstCR);
    finished.acquire();
    if (!firstOk || !secondOk) {
        // The file changed size while being read, or a read failed: take it again, plainly.
        file->seek(0);
        return plainly();
    }
    file->seek(size);
    const QByteArray appended = file->readAll(); // whatever was written meanwhile
    bytes += appended;
    return FileBytes { bytes, firstCR || secondCR || appended.contains('\r') };
}

} // namespace

ParseResult parseLogBytes(const QByteArray &bytes, const QString &filePath)
{
    return parseText(bytes, filePath, std::nullopt);
}

ParseResult parseLogFile(const QString &filePath)
{
    ParseResult result;
    result.filePath = filePath;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        result.error = Text::tr("the file does not exist");
        return result;
    }
    if (info.isDir()) {
        result.error = Text::tr("this is a folder, not a log file");
        return result;
    }
    if (!info.isFile()) {
        // A device or a pipe may never end; a log is a file.
        result.error = Text::tr("this is not a regular file (a device, pipe or socket)");
        return result;
    }
    if (info.size() > kMaxFileBytes) {
        result.error = Text::tr("the file is %1 bytes; LagLens reads logs up to 4 GiB").arg(info.size());
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("cannot read the file: %1").arg(file.errorString());
        return result;
    }
    const std::optional<FileBytes> read = readAll(&file, info);
    if (!read) {
        result.error = Text::tr("cannot read the file: %1").arg(file.errorString());
        return result;
    }
    qCDebug(lcParser) << "read" << read->bytes.size() << "bytes from" << filePath;
    return parseText(read->bytes, filePath, read->hasCR);
}

} // namespace LagLens
