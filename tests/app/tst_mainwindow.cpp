#include "bottleneckpanel.h"
#include "mainwindow.h"
#include "runview.h"

#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTableView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LagLens;

// Drives the real main window offscreen: opening files and folders, dropping them, and what the
// window then shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensFilesAndReportsTheOneThatFails();
    void opensAFolderAndComparesAFew();
    void acceptsDroppedFiles();
    void togglesClockCorrection();
    void clickedEventIsShownInTheTableAndDetails();
    void findNarrowsTheEvents();
    void menuFollowsTheTimelinesOwnSwitches();
    void reloadsARewrittenLogKeepingTheZoom();
    void keepsTheRunsOfADeletedLog();
    void remembersRecentFiles();
    void showsItsIcon();
    void remembersCollapsedLanes();

private:
    static QString data(const char *name) { return QStringLiteral(LAGLENS_TEST_DATA "/") + QLatin1String(name); }
    static void waitForLoad(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QVERIFY(finished.wait(10000));
    }
};

void TestMainWindow::initTestCase()
{
    // The window remembers its state; tests start from none.
    QCoreApplication::setOrganizationName(QStringLiteral("LagLens-tests"));
    QSettings().clear();
}

void TestMainWindow::opensFilesAndReportsTheOneThatFails()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths({ data("seed-run.log"), data("not-a-log.txt"), data("incident-note.md") });
    waitForLoad(window);

    QCOMPARE(window.runModel()->rowCount(), 3); // the sample and the note's two logs
    QCOMPARE(window.loadProblems().size(), 1);
    QVERIFY(window.loadProblems().first().contains(QLatin1String("not-a-log.txt")));
    QCOMPARE(window.runView()->runs().size(), 3); // compared, one above the other
    QCOMPARE(window.bottleneckPanel()->findingTexts().first(),
             QStringLiteral("Bottleneck: model proxy time to first delta, 9976 ms of the 14579 ms time to first token (68.4%)."));
}

void TestMainWindow::opensAFolderAndComparesAFew()
{
    QTemporaryDir dir;
    for (int i = 0; i < 6; ++i)
        QVERIFY(QFile::copy(data("skewed-run.log"), dir.filePath(QStringLiteral("run-%1.log").arg(i))));
    MainWindow window;
    window.show();
    window.openPaths({ dir.path() });
    waitForLoad(window);
    QCOMPARE(window.runModel()->rowCount(), 6);
    QCOMPARE(window.runView()->runs().size(), 4); // more would be too crowded to read
    QVERIFY(window.loadProblems().isEmpty());
}

void TestMainWindow::acceptsDroppedFiles()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(data("direct-run.log")) });
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    waitForLoad(window);
    QCOMPARE(window.runModel()->rowCount(), 1);
    QCOMPARE(window.runModel()->at(0).run->format, LogFormat::Direct);
}

void TestMainWindow::togglesClockCorrection()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths({ data("skewed-run.log") });
    waitForLoad(window);
    QCOMPARE(window.runView()->clockView(), ClockView::Raw);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.runView()->clockView(), ClockView::Corrected);
    QVERIFY(window.bottleneckPanel()->findingTexts().first().contains(QLatin1String("3600 ms")));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.runView()->clockView(), ClockView::Raw);
}

void TestMainWindow::clickedEventIsShownInTheTableAndDetails()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths({ data("seed-run.log") });
    waitForLoad(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *details = window.findChild<QPlainTextEdit *>(QStringLiteral("eventDetails"));
    QVERIFY(table && details);

    // The seventh listed event (step chat:tokens:14, seq 9937) is on line 57 of the log.
    const std::optional<QPointF> stamp = window.runView()->eventPosition(0, 6, false);
    QVERIFY(stamp);
    QTest::mouseClick(window.runView()->timelineWidget(), Qt::LeftButton, {}, stamp->toPoint());
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toInt(), 7); // the # column
    QVERIFY2(details->toPlainText().startsWith(QLatin1String("Event 7, line 57\nstep: chat:tokens:14 (finish)\nseq: 9937\n")),
             qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().endsWith(QLatin1String("\n\ncompleted")));
    QCOMPARE(window.runView()->selectedEvent(), qMakePair(0, 6));
}

void TestMainWindow::findNarrowsTheEvents()
{
    MainWindow window;
    window.show();
    window.openPaths({ data("seed-run.log") });
    waitForLoad(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("eventFilter"));
    QVERIFY(table && find);
    QCOMPARE(table->model()->rowCount(), 40); // the log lists its last 40 events
    // 19 events say only "completed", and the last step's says "Completed streaming 492 chunks":
    // finding ignores case.
    QTest::keyClicks(find, QStringLiteral("completed"));
    QCOMPARE(table->model()->rowCount(), 20);
    QTest::keyClicks(find, QStringLiteral("!"));
    QCOMPARE(table->model()->rowCount(), 0);
    find->clear();
    QCOMPARE(table->model()->rowCount(), 40);
}

void TestMainWindow::menuFollowsTheTimelinesOwnSwitches()
{
    MainWindow window;
    window.show();
    window.openPaths({ data("seed-run.log") });
    waitForLoad(window);
    QAction *ruler = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_M))
            ruler = action;
    }
    QVERIFY(ruler);
    QVERIFY(!ruler->isChecked());
    window.runView()->setRulerMode(true); // as the timeline's context menu does
    QVERIFY(ruler->isChecked());
    ruler->trigger();
    QVERIFY(!window.runView()->rulerMode());
}

void TestMainWindow::reloadsARewrittenLogKeepingTheZoom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.log"));
    QVERIFY(QFile::copy(data("seed-run.log"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    MainWindow window;
    window.show();
    window.openPaths({ path });
    waitForLoad(window);
    window.runView()->setVisibleRange(10, 20);

    // The first token now arrives a second later: 14579 + 1000 = 15579 ms to first token, of
    // which the model proxy's 9976 ms are 64.0%.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    QVERIFY(text.contains("first_token_client_received_at=2026-02-12T02:46:56.866Z"));
    text.replace("first_token_client_received_at=2026-02-12T02:46:56.866Z",
                 "first_token_client_received_at=2026-02-12T02:46:57.866Z");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QTRY_COMPARE(window.bottleneckPanel()->findingTexts().first(),
                 QStringLiteral("Bottleneck: model proxy time to first delta, 9976 ms of the 15579 ms time to first token (64.0%)."));
    QCOMPARE(window.runModel()->rowCount(), 1);
    QCOMPARE(window.runView()->runs().size(), 1);
    QCOMPARE(window.runView()->visibleRange(), qMakePair(10.0, 20.0));

    // A second log appended to the file becomes a second run of it.
    QVERIFY(file.open(QIODevice::Append));
    QFile second(data("skewed-run.log"));
    QVERIFY(second.open(QIODevice::ReadOnly));
    file.write("\n" + second.readAll());
    file.close();
    QTRY_COMPARE(window.runModel()->rowCount(), 2);
    QCOMPARE(window.runView()->visibleRange(), qMakePair(10.0, 20.0));
    QVERIFY(window.loadProblems().isEmpty());
}

void TestMainWindow::keepsTheRunsOfADeletedLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.log"));
    QVERIFY(QFile::copy(data("seed-run.log"), path));
    MainWindow window;
    window.show();
    window.openPaths({ path });
    waitForLoad(window);
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE(window.loadProblems().size(), 1);
    QVERIFY2(window.loadProblems().first().contains(QLatin1String("gone.log: the file was deleted or moved")),
             qPrintable(window.loadProblems().first()));
    QCOMPARE(window.runModel()->rowCount(), 1);
    QCOMPARE(window.bottleneckPanel()->findingTexts().first(),
             QStringLiteral("Bottleneck: model proxy time to first delta, 9976 ms of the 14579 ms time to first token (68.4%)."));
}

void TestMainWindow::remembersRecentFiles()
{
    QSettings().remove(QStringLiteral("recent"));
    MainWindow window;
    window.openPaths({ data("seed-run.log") });
    waitForLoad(window);
    window.openPaths({ data("skewed-run.log"), data("seed-run.log") });
    waitForLoad(window);
    // Newest first, each once.
    QCOMPARE(MainWindow::recentPaths(), QStringList({ data("seed-run.log"), data("skewed-run.log") }));

    QMenu *recent = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QLatin1String("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    QMetaObject::invokeMethod(recent, "aboutToShow");
    const QList<QAction *> actions = recent->actions();
    QVERIFY(actions.size() >= 2);
    QVERIFY2(actions[0]->text().endsWith(QLatin1String("seed-run.log")), qPrintable(actions[0]->text()));
    actions[1]->trigger(); // opens skewed-run.log again
    waitForLoad(window);
    QCOMPARE(window.runModel()->rowCount(), 4);
    QCOMPARE(MainWindow::recentPaths().first(), data("skewed-run.log"));
}

void TestMainWindow::showsItsIcon()
{
    MainWindow window;
    // Drawn from the SVG: a pixmap at any size, and the icon's dark blue at its centre.
    const QImage image = window.windowIcon().pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QCOMPARE(image.pixelColor(8, 32), QColor(0x1f, 0x3b, 0x5c));
}

void TestMainWindow::remembersCollapsedLanes()
{
    {
        MainWindow window;
        auto *view = window.findChild<RunView *>();
        QVERIFY(view);
        QVERIFY(!view->isLaneCollapsed(Lane::ChatService));
        view->setLaneCollapsed(Lane::ChatService, true);
    }
    MainWindow again;
    auto *view = again.findChild<RunView *>();
    QVERIFY(view->isLaneCollapsed(Lane::ChatService));
    QVERIFY(!view->isLaneCollapsed(Lane::Client));
    // The View > Lanes menu says the same.
    const QList<QAction *> actions = again.findChildren<QAction *>();
    const auto lane = std::find_if(actions.cbegin(), actions.cend(),
                                   [](const QAction *a) { return a->text() == QStringLiteral("C&hat Service"); });
    QVERIFY(lane != actions.cend());
    QVERIFY(!(*lane)->isChecked());
    (*lane)->trigger();
    QVERIFY(!view->isLaneCollapsed(Lane::ChatService));
    QCOMPARE(QSettings().value(QStringLiteral("view/collapsedLanes")).toInt(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
