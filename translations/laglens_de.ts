<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <source>Size of the exported image (default 1600x900).</source>
        <translation>Größe des exportierten Bildes (Standard 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Print what LagLens finds in each FILE as JSON on standard output.</source>
        <translation>Die Befunde von LagLens zu jeder Datei FILE als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Export the clock-corrected view instead of the raw stamps.</source>
        <translation>Die uhrenkorrigierte Ansicht statt der unkorrigierten Zeitstempel exportieren.</translation>
    </message>
    <message>
        <source>Use this language (for example de).</source>
        <translation>Diese Sprache verwenden (zum Beispiel de).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>%1 needs at least one FILE</source>
        <translation>%1 benötigt mindestens eine Datei (FILE)</translation>
    </message>
    <message>
        <source>laglens: no translation for &apos;%1&apos;; using English</source>
        <translation>laglens: keine Übersetzung für &apos;%1&apos;; Englisch wird verwendet</translation>
    </message>
    <message>
        <source>laglens: %1</source>
        <translation>laglens: %1</translation>
    </message>
    <message>
        <source>LagLens shows where the time went in a streamed chat answer: it reads chat latency diagnostic logs and draws a swimlane timeline, a lag chart and a bottleneck verdict. FILE may be a folder: every file below it is read.</source>
        <translation>LagLens zeigt, wo bei einer gestreamten Chat-Antwort die Zeit geblieben ist: Es liest Chat-Latenz-Diagnoseprotokolle und zeichnet eine Spuren-Zeitleiste, ein Verzögerungsdiagramm und einen Engpass-Befund. FILE kann ein Ordner sein: Dann wird jede Datei darunter gelesen.</translation>
    </message>
    <message>
        <source>Write the runs table (one row per run) as CSV, or as JSON lines when OUT ends in .jsonl, without opening a window.</source>
        <translation>Die Lauftabelle (eine Zeile je Lauf) als CSV schreiben, oder als JSON Lines, wenn OUT auf .jsonl endet, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Align the exported runs at this milestone: submit, dispatch, first-delta, first-batch, first-token-event, first-token, first-event or finished.</source>
        <translation>Die exportierten Läufe an diesem Meilenstein ausrichten: submit, dispatch, first-delta, first-batch, first-token-event, first-token, first-event oder finished.</translation>
    </message>
    <message>
        <source>MILESTONE</source>
        <translation>MILESTONE</translation>
    </message>
    <message>
        <source>Measure the exported comparison against the run from this file.</source>
        <translation>Den exportierten Vergleich an dem Lauf aus dieser Datei als Referenz messen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Diagnostic logs, or folders of them, to open.</source>
        <translation>Zu öffnende Diagnoseprotokolle oder Ordner mit solchen Protokollen.</translation>
    </message>
    <message>
        <source>--align does not know the milestone &apos;%1&apos;</source>
        <translation>--align kennt den Meilenstein &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--baseline %1 is none of the runs exported</source>
        <translation>--baseline %1 ist keiner der exportierten Läufe</translation>
    </message>
    <message>
        <source>no run to export; %1 not written</source>
        <translation>kein Lauf zu exportieren; %1 nicht geschrieben</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Write the events of every run as CSV without opening a window.</source>
        <translation>Die Ereignisse aller Läufe als CSV schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>AUSGABE.csv</translation>
    </message>
    <message>
        <source>Write the runs as Chrome Trace Event JSON (for Perfetto and chrome://tracing) without opening a window.</source>
        <translation>Die Läufe als Chrome-Trace-Event-JSON (für Perfetto und chrome://tracing) schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>AUSGABE.json</translation>
    </message>
    <message>
        <source>Write the runs as OpenTelemetry OTLP/JSON spans without opening a window.</source>
        <translation>Die Läufe als OpenTelemetry-Spans (OTLP/JSON) schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--scale wants a number from 0.25 to 8, not &apos;%1&apos;</source>
        <translation>--scale erwartet eine Zahl von 0,25 bis 8, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--summary prints to standard output and cannot be combined with %1</source>
        <translation>--summary schreibt auf die Standardausgabe und lässt sich nicht mit %1 kombinieren</translation>
    </message>
    <message>
        <source>Label the exported time axes with UTC times of day instead of seconds.</source>
        <translation>Die exportierten Zeitachsen mit UTC-Uhrzeiten statt Sekunden beschriften.</translation>
    </message>
    <message>
        <source>--align, --baseline, --size, --scale, --corrected and --utc only take effect with an export</source>
        <translation>--align, --baseline, --size, --scale, --corrected und --utc wirken nur zusammen mit einem Export</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>der Ordner enthält keine Dateien</translation>
    </message>
    <message>
        <source>--size %1x%2 at --scale %3 makes an image over 16000 pixels a side</source>
        <translation>--size %1x%2 mit --scale %3 ergibt ein Bild mit über 16000 Pixeln Seitenlänge</translation>
    </message>
    <message>
        <source>Write the timeline of FILE (several runs: their comparison) to OUT.png without opening a window; OUT.svg and OUT.pdf write vectors.</source>
        <translation>Die Zeitleiste von FILE (bei mehreren Läufen ihren Vergleich) ohne Fenster nach OUT.png schreiben; OUT.svg und OUT.pdf schreiben Vektorgrafik.</translation>
    </message>
    <message>
        <source>Device pixels per pixel of an exported PNG, for slides and high-DPI screens: 0.25 to 8 (default 1).</source>
        <translation>Gerätepixel je Pixel eines exportierten PNG, für Folien und hochauflösende Bildschirme: 0,25 bis 8 (Standard 1).</translation>
    </message>
    <message>
        <source>Try &apos;laglens --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;laglens --help&apos;.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 800x600 and 16000x16000, not &apos;%1&apos;</source>
        <translation>--size erwartet BREITExHÖHE zwischen 800x600 und 16000x16000, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Device pixels per pixel of a PNG: 2 for slides and high-DPI screens. SVG and PDF are vectors.</source>
        <translation>Gerätepixel je Pixel eines PNG: 2 für Folien und hochauflösende Bildschirme. SVG und PDF sind Vektorgrafiken.</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>The &amp;whole runs</source>
        <translation>Die &amp;ganzen Läufe</translation>
    </message>
    <message>
        <source>The time now on &amp;screen</source>
        <translation>Die Zeit, die gerade auf dem &amp;Bildschirm ist</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
</context>
<context>
    <name>LagLens::Analysis</name>
    <message>
        <source>No stamp pairs the platform clock with the client clock; the offset is unknown.</source>
        <translation>Kein Zeitstempel setzt die Plattform-Uhr mit der Client-Uhr in Beziehung; der Uhrenversatz ist unbekannt.</translation>
    </message>
    <message>
        <source>the first token</source>
        <translation>das erste Token</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>The client clock is behind the platform clock by at least %1 ms: %2 arrived %1 ms before the platform stamped it. Corrected views add %3 ms to platform stamps.</source>
        <translation>Die Client-Uhr geht gegenüber der Plattform-Uhr um mindestens %1 ms nach, denn %2 kam %1 ms früher an, als die Plattform es mit einem Zeitstempel versah. Korrigierte Ansichten addieren %3 ms zu den Zeitstempeln der Plattform.</translation>
    </message>
    <message>
        <source>The client clock is ahead of the platform clock by at least %1 ms: the platform stamped an event before the client submitted the job.</source>
        <translation>Die Client-Uhr geht gegenüber der Plattform-Uhr um mindestens %1 ms vor: Die Plattform hat ein Ereignis mit einem Zeitstempel versehen, bevor der Client den Job abgesendet hat.</translation>
    </message>
    <message>
        <source>No event arrived before it was stamped: the lags are consistent with clocks in step. The client clock is at most %1 ms ahead of the platform clock.</source>
        <translation>Kein Ereignis kam vor seinem Zeitstempel an: Die Verzögerungen passen zu synchron laufenden Uhren. Die Client-Uhr geht gegenüber der Plattform-Uhr um höchstens %1 ms vor.</translation>
    </message>
    <message>
        <source>No stamp pairs the chat service clock with another clock; the offset is unknown.</source>
        <translation>Kein Zeitstempel setzt die Chat-Dienst-Uhr mit einer anderen Uhr in Beziehung; der Uhrenversatz ist unbekannt.</translation>
    </message>
    <message>
        <source>The chat service stamps contradict each other; LagLens uses the upper bound, %1 ms.</source>
        <translation>Die Zeitstempel des Chat-Dienstes widersprechen sich; LagLens verwendet die obere Schranke, %1 ms.</translation>
    </message>
    <message>
        <source>The client clock is behind the chat service clock by at least %1 ms: the first token was received before the service emitted it. Corrected views add %2 ms to service stamps.</source>
        <translation>Die Client-Uhr geht gegenüber der Chat-Dienst-Uhr um mindestens %1 ms nach: Das erste Token wurde empfangen, bevor der Dienst es gesendet hat. Korrigierte Ansichten addieren %2 ms zu den Zeitstempeln des Dienstes.</translation>
    </message>
    <message>
        <source>The chat service stamps are consistent with a clock in step with the client&apos;s (offset between %1 and %2 ms).</source>
        <translation>Die Zeitstempel des Chat-Dienstes passen zu einer Uhr, die synchron zur Client-Uhr läuft (Uhrenversatz zwischen %1 und %2 ms).</translation>
    </message>
    <message>
        <source>%1 is reported as 0 but the timestamps give %2 ms: the log clamped a negative difference, a sign of clock offset</source>
        <translation>%1 ist als 0 angegeben, aber die Zeitstempel ergeben %2 ms: Das Protokoll hat eine negative Differenz auf 0 begrenzt, ein Zeichen für Uhrenversatz</translation>
    </message>
    <message>
        <source>%1 is reported as %2 ms but the timestamps give %3 ms</source>
        <translation>%1 ist als %2 ms angegeben, aber die Zeitstempel ergeben %3 ms</translation>
    </message>
    <message>
        <source>submit → request dispatch</source>
        <translation>Absenden → Weiterleitung der Anfrage</translation>
    </message>
    <message>
        <source>model proxy time to first delta</source>
        <translation>Modell-Proxy: Zeit bis zum ersten Delta</translation>
    </message>
    <message>
        <source>chat service buffer flush</source>
        <translation>Pufferleerung im Chat-Dienst</translation>
    </message>
    <message>
        <source>platform event pipeline</source>
        <translation>Ereignis-Pipeline der Plattform</translation>
    </message>
    <message>
        <source>event delivery to client</source>
        <translation>Ereigniszustellung an den Client</translation>
    </message>
    <message>
        <source>submit → response headers</source>
        <translation>Absenden → Antwort-Header</translation>
    </message>
    <message>
        <source>response headers → first token</source>
        <translation>Antwort-Header → erstes Token</translation>
    </message>
    <message>
        <source>the stamps bound a clock offset from both sides and the bounds contradict each other; corrected views are approximate</source>
        <translation>die Zeitstempel begrenzen einen Uhrenversatz von beiden Seiten, und die Schranken widersprechen sich; korrigierte Ansichten sind nur Näherungen</translation>
    </message>
    <message>
        <source>Bottleneck: %1, %2 ms of the %3 ms time to first token (%4%).</source>
        <translation>Engpass: %1, %2 ms von %3 ms Zeit bis zum ersten Token (%4%).</translation>
    </message>
    <message>
        <source>Time to first token %1 ms, but no segment of it can be measured.</source>
        <translation>Zeit bis zum ersten Token %1 ms, aber keiner ihrer Abschnitte lässt sich messen.</translation>
    </message>
    <message>
        <source>No time to first token: the log lacks the stamps it needs.</source>
        <translation>Keine Zeit bis zum ersten Token: Dem Protokoll fehlen die nötigen Zeitstempel.</translation>
    </message>
    <message>
        <source>%1 ms of the time to first token cannot be attributed: a milestone on its path is missing.</source>
        <translation>%1 ms der Zeit bis zum ersten Token lassen sich nicht zuordnen: Ein Meilenstein auf dem Weg dorthin fehlt.</translation>
    </message>
    <message>
        <source>The log&apos;s own guess agrees: %1 (%2 ms).</source>
        <translation>Die eigene Einschätzung des Protokolls stimmt überein: %1 (%2 ms).</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>The log&apos;s own guess differs: %1 (%2 ms). It looks only at three backend figures of the first token.</source>
        <translation>Die eigene Einschätzung des Protokolls weicht ab: %1 (%2 ms). Sie berücksichtigt nur drei Backend-Kennzahlen des ersten Tokens.</translation>
    </message>
    <message>
        <source>Events %1 to %2 arrived together after the first was held %3 ms.</source>
        <translation>Die Ereignisse %1 bis %2 kamen gemeinsam an, nachdem das erste %3 ms zurückgehalten worden war.</translation>
    </message>
    <message>
        <source>This benchmark entry failed: %1</source>
        <translation>Dieser Benchmark-Eintrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No time to first token: the benchmark entry has none.</source>
        <translation>Keine Zeit bis zum ersten Token: Der Benchmark-Eintrag enthält keine.</translation>
    </message>
    <message>
        <source>Mid-stream stall after event %1: nothing arrived for %2 ms; event %3 was held %4 ms against a normal lag of %5 ms</source>
        <translation>Stillstand mitten im Stream nach Ereignis %1: %2 ms lang kam nichts an; Ereignis %3 wurde %4 ms zurückgehalten, bei einer normalen Verzögerung von %5 ms</translation>
    </message>
    <message>
        <source>, then events %1 to %2 arrived at once</source>
        <translation>, danach kamen die Ereignisse %1 bis %2 auf einmal an</translation>
    </message>
    <message>
        <source>. The silence is longer than the reported bottleneck (%1 ms), which looks only at the first token</source>
        <translation>. Die Stille dauert länger als der gemeldete Engpass (%1 ms), der nur das erste Token betrachtet</translation>
    </message>
    <message>
        <source>the first token was received %1 ms before submit, on the same clock: the client&apos;s stamps contradict each other</source>
        <translation>das erste Token wurde %1 ms vor dem Absenden empfangen, gemessen an derselben Uhr: Die Zeitstempel des Clients widersprechen sich</translation>
    </message>
    <message>
        <source>the time to first token is more than a day: the stamps are not of one run</source>
        <translation>die Zeit bis zum ersten Token beträgt mehr als einen Tag: Die Zeitstempel stammen nicht aus einem einzigen Lauf</translation>
    </message>
    <message>
        <source>%1 spans more than a day: its stamps cannot be of one run</source>
        <translation>%1 umfasst mehr als einen Tag: Die Zeitstempel können nicht aus einem einzigen Lauf stammen</translation>
    </message>
    <message>
        <source>The stamps contradict each other: the events&apos; lags and the submit time cannot both hold for any one clock offset. LagLens uses the bound the events give, %1 ms.</source>
        <translation>Die Zeitstempel widersprechen sich: Die Verzögerungen der Ereignisse und der Zeitpunkt des Absendens passen zu keinem gemeinsamen Uhrenversatz. LagLens verwendet die Schranke aus den Ereignissen, %1 ms.</translation>
    </message>
    <message>
        <source>The client clock is ahead of the chat service clock by at least %1 ms: the service dispatched the request before the client submitted it. Corrected views add %2 ms to service stamps.</source>
        <translation>Die Client-Uhr geht gegenüber der Chat-Dienst-Uhr um mindestens %1 ms vor: Der Dienst hat die Anfrage weitergeleitet, bevor der Client sie abgesendet hat. Korrigierte Ansichten addieren %2 ms zu den Zeitstempeln des Dienstes.</translation>
    </message>
    <message>
        <source>The chat service stamps are consistent with a clock in step with the client&apos;s (offset %1 %2 ms).</source>
        <translation>Die Zeitstempel des Chat-Dienstes passen zu einer Uhr, die synchron zur Client-Uhr läuft (Uhrenversatz %1 %2 ms).</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>events stamped earlier than the event listed before them: %1; gaps between events are measured in the order listed</source>
        <translation>Ereignisse mit früherem Zeitstempel als das zuvor aufgeführte Ereignis: %1; Abstände zwischen Ereignissen werden in der aufgeführten Reihenfolge gemessen</translation>
    </message>
</context>
<context>
    <name>LagLens::BenchmarkJson</name>
    <message>
        <source>%1.%2 is not a number, ignored</source>
        <translation>%1.%2 ist keine Zahl, ignoriert</translation>
    </message>
    <message>
        <source>%1 %2 #%3</source>
        <translation>%1 %2 #%3</translation>
    </message>
    <message>
        <source>the file looks like JSON but does not parse: %1 on line %2</source>
        <translation>die Datei sieht nach JSON aus, lässt sich aber nicht parsen: %1 in Zeile %2</translation>
    </message>
    <message>
        <source>JSON, but not a TTFT benchmark result: it has no results.direct or results.ivcap list</source>
        <translation>JSON, aber kein TTFT-Benchmark-Ergebnis: Es enthält keine Liste results.direct oder results.ivcap</translation>
    </message>
    <message>
        <source>results.%1[%2] is not an object, ignored</source>
        <translation>results.%1[%2] ist kein Objekt, ignoriert</translation>
    </message>
    <message>
        <source>the benchmark result holds no entries</source>
        <translation>das Benchmark-Ergebnis enthält keine Einträge</translation>
    </message>
    <message>
        <source>%1: the entry failed: %2</source>
        <translation>%1: Der Eintrag ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1.%2 = %3 is not a plausible figure, ignored</source>
        <translation>%1.%2 = %3 ist kein plausibler Wert, ignoriert</translation>
    </message>
    <message>
        <source>results.%1 is not a list of entries, ignored</source>
        <translation>results.%1 ist keine Liste von Einträgen, ignoriert</translation>
    </message>
    <message>
        <source>the file holds more than %1 entries; from results.%2[%3] on they are not read</source>
        <translation>die Datei enthält mehr als %1 Einträge; ab results.%2[%3] werden sie nicht gelesen</translation>
    </message>
    <message>
        <source>the benchmark result holds no usable entry: %1</source>
        <translation>das Benchmark-Ergebnis enthält keinen verwendbaren Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>LagLens::BottleneckPanel</name>
    <message>
        <source>Bottleneck panel</source>
        <translation>Engpass-Bereich</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Time to first token, by segment</source>
        <translation>Zeit bis zum ersten Token, nach Abschnitten</translation>
    </message>
    <message>
        <source>Segments of the time to first token</source>
        <translation>Abschnitte der Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Uhren</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Reported figures against the timestamps</source>
        <translation>Gemeldete Kennzahlen im Vergleich mit den Zeitstempeln</translation>
    </message>
    <message>
        <source>Breakdown figures, reported and recomputed</source>
        <translation>Kennzahlen der Aufschlüsselung, gemeldet und nachgerechnet</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Open a diagnostic log to see where the time went.</source>
        <translation>Öffnen Sie ein Diagnoseprotokoll, um zu sehen, wo die Zeit geblieben ist.</translation>
    </message>
    <message>
        <source>Where the time went: %1 (stamps as logged)</source>
        <translation>Wo die Zeit geblieben ist: %1 (Zeitstempel wie protokolliert)</translation>
    </message>
    <message>
        <source>Where the time went: %1 (clock-corrected)</source>
        <translation>Wo die Zeit geblieben ist: %1 (uhrenkorrigiert)</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Chat service: %1</source>
        <translation>Chat-Dienst: %1</translation>
    </message>
    <message>
        <source>A benchmark entry has figures only; there are no stamps to compare.</source>
        <translation>Ein Benchmark-Eintrag enthält nur Kennzahlen; es gibt keine Zeitstempel zum Vergleichen.</translation>
    </message>
    <message>
        <source> (the log starts mid-answer)</source>
        <translation> (das Protokoll beginnt mitten in der Antwort)</translation>
    </message>
    <message>
        <source>Throughput: %1 characters/s, %2 batches/s.</source>
        <translation>Durchsatz: %1 Zeichen/s, %2 Batches/s.</translation>
    </message>
    <message>
        <source>Between batches: %1 ms as stamped, %2 ms as received, jitter %3 ms.</source>
        <translation>Zwischen Batches: %1 ms laut Zeitstempel, %2 ms laut Empfang, Jitter %3 ms.</translation>
    </message>
    <message>
        <source>No stream events in this log.</source>
        <translation>Keine Stream-Ereignisse in diesem Protokoll.</translation>
    </message>
    <message>
        <source>Platform overhead</source>
        <translation>Mehraufwand der Plattform</translation>
    </message>
    <message>
        <source>Platform overhead by segment</source>
        <translation>Mehraufwand der Plattform nach Abschnitten</translation>
    </message>
    <message>
        <source>%1 reached its first token %2 ms later than the direct call %3 (%4 ms against %5 ms).</source>
        <translation>%1 erreichte sein erstes Token %2 ms später als der Direktaufruf %3 (%4 ms gegenüber %5 ms).</translation>
    </message>
    <message>
        <source>A direct run has one clock, the client&apos;s: nothing to correct.</source>
        <translation>Ein direkter Lauf hat nur eine Uhr, die des Clients: Es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Between chunks: %1 ms as received.</source>
        <translation>Zwischen Chunks: %1 ms laut Empfang.</translation>
    </message>
    <message>
        <source>Lag (events: %1): median %2 ms, 90th percentile %3 ms, largest %4 ms.</source>
        <translation>Verzögerung (Ereignisse: %1): Median %2 ms, 90. Perzentil %3 ms, größte %4 ms.</translation>
    </message>
    <message>
        <source>SSE chunks in the log: %1; answer characters: %2%3.</source>
        <translation>SSE-Chunks im Protokoll: %1; Zeichen der Antwort: %2%3.</translation>
    </message>
    <message>
        <source>Token batches in the log: %1; answer characters: %2%3.</source>
        <translation>Token-Batches im Protokoll: %1; Zeichen der Antwort: %2%3.</translation>
    </message>
</context>
<context>
    <name>LagLens::Clock</name>
    <message>
        <source>client clock</source>
        <translation>Client-Uhr</translation>
    </message>
    <message>
        <source>platform clock</source>
        <translation>Plattform-Uhr</translation>
    </message>
    <message>
        <source>chat service clock</source>
        <translation>Chat-Dienst-Uhr</translation>
    </message>
</context>
<context>
    <name>LagLens::Comparison</name>
    <message>
        <source>time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>submit → request dispatch</source>
        <translation>Absenden → Weiterleitung der Anfrage</translation>
    </message>
    <message>
        <source>model proxy time to first delta</source>
        <translation>Modell-Proxy: Zeit bis zum ersten Delta</translation>
    </message>
    <message>
        <source>chat service buffer flush</source>
        <translation>Pufferleerung im Chat-Dienst</translation>
    </message>
    <message>
        <source>platform event pipeline</source>
        <translation>Ereignis-Pipeline der Plattform</translation>
    </message>
    <message>
        <source>event delivery to client</source>
        <translation>Ereigniszustellung an den Client</translation>
    </message>
    <message>
        <source>submit → job created</source>
        <translation>Absenden → Job erstellt</translation>
    </message>
    <message>
        <source>submit → first event</source>
        <translation>Absenden → erstes Ereignis</translation>
    </message>
    <message>
        <source>submit → finished</source>
        <translation>Absenden → beendet</translation>
    </message>
    <message>
        <source>longest mid-stream stall</source>
        <translation>längster Stillstand mitten im Stream</translation>
    </message>
    <message>
        <source>median event lag</source>
        <translation>Median der Ereignisverzögerung</translation>
    </message>
</context>
<context>
    <name>LagLens::DataExport</name>
    <message>
        <source>%1 is not a regular file; LagLens writes only regular files</source>
        <translation>%1 ist keine gewöhnliche Datei; LagLens schreibt nur gewöhnliche Dateien</translation>
    </message>
</context>
<context>
    <name>LagLens::DeltaModel</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1  (%2%3, ×%4)</source>
        <translation>%1  (%2%3, ×%4)</translation>
    </message>
    <message>
        <source>%1  (%2%3)</source>
        <translation>%1  (%2%3)</translation>
    </message>
    <message>
        <source>Figure (ms)</source>
        <translation>Kennzahl (ms)</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>LagLens::DiagnosticModel</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LagLens::DistributionView</name>
    <message>
        <source>Distribution of the time to first token and its segments over the loaded runs</source>
        <translation>Verteilung der Zeit bis zum ersten Token und ihrer Abschnitte über die geladenen Läufe</translation>
    </message>
    <message>
        <source>%1
n=%2</source>
        <translation>%1
n=%2</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>no run has it</source>
        <translation>in keinem Lauf vorhanden</translation>
    </message>
    <message>
        <source>p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms</source>
        <translation>p50 %1 ms, p90 %2 ms, p99 %3 ms, max. %4 ms</translation>
    </message>
    <message>
        <source>p50 %1 · p90 %2 · p99 %3 · max %4 ms</source>
        <translation>p50 %1 · p90 %2 · p99 %3 · max. %4 ms</translation>
    </message>
    <message>
        <source>Open several runs (a folder, for example) to see how their times spread.</source>
        <translation>Öffnen Sie mehrere Läufe (zum Beispiel einen Ordner), um zu sehen, wie ihre Zeiten streuen.</translation>
    </message>
    <message>
        <source>Runs: %1. Every run is a point; lines mark the 50th, 90th and 99th percentiles</source>
        <translation>Läufe: %1. Jeder Lauf ist ein Punkt; Linien markieren das 50., 90. und 99. Perzentil</translation>
    </message>
</context>
<context>
    <name>LagLens::EventModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Platform stamp %1</source>
        <translation>Plattform-Zeitstempel %1</translation>
    </message>
    <message>
        <source>Client receive %1</source>
        <translation>Client-Empfang %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Stamp (s)</source>
        <translation>Zeitstempel (s)</translation>
    </message>
    <message>
        <source>Receive (s)</source>
        <translation>Empfang (s)</translation>
    </message>
    <message>
        <source>Lag (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
</context>
<context>
    <name>LagLens::Export</name>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>abgesendet %1</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>bottleneck: %1, %2 ms (%3%)</source>
        <translation>Engpass: %1, %2 ms (%3%)</translation>
    </message>
    <message>
        <source>the log guesses %1</source>
        <translation>das Protokoll vermutet %1</translation>
    </message>
    <message>
        <source>mid-stream stalls: %1, the longest %2 ms</source>
        <translation>Stillstände mitten im Stream: %1, der längste %2 ms</translation>
    </message>
    <message>
        <source>Clocks: stamps as logged, not corrected.</source>
        <translation>Uhren: Zeitstempel wie protokolliert, nicht korrigiert.</translation>
    </message>
    <message>
        <source>Clocks: platform and chat service stamps corrected onto the client clock.</source>
        <translation>Uhren: Zeitstempel von Plattform und Chat-Dienst auf die Client-Uhr korrigiert.</translation>
    </message>
    <message>
        <source>Clock skew is proven in %1.</source>
        <translation>Uhrenabweichung nachgewiesen in %1.</translation>
    </message>
    <message>
        <source>LagLens: where the time went</source>
        <translation>LagLens: wo die Zeit geblieben ist</translation>
    </message>
    <message>
        <source>%1 %2%3 ms</source>
        <translation>%1 %2%3 ms</translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation> (×%1)</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 gegenüber %2: %3</translation>
    </message>
    <message>
        <source>LagLens: %1 runs compared, aligned at %2</source>
        <translation>LagLens: %1 Läufe verglichen, ausgerichtet an %2</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>… runs not named here: %1</source>
        <translation>… hier nicht genannte Läufe: %1</translation>
    </message>
    <message>
        <source>Bars: segments of the time to first token (vermilion: the bottleneck). Lines from Platform to Client: an event from its platform stamp to its client receive (orange: delivered in a burst, red: first after a stall).</source>
        <translation>Balken: Abschnitte der Zeit bis zum ersten Token (zinnoberrot: der Engpass). Linien von Plattform zu Client: ein Ereignis von seinem Plattform-Zeitstempel bis zum Empfang beim Client (orange: in einem Schub zugestellt, rot: erstes nach einem Stillstand).</translation>
    </message>
    <message>
        <source>could not draw the picture</source>
        <translation>das Bild konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>LagLens timeline</source>
        <translation>LagLens-Zeitleiste</translation>
    </message>
    <message>
        <source>Direct calls have the client&apos;s clock only: one lane, with the answer&apos;s chunks as ticks where they were received, and bars for the time to response headers and to the first token.</source>
        <translation>Direkte Aufrufe haben nur die Uhr des Clients: eine Bahn, mit den Teilen der Antwort als Striche dort, wo sie ankamen, und Balken für die Zeit bis zu den Antwort-Headern und bis zum ersten Token.</translation>
    </message>
    <message>
        <source>The first %1 of %2 runs are drawn; a taller picture has room for more.</source>
        <translation>Die ersten %1 von %2 Läufen sind gezeichnet; ein höheres Bild hat Platz für mehr.</translation>
    </message>
    <message>
        <source>No event has both a platform stamp and a receipt, so there is no lag to chart.</source>
        <translation>Kein Ereignis hat sowohl einen Plattform-Zeitstempel als auch einen Empfang, daher gibt es keine Verzögerung zu zeichnen.</translation>
    </message>
    <message>
        <source>Benchmark entries hold figures only: a bar for each entry&apos;s time to first token, no timeline.</source>
        <translation>Benchmark-Einträge enthalten nur Kennzahlen: ein Balken für die Zeit bis zum ersten Token jedes Eintrags, keine Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>LagLens::FigureModel</name>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>clamped to 0</source>
        <translation>auf 0 begrenzt</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>n/a in log</source>
        <translation>n/a im Protokoll</translation>
    </message>
    <message>
        <source>stamp missing</source>
        <translation>Zeitstempel fehlt</translation>
    </message>
    <message>
        <source>not recomputed</source>
        <translation>nicht nachgerechnet</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>LagLens does not know how this figure is computed.</source>
        <translation>LagLens weiß nicht, wie diese Kennzahl berechnet wird.</translation>
    </message>
    <message>
        <source>Crosses clocks: the corrected value moves the stamps onto the client clock.</source>
        <translation>Überspannt mehrere Uhren: Der korrigierte Wert überträgt die Zeitstempel auf die Client-Uhr.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Log says</source>
        <translation>Laut Protokoll</translation>
    </message>
    <message>
        <source>Stamps give</source>
        <translation>Laut Zeitstempeln</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>LagLens::LagChart</name>
    <message>
        <source>Per-event lag chart</source>
        <translation>Verzögerungsdiagramm je Ereignis</translation>
    </message>
    <message>
        <source>lag (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>delivered in a burst</source>
        <translation>in einem Schub zugestellt</translation>
    </message>
    <message>
        <source>first after a stall</source>
        <translation>erstes nach einem Stillstand</translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation>Median %1 ms</translation>
    </message>
    <message>
        <source>stall threshold %1 ms</source>
        <translation>Stillstandsschwelle %1 ms</translation>
    </message>
    <message>
        <source>No run open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <source>A direct run has client stamps only: lag needs a server stamp and a receive.</source>
        <translation>Ein direkter Lauf hat nur Client-Zeitstempel: Für eine Verzögerung braucht es einen Server-Zeitstempel und einen Empfang.</translation>
    </message>
    <message>
        <source>No event has both a server stamp and a receive time, so there is no lag to draw.</source>
        <translation>Kein Ereignis hat sowohl einen Server-Zeitstempel als auch eine Empfangszeit, daher gibt es keine Verzögerung zu zeichnen.</translation>
    </message>
    <message>
        <source>%1
Event %2: %3
lag %4 ms
received %5 UTC</source>
        <translation>%1
Ereignis %2: %3
Verzögerung %4 ms
empfangen %5 UTC</translation>
    </message>
    <message>
        <source>seconds, at receipt</source>
        <translation>Sekunden, bei Empfang</translation>
    </message>
    <message>
        <source>UTC at receipt (client clock)</source>
        <translation>UTC beim Empfang (Client-Uhr)</translation>
    </message>
    <message>
        <source>stall: nothing for %1 ms</source>
        <translation>Stillstand: %1 ms nichts</translation>
    </message>
    <message>
        <source>event %1 held %2 ms</source>
        <translation>Ereignis %1 %2 ms zurückgehalten</translation>
    </message>
    <message>
        <source>then events %1–%2 at once</source>
        <translation>dann Ereignisse %1–%2 auf einmal</translation>
    </message>
</context>
<context>
    <name>LagLens::Lane</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation>Chat-Dienst</translation>
    </message>
    <message>
        <source>Model proxy</source>
        <translation>Modell-Proxy</translation>
    </message>
</context>
<context>
    <name>LagLens::Milestone</name>
    <message>
        <source>submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>job created</source>
        <translation>Job erstellt</translation>
    </message>
    <message>
        <source>subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>first event</source>
        <translation>erstes Ereignis</translation>
    </message>
    <message>
        <source>first token received</source>
        <translation>erstes Token empfangen</translation>
    </message>
    <message>
        <source>first token event</source>
        <translation>Ereignis erstes Token</translation>
    </message>
    <message>
        <source>request dispatch</source>
        <translation>Weiterleitung der Anfrage</translation>
    </message>
    <message>
        <source>upstream accepted</source>
        <translation>Upstream angenommen</translation>
    </message>
    <message>
        <source>first delta</source>
        <translation>erstes Delta</translation>
    </message>
    <message>
        <source>first batch flush</source>
        <translation>Leerung des ersten Batches</translation>
    </message>
    <message>
        <source>first token emit</source>
        <translation>erstes Token gesendet</translation>
    </message>
    <message>
        <source>response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <source>executing</source>
        <translation>in Ausführung</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>LagLens::Models</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>LagLens::Notes</name>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation>die Datei ist größer als 16 MB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>notes without text or time, left out: %1</source>
        <translation>ausgelassene Notizen ohne Text oder Zeit: %1</translation>
    </message>
</context>
<context>
    <name>LagLens::OverheadModel</name>
    <message>
        <source>The direct call&apos;s whole time to first token stands against the model proxy&apos;s wait.</source>
        <translation>Der gesamten Zeit bis zum ersten Token des Direktaufrufs steht die Wartezeit des Modell-Proxys gegenüber.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Mehraufwand</translation>
    </message>
</context>
<context>
    <name>LagLens::OverviewStrip</name>
    <message>
        <source>Overview of the whole run</source>
        <translation>Übersicht über den ganzen Lauf</translation>
    </message>
    <message>
        <source>The whole of the runs, with the stretch the timeline shows framed. Click or drag to move it; the wheel zooms it.</source>
        <translation>Die Läufe als Ganzes, der in der Zeitleiste gezeigte Abschnitt eingerahmt. Klicken oder ziehen, um ihn zu verschieben; das Mausrad zoomt ihn.</translation>
    </message>
    <message>
        <source>no events in the log to show here</source>
        <translation>keine Ereignisse im Protokoll, die hier zu zeigen wären</translation>
    </message>
</context>
<context>
    <name>LagLens::Parser</name>
    <message>
        <source>lines %1-%2: text outside any log, ignored</source>
        <translation>Zeilen %1-%2: Text außerhalb eines Protokolls, ignoriert</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a chat latency diagnostic log: found no &apos;# IVCAP Chat Latency Diagnostic Log&apos; or &apos;# Direct LiteLLM Latency Diagnostic Log&apos; title and no known section</source>
        <translation>kein Chat-Latenz-Diagnoseprotokoll: weder ein Titel &apos;# IVCAP Chat Latency Diagnostic Log&apos; oder &apos;# Direct LiteLLM Latency Diagnostic Log&apos; noch eine bekannte Sektion gefunden</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>no title line before this section; read as an IVCAP chat latency log</source>
        <translation>keine Titelzeile vor dieser Sektion; als IVCAP-Chat-Latenzprotokoll gelesen</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes, shown as the replacement character</source>
        <translation>ungültige UTF-8-Bytes, als Ersatzzeichen dargestellt</translation>
    </message>
    <message>
        <source>text before the first section, ignored</source>
        <translation>Text vor der ersten Sektion, ignoriert</translation>
    </message>
    <message>
        <source>not a key=value line, ignored</source>
        <translation>keine key=value-Zeile, ignoriert</translation>
    </message>
    <message>
        <source>key before the first section, kept as an extra field</source>
        <translation>Schlüssel vor der ersten Sektion, als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; kept as extra fields</source>
        <translation>unbekannte Sektion &apos;%1&apos; als Zusatzfelder behalten</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; appears again (first on line %2); later values replace earlier ones</source>
        <translation>Sektion &apos;%1&apos; kommt erneut vor (zuerst in Zeile %2); spätere Werte ersetzen frühere</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given again (first on line %2); this later value is used</source>
        <translation>&apos;%1&apos; erneut angegeben (zuerst in Zeile %2); dieser spätere Wert wird verwendet</translation>
    </message>
    <message>
        <source>unknown run field &apos;%1&apos; kept as an extra field</source>
        <translation>unbekanntes Lauf-Feld &apos;%1&apos; als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>unknown timestamp &apos;%1&apos; kept as an extra field</source>
        <translation>unbekannter Zeitstempel &apos;%1&apos; als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a usable time: %3</source>
        <translation>%1: &apos;%2&apos; ist keine verwendbare Zeitangabe: %3</translation>
    </message>
    <message>
        <source>%1 has no time zone; read as UTC</source>
        <translation>%1 hat keine Zeitzone; als UTC gelesen</translation>
    </message>
    <message>
        <source>unknown text &apos;%1&apos; after the figure, ignored</source>
        <translation>unbekannter Text &apos;%1&apos; nach dem Wert, ignoriert</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number in range</source>
        <translation>%1: &apos;%2&apos; ist keine Zahl im gültigen Bereich</translation>
    </message>
    <message>
        <source>likely_bottleneck_ms: &apos;%1&apos; is not a whole number in range</source>
        <translation>likely_bottleneck_ms: &apos;%1&apos; ist keine ganze Zahl im gültigen Bereich</translation>
    </message>
    <message>
        <source>unknown bottleneck field &apos;%1&apos; kept as an extra field</source>
        <translation>unbekanntes Engpass-Feld &apos;%1&apos; als Zusatzfeld behalten</translation>
    </message>
    <message>
        <source>not an event line (expected &apos;N. [time] ...&apos;)</source>
        <translation>keine Ereigniszeile (erwartet: &apos;N. [time] ...&apos;)</translation>
    </message>
    <message>
        <source>event has no [time] stamp</source>
        <translation>Ereignis hat keinen [time]-Zeitstempel</translation>
    </message>
    <message>
        <source>event stamp has no closing &apos;]&apos;</source>
        <translation>Zeitstempel des Ereignisses hat kein schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>message has no closing quote; kept to the end of the line</source>
        <translation>Nachricht hat kein schließendes Anführungszeichen; bis zum Zeilenende übernommen</translation>
    </message>
    <message>
        <source>text after the message&apos;s closing quote belongs to no field, ignored: %1</source>
        <translation>Text nach dem schließenden Anführungszeichen der Nachricht gehört zu keinem Feld, ignoriert: %1</translation>
    </message>
    <message>
        <source>finished=&apos;%1&apos; is neither true nor false</source>
        <translation>finished=&apos;%1&apos; ist weder true noch false</translation>
    </message>
    <message>
        <source>seq=&apos;%1&apos; is not a sequence number</source>
        <translation>seq=&apos;%1&apos; ist keine Sequenznummer</translation>
    </message>
    <message>
        <source>unknown event fields kept: %1</source>
        <translation>unbekannte Ereignisfelder behalten: %1</translation>
    </message>
    <message>
        <source>%1 taken from this marker event (the Timestamps section lacks it)</source>
        <translation>%1 aus diesem Marker-Ereignis übernommen (fehlt in der Sektion Timestamps)</translation>
    </message>
    <message>
        <source>marker event says %1 = %2, the Timestamps section (line %3) says %4</source>
        <translation>Marker-Ereignis gibt %1 = %2 an, die Sektion Timestamps (Zeile %3) gibt %4 an</translation>
    </message>
    <message>
        <source>the file is UTF-16; read after converting it to UTF-8</source>
        <translation>die Datei ist UTF-16-kodiert; nach Umwandlung in UTF-8 gelesen</translation>
    </message>
    <message>
        <source>the UTF-16 text has invalid code units, replaced</source>
        <translation>der UTF-16-Text enthält ungültige Code-Einheiten, ersetzt</translation>
    </message>
    <message>
        <source>the file is larger than the 4 GiB LagLens can read</source>
        <translation>die Datei ist größer als die 4 GiB, die LagLens lesen kann</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a log file</source>
        <translation>dies ist ein Ordner, keine Protokolldatei</translation>
    </message>
    <message>
        <source>the file is %1 bytes; LagLens reads logs up to 4 GiB</source>
        <translation>die Datei ist %1 Bytes groß; LagLens liest Protokolle bis 4 GiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file has more than %1 lines; the rest is not read</source>
        <translation>die Datei hat mehr als %1 Zeilen; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>the file holds more than %1 logs; from this line on it is not read</source>
        <translation>die Datei enthält mehr als %1 Protokolle; ab dieser Zeile wird sie nicht gelesen</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; appears again (first on line %2); its events follow the earlier ones</source>
        <translation>Sektion &apos;%1&apos; kommt erneut vor (zuerst in Zeile %2); ihre Ereignisse folgen auf die früheren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a count (a whole number, not negative): %2</source>
        <translation>&apos;%1&apos; ist keine Anzahl (eine nicht negative ganze Zahl): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given again (first on line %2) without a usable time; the earlier value is kept</source>
        <translation>&apos;%1&apos; erneut angegeben (zuerst in Zeile %2), aber ohne verwendbare Zeitangabe; der frühere Wert bleibt erhalten</translation>
    </message>
    <message>
        <source>event stamp &apos;%1&apos; is not a usable time (%2); the event is kept without it</source>
        <translation>Ereignis-Zeitstempel &apos;%1&apos; ist keine verwendbare Zeitangabe (%2); das Ereignis wird ohne ihn übernommen</translation>
    </message>
    <message>
        <source>%1 is given twice; the later value is used</source>
        <translation>%1 ist doppelt angegeben; der spätere Wert wird verwendet</translation>
    </message>
    <message>
        <source>recv &apos;%1&apos; is not a usable time (%2); the event is kept without it</source>
        <translation>recv &apos;%1&apos; ist keine verwendbare Zeitangabe (%2); das Ereignis wird ohne diese übernommen</translation>
    </message>
    <message>
        <source>the event has no msg=&quot;...&quot; field (a cut line?)</source>
        <translation>das Ereignis hat kein Feld msg=&quot;...&quot; (eine abgeschnittene Zeile?)</translation>
    </message>
    <message>
        <source>marker event without a numeric server_emit_ts_ms; it says nothing about the clock</source>
        <translation>Marker-Ereignis ohne numerisches server_emit_ts_ms; es sagt nichts über die Uhr aus</translation>
    </message>
    <message>
        <source>marker server_emit_ts_ms %1 is not a plausible time for this run; ignored</source>
        <translation>server_emit_ts_ms %1 des Markers ist keine plausible Zeit für diesen Lauf; ignoriert</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket)</source>
        <translation>dies ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>problems on lines %2-%3 not listed one by one: %1</source>
        <translation>nicht einzeln aufgeführte Probleme in den Zeilen %2-%3: %1</translation>
    </message>
    <message>
        <source>event %1 was received %2 hours before its platform stamp, while the run&apos;s median lag is %3 ms: one of its stamps is wrong, so it is left out of the lag and clock figures</source>
        <translation>Ereignis %1 kam %2 Stunden vor seinem Plattform-Zeitstempel an, während die mittlere Verzögerung des Laufs %3 ms beträgt: Einer seiner Zeitstempel ist falsch, daher bleibt es bei Verzögerungs- und Uhrenwerten unberücksichtigt</translation>
    </message>
    <message>
        <source>event %1 was received %2 hours after its platform stamp, while the run&apos;s median lag is %3 ms: one of its stamps is wrong, so it is left out of the lag and clock figures</source>
        <translation>Ereignis %1 kam %2 Stunden nach seinem Plattform-Zeitstempel an, während die mittlere Verzögerung des Laufs %3 ms beträgt: Einer seiner Zeitstempel ist falsch, daher bleibt es bei Verzögerungs- und Uhrenwerten unberücksichtigt</translation>
    </message>
    <message>
        <source>%1… (%2 bytes in all)</source>
        <translation>%1… (%2 Bytes insgesamt)</translation>
    </message>
    <message>
        <source>unpaired surrogates in the UTF-16 text, each replaced by U+FFFD: %1</source>
        <translation>ungepaarte Surrogate im UTF-16-Text, jedes durch U+FFFD ersetzt: %1</translation>
    </message>
    <message>
        <source>the UTF-16 text ends in a lone byte, which was dropped</source>
        <translation>der UTF-16-Text endet mit einem einzelnen Byte, das verworfen wurde</translation>
    </message>
    <message>
        <source>event number %1 is out of range (at most 2147483647)</source>
        <translation>Ereignisnummer %1 liegt außerhalb des Bereichs (höchstens 2147483647)</translation>
    </message>
</context>
<context>
    <name>LagLens::RunListModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1
Job: %2
Status: %3
Time to first token: %4</source>
        <translation>%1
Job: %2
Status: %3
Zeit bis zum ersten Token: %4</translation>
    </message>
    <message>
        <source>bundled sample</source>
        <translation>mitgeliefertes Beispiel</translation>
    </message>
</context>
<context>
    <name>LagLens::RunTable</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>Erstes Token (ms)</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Dispatch (ms)</source>
        <translation>Weiterleitung (ms)</translation>
    </message>
    <message>
        <source>Model proxy (ms)</source>
        <translation>Modell-Proxy (ms)</translation>
    </message>
    <message>
        <source>Flush (ms)</source>
        <translation>Pufferleerung (ms)</translation>
    </message>
    <message>
        <source>Pipeline (ms)</source>
        <translation>Pipeline (ms)</translation>
    </message>
    <message>
        <source>Delivery (ms)</source>
        <translation>Zustellung (ms)</translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation>Stillstände</translation>
    </message>
    <message>
        <source>Longest stall (ms)</source>
        <translation>Längster Stillstand (ms)</translation>
    </message>
    <message>
        <source>Clock offset (ms)</source>
        <translation>Uhrenversatz (ms)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>LagLens::SegmentModel</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1
%2
Lane: %3</source>
        <translation>%1
%2
Spur: %3</translation>
    </message>
    <message>
        <source>Crosses clocks: its length includes their offset.</source>
        <translation>Überspannt mehrere Uhren: Seine Länge enthält deren Versatz.</translation>
    </message>
    <message>
        <source>Negative: impossible unless the clocks disagree.</source>
        <translation>Negativ: unmöglich, es sei denn, die Uhren weichen voneinander ab.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → bis</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>LagLens::StepModel</name>
    <message>
        <source>before the log</source>
        <translation>vor dem Protokoll</translation>
    </message>
    <message>
        <source>after the log</source>
        <translation>nach dem Protokoll</translation>
    </message>
    <message>
        <source>Start and finish are the platform&apos;s stamps, in seconds since submit.</source>
        <translation>Start und Ende sind die Zeitstempel der Plattform, in Sekunden seit dem Absenden.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>Start (s)</translation>
    </message>
    <message>
        <source>Finish (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
</context>
<context>
    <name>LagLens::TimelinePlot</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <source>%1  %2 ms · %3%</source>
        <translation>%1  %2 ms · %3%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1
%2 → %3
%4 ms (%5% of the time to first token)</source>
        <translation>%1
%2 → %3
%4 ms (%5% der Zeit bis zum ersten Token)</translation>
    </message>
    <message>
        <source>Crosses clocks: includes their offset.</source>
        <translation>Überspannt mehrere Uhren: enthält deren Versatz.</translation>
    </message>
    <message>
        <source>The bottleneck.</source>
        <translation>Der Engpass.</translation>
    </message>
    <message>
        <source>Benchmark entry (%1): figures only, no timeline</source>
        <translation>Benchmark-Eintrag (%1): nur Kennzahlen, keine Zeitleiste</translation>
    </message>
    <message>
        <source>time to first token %1 ms</source>
        <translation>Zeit bis zum ersten Token %1 ms</translation>
    </message>
    <message>
        <source>Seen by a status poll: happened up to 750 ms earlier.</source>
        <translation>Von einer Statusabfrage erfasst: geschah bis zu 750 ms früher.</translation>
    </message>
    <message>
        <source>From the marker event on line %1.</source>
        <translation>Aus dem Marker-Ereignis in Zeile %1.</translation>
    </message>
    <message>
        <source>Moved onto the client clock.</source>
        <translation>Auf die Client-Uhr übertragen.</translation>
    </message>
    <message>
        <source> (finish)</source>
        <translation> (Ende)</translation>
    </message>
    <message>
        <source> (start)</source>
        <translation> (Start)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Swimlane timeline</source>
        <translation>Spuren-Zeitleiste</translation>
    </message>
    <message>
        <source>seconds since submit</source>
        <translation>Sekunden seit dem Absenden</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Open a diagnostic log: File &gt; Open, drop a file here, or pass it on the command line.</source>
        <translation>Öffnen Sie ein Diagnoseprotokoll: Datei &gt; Öffnen, eine Datei hierher ziehen oder sie auf der Kommandozeile übergeben.</translation>
    </message>
    <message>
        <source>%1  %2 ms: negative, the clocks disagree</source>
        <translation>%1  %2 ms: negativ, die Uhren weichen voneinander ab</translation>
    </message>
    <message>
        <source>%1: negative, the clocks disagree</source>
        <translation>%1: negativ, die Uhren weichen voneinander ab</translation>
    </message>
    <message>
        <source>not in the log</source>
        <translation>nicht im Protokoll</translation>
    </message>
    <message>
        <source>The log lists events %1 to %2 only; what happened between the first token and event %1 is not recorded.</source>
        <translation>Das Protokoll führt nur die Ereignisse %1 bis %2 auf; was zwischen dem ersten Token und Ereignis %1 geschah, ist nicht erfasst.</translation>
    </message>
    <message>
        <source>stall: %1 ms silent, event %2 held %3 ms</source>
        <translation>Stillstand: %1 ms Stille, Ereignis %2 %3 ms zurückgehalten</translation>
    </message>
    <message>
        <source>%1 (polled)</source>
        <translation>%1 (abgefragt)</translation>
    </message>
    <message>
        <source>labels not shown: %1 (hover or zoom in)</source>
        <translation>Beschriftungen ausgeblendet: %1 (Maus darüber halten oder hineinzoomen)</translation>
    </message>
    <message>
        <source>not aligned (no %1): shown from its submit</source>
        <translation>nicht ausgerichtet (%1 fehlt): ab dem eigenen Absenden dargestellt</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>seconds since %1 (stamps as logged)</source>
        <translation>Sekunden seit %1 (Zeitstempel wie protokolliert)</translation>
    </message>
    <message>
        <source>seconds since %1 (clock-corrected)</source>
        <translation>Sekunden seit %1 (uhrenkorrigiert)</translation>
    </message>
    <message>
        <source>The first %1 of %2 selected runs are drawn; the runs table lists them all.</source>
        <translation>Gezeichnet sind die ersten %1 von %2 ausgewählten Läufen; die Lauftabelle führt alle auf.</translation>
    </message>
    <message>
        <source>not in the log: it keeps only its last events (%1)</source>
        <translation>nicht im Protokoll: Es behält nur seine letzten Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Note at %1 s:
%2</source>
        <translation>Notiz bei %1 s:
%2</translation>
    </message>
    <message>
        <source>◆ milestone, with its time since submit
▬ segment of the time to first token (vermilion: the bottleneck)
╱ event: platform stamp to client receipt (grey)
   orange: delivered in a burst; red: first after a stall
▭ band before a polled milestone: when it really happened
▨ hatched: events the log does not hold
Keys: W/S zoom, A/D pan, Backspace back, M ruler, F1 help</source>
        <translation>◆ Meilenstein, mit seiner Zeit seit dem Absenden
▬ Abschnitt der Zeit bis zum ersten Token (zinnoberrot: der Engpass)
╱ Ereignis: Plattform-Zeitstempel bis Empfang beim Client (grau)
   orange: in einem Schub zugestellt; rot: erstes nach einem Stillstand
▭ Band vor einem abgefragten Meilenstein: wann er wirklich eintrat
▨ schraffiert: Ereignisse, die das Protokoll nicht enthält
Tasten: W/S zoomen, A/D verschieben, Rücktaste zurück, M Lineal, F1 Hilfe</translation>
    </message>
    <message>
        <source>Pin a &amp;Note Here…</source>
        <translation>Hier eine &amp;Notiz anheften…</translation>
    </message>
    <message>
        <source>&amp;Measure with the Ruler</source>
        <translation>Mit dem Lineal &amp;messen</translation>
    </message>
    <message>
        <source>&amp;Clear Measurements</source>
        <translation>Messungen &amp;löschen</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)
%3, %4
%5 since submit</source>
        <translation>%1 (%2)
%3, %4
%5 seit dem Absenden</translation>
    </message>
    <message>
        <source>Event %1: %2%3
stamped %4 (platform clock), %5 since submit
received %6 (client clock), %7 since submit
lag %8
%9</source>
        <translation>Ereignis %1: %2%3
Zeitstempel %4 (Plattform-Uhr), %5 seit dem Absenden
empfangen %6 (Client-Uhr), %7 seit dem Absenden
Verzögerung %8
%9</translation>
    </message>
    <message>
        <source>UTC on the client clock of %1; the other runs are shifted onto it</source>
        <translation>UTC auf der Client-Uhr von %1; die anderen Läufe sind darauf verschoben</translation>
    </message>
    <message>
        <source>UTC on the client clock</source>
        <translation>UTC auf der Client-Uhr</translation>
    </message>
    <message>
        <source>stall: %1 ms</source>
        <translation>Stillstand: %1 ms</translation>
    </message>
    <message>
        <source>hidden labels: %1</source>
        <translation>ausgeblendete Beschriftungen: %1</translation>
    </message>
</context>
<context>
    <name>LagLens::Timestamp</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LagLens</source>
        <translation>LagLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open one or more diagnostic logs</source>
        <translation>Ein oder mehrere Diagnoseprotokolle öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Run</source>
        <translation>Lauf &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Clock-Corrected Stamps</source>
        <translation>&amp;Uhrenkorrigierte Zeitstempel</translation>
    </message>
    <message>
        <source>Move platform and chat service stamps onto the client clock by the estimated offsets</source>
        <translation>Zeitstempel von Plattform und Chat-Dienst um den geschätzten Uhrenversatz auf die Client-Uhr verschieben</translation>
    </message>
    <message>
        <source>&amp;Fit to Runs</source>
        <translation>Auf Läufe &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LagLens</source>
        <translation>&amp;Über LagLens</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Load problems</source>
        <translation>Ladeprobleme</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Loaded runs; select several to compare</source>
        <translation>Geladene Läufe; mehrere auswählen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Events of the current run</source>
        <translation>Ereignisse des aktuellen Laufs</translation>
    </message>
    <message>
        <source>Diagnostics of the current run</source>
        <translation>Diagnosen des aktuellen Laufs</translation>
    </message>
    <message>
        <source>Streamed answer text</source>
        <translation>Gestreamter Antworttext</translation>
    </message>
    <message>
        <source>Files that could not be loaded</source>
        <translation>Dateien, die nicht geladen werden konnten</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>Antw&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Load Problems</source>
        <translation>&amp;Ladeprobleme</translation>
    </message>
    <message>
        <source>Nothing to open: the folder holds no files.</source>
        <translation>Nichts zu öffnen: Der Ordner enthält keine Dateien.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Runs open: %1.</source>
        <translation>Geöffnete Läufe: %1.</translation>
    </message>
    <message>
        <source>Files that could not be loaded: %1.</source>
        <translation>Dateien, die nicht geladen werden konnten: %1.</translation>
    </message>
    <message>
        <source>%1 – LagLens</source>
        <translation>%1 – LagLens</translation>
    </message>
    <message>
        <source>Open Diagnostic Logs</source>
        <translation>Diagnoseprotokolle öffnen</translation>
    </message>
    <message>
        <source>Diagnostic logs (*.log *.txt *.md *.json);;All files (*)</source>
        <translation>Diagnoseprotokolle (*.log *.txt *.md *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>About LagLens</source>
        <translation>Über LagLens</translation>
    </message>
    <message>
        <source>LagLens %1

Shows where the time went in a streamed chat answer: it reads chat latency diagnostic logs and draws a swimlane timeline, a per-event lag chart and a bottleneck verdict that accounts for clock skew, clamped figures and mid-stream stalls.</source>
        <translation>LagLens %1

Zeigt, wo bei einer gestreamten Chat-Antwort die Zeit geblieben ist: Es liest Chat-Latenz-Diagnoseprotokolle und zeichnet eine Spuren-Zeitleiste, ein Verzögerungsdiagramm je Ereignis und einen Engpass-Befund, der Uhrenabweichung, auf 0 begrenzte Kennzahlen und Stillstände mitten im Stream berücksichtigt.</translation>
    </message>
    <message>
        <source>Steps of the current run</source>
        <translation>Schritte des aktuellen Laufs</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Reassembled from the answer&apos;s chunks in the log. The log collapses whitespace, so words at chunk boundaries can run together; a log that keeps only its last events starts mid-answer.</source>
        <translation>Aus den Chunks der Antwort im Protokoll zusammengesetzt. Das Protokoll fasst Leerraum zusammen, daher können Wörter an Chunk-Grenzen zusammenlaufen; ein Protokoll, das nur seine letzten Ereignisse behält, beginnt mitten in der Antwort.</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 files could not be loaded; the others are open. Last: %2</source>
        <translation>%1 Dateien konnten nicht geladen werden; die übrigen sind geöffnet. Zuletzt: %2</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Export Runs &amp;Table…</source>
        <translation>Lauftabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Distribution PNG…</source>
        <translation>&amp;Verteilung als PNG exportieren…</translation>
    </message>
    <message>
        <source>Milestone the compared runs are aligned at</source>
        <translation>Meilenstein, an dem die verglichenen Läufe ausgerichtet werden</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Filter runs (file, job, status, bottleneck…)</source>
        <translation>Läufe filtern (Datei, Job, Status, Engpass…)</translation>
    </message>
    <message>
        <source>Filter the runs table</source>
        <translation>Lauftabelle filtern</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>Baseline run of the comparison</source>
        <translation>Referenzlauf des Vergleichs</translation>
    </message>
    <message>
        <source>Figures of the selected runs against the baseline</source>
        <translation>Kennzahlen der ausgewählten Läufe im Vergleich zur Referenz</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled. Runs open: %1.</source>
        <translation>Laden abgebrochen. Geöffnete Läufe: %1.</translation>
    </message>
    <message>
        <source>Open Folder of Logs</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Export Runs Table</source>
        <translation>Lauftabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Distribution</source>
        <translation>Verteilung exportieren</translation>
    </message>
    <message>
        <source>Find in step or message</source>
        <translation>In Schritt oder Nachricht suchen</translation>
    </message>
    <message>
        <source>Filter events by step or message</source>
        <translation>Ereignisse nach Schritt oder Nachricht filtern</translation>
    </message>
    <message>
        <source>any lag</source>
        <translation>jede Verzögerung</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>lag ≥ </source>
        <translation>Verzögerung ≥ </translation>
    </message>
    <message>
        <source>Show only events with at least this lag</source>
        <translation>Nur Ereignisse mit mindestens dieser Verzögerung anzeigen</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… %1 weitere Zeichen nicht angezeigt]</translation>
    </message>
    <message>
        <source>Al&amp;ign at:</source>
        <translation>Aus&amp;richten an:</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>Ver&amp;teilung</translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Files to load: %1…</source>
        <translation>Zu ladende Dateien: %1…</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the timeline and lag chart of the selected runs as PNG, SVG or PDF</source>
        <translation>Zeitleiste und Verzögerungsdiagramm der ausgewählten Läufe als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Da&amp;ten exportieren</translation>
    </message>
    <message>
        <source>&amp;Events as CSV…</source>
        <translation>&amp;Ereignisse als CSV…</translation>
    </message>
    <message>
        <source>&amp;Chrome Trace (Perfetto)…</source>
        <translation>&amp;Chrome-Trace (Perfetto)…</translation>
    </message>
    <message>
        <source>&amp;OpenTelemetry Spans (OTLP JSON)…</source>
        <translation>&amp;OpenTelemetry-Spans (OTLP-JSON)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>&amp;Measure with the Ruler</source>
        <translation>Mit dem Lineal &amp;messen</translation>
    </message>
    <message>
        <source>Click a marker, then another: the time between them stays on screen and in exports</source>
        <translation>Eine Markierung anklicken, dann eine zweite: Die Zeit dazwischen bleibt auf dem Bildschirm und in Exporten</translation>
    </message>
    <message>
        <source>C&amp;lear Measurements</source>
        <translation>Messungen &amp;löschen</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gende</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Click an event here or in the timeline to see all of it.</source>
        <translation>Ein Ereignis hier oder in der Zeitleiste anklicken, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation>Einzelheiten des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The picture of the time on screen is on the clipboard.</source>
        <translation>Das Bild der Zeit auf dem Bildschirm liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Event %1, line %2
step: %3%4
seq: %5
stamped:  %6 (platform clock)
received: %7 (client clock)
lag: %8

%9</source>
        <translation>Ereignis %1, Zeile %2
Schritt: %3%4
Sequenz: %5
Zeitstempel: %6 (Plattform-Uhr)
empfangen:   %7 (Client-Uhr)
Verzögerung: %8

%9</translation>
    </message>
    <message>
        <source> (finish)</source>
        <translation> (Ende)</translation>
    </message>
    <message>
        <source> (start)</source>
        <translation> (Beginn)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>meta: %1</source>
        <translation>Metadaten: %1</translation>
    </message>
    <message>
        <source>other fields: %1</source>
        <translation>weitere Felder: %1</translation>
    </message>
    <message>
        <source>The notes beside %1 could not be read: %2</source>
        <translation>Die Notizen neben %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Pin a Note</source>
        <translation>Notiz anheften</translation>
    </message>
    <message>
        <source>Note at %1 s in the %2 lane of %3:</source>
        <translation>Notiz bei %1 s in der Spur %2 von %3:</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>Absolute &amp;UTC Time</source>
        <translation>Absolute &amp;UTC-Zeit</translation>
    </message>
    <message>
        <source>Label the time axes with UTC times of day instead of seconds since submit</source>
        <translation>Die Zeitachsen mit UTC-Uhrzeiten statt Sekunden seit dem Absenden beschriften</translation>
    </message>
    <message>
        <source>Timeline
  W / S                   zoom in / out
  A / D                   pan earlier / later
  Shift+drag              zoom into a stretch of time
  drag, wheel             pan, zoom around the pointer
  Backspace, Alt+Left     back to the previous zoom
  Alt+Right               forward again
  Ctrl+0                  fit to the runs
  M                       ruler: click a marker, then another
  Esc                     clear the measurements
  L                       legend
  right click             pin a note, ruler, legend
  click an event          select it in the lag chart and the events table

Window
  Ctrl+O / Ctrl+Shift+O   open logs / a folder
  Ctrl+E                  export the picture (PNG, SVG, PDF)
  Ctrl+C                  copy the picture
  Ctrl+K                  clock-corrected stamps
  Ctrl+U                  UTC times on the time axes
  F1 or ?                 this help</source>
        <translation>Zeitleiste
  W / S                     vergrößern / verkleinern
  A / D                     früher / später
  Umschalt+Ziehen           in einen Zeitabschnitt zoomen
  Ziehen, Mausrad           verschieben, um den Zeiger zoomen
  Rücktaste, Alt+Links      zurück zum vorigen Zoom
  Alt+Rechts                wieder vorwärts
  Strg+0                    auf die Läufe einpassen
  M                         Lineal: eine Markierung anklicken, dann eine zweite
  Esc                       die Messungen löschen
  L                         Legende
  Rechtsklick               Notiz anheften, Lineal, Legende
  Ereignis anklicken        im Verzögerungsdiagramm und in der Ereignistabelle auswählen

Fenster
  Strg+O / Strg+Umschalt+O  Protokolle / einen Ordner öffnen
  Strg+E                    das Bild exportieren (PNG, SVG, PDF)
  Strg+C                    das Bild kopieren
  Strg+K                    uhrkorrigierte Zeitstempel
  Strg+U                    UTC-Uhrzeiten auf den Zeitachsen
  F1 oder ?                 diese Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1: the file was deleted or moved; its runs stay open as last read.</source>
        <translation>%1: Die Datei wurde gelöscht oder verschoben; ihre Läufe bleiben so geöffnet, wie sie zuletzt gelesen wurden.</translation>
    </message>
    <message>
        <source>reloading failed (%1); its runs stay open as last read.</source>
        <translation>Neu laden fehlgeschlagen (%1); ihre Läufe bleiben so geöffnet, wie sie zuletzt gelesen wurden.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>La&amp;nes</source>
        <translation>&amp;Bahnen</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>C&amp;hat Service</source>
        <translation>C&amp;hat-Dienst</translation>
    </message>
    <message>
        <source>&amp;Model Proxy</source>
        <translation>&amp;Modell-Proxy</translation>
    </message>
</context>
</TS>
