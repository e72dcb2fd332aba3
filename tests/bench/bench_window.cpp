// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Build and run (no display needed: it uses the offscreen platform unless QT_QPA_PLATFORM says otherwise):
//   cmake --preset release && cmake --build --preset release --target bench_window && build/release/bin/bench_window
//
// What the whole window costs on top of the core, on generated workspaces (1,000 and 10,000
// objects, in one file and in 100 files):
//   - open until idle: creating and showing MainWindow and openPaths() until the event loop has
//     nothing left to do, against `backend-workbench validate` of the same folder (wall clock of
//     that process, so it includes its start and exit, which the window's figure does not);
//   - peak RSS of the process that opened the window, against that of `validate`;
//   - keystroke -> fresh diagnostics: a "9" typed into (or Backspace in) the YAML view of a
//     Backend in the middle of the workspace, and its port changed in the Form view; from the
//     event until idle, median and 95th percentile.
// Every measurement runs in a process of its own (this program with --child), so each peak RSS
// is that measurement's alone, and a hung or very slow one is killed after --timeout seconds.
//
// Options: --only 1000x1[,10000x100...]  --samples N (50)  --timeout S (per child, 900)
//          --keep DIR (write the workspaces to DIR/<objects>x<files> and keep them)
// A child can be run alone, e.g. under perf:
//   build/release/bin/bench_window --keep /tmp/bw-ws --only 1000x1 --samples 3
//   perf record -g build/release/bin/bench_window --child yaml /tmp/bw-ws/1000x1 --objects 1000 --samples 3
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QQuickWindow>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

#include "editors/formview.h"
#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "models/topologymodel.h"
#include "topology/topologyview.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"
#include "workspacegenerator.h"

extern char** environ;

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace bw;

namespace {

constexpr auto kIdleBound = 120s;
constexpr double kSlowKeystrokeMs = 10'000;
constexpr int kSamplesWhenSlow = 3;
const QString kPortField = u"spec.endpoints[0].fqdn.port"_s;

// ---- the child: one measurement in a window of its own ----------------------------------

// True while the window has work on a worker thread: the checks of a change, the layout of
// the topology graph.
bool backgroundWorkPending(const MainWindow& window)
{
    return window.workspace()->checksPending() || window.topology()->model()->isBuilding();
}

// Runs the event loop until it has nothing left to do: no work pending on a worker thread,
// and a 0 ms single-shot timer comes back in under a millisecond, twice in a row. Anything
// queued behind the timer (repaints, a form rebuild posted by an edit, deferred deletes)
// delays it, so the time until idle includes that work. False when the bound passed first.
bool waitUntilIdle(const MainWindow& window, std::chrono::milliseconds bound = kIdleBound)
{
    QElapsedTimer total;
    total.start();
    int quietRounds = 0;
    while (quietRounds < 2) {
        if (total.hasExpired(bound.count()))
            return false;
        if (backgroundWorkPending(window)) {
            // Sleep in the event loop until the worker reports back: spinning here would take
            // one of the two cores from it. The timer bounds the sleep.
            QTimer wake;
            wake.setSingleShot(true);
            wake.start(50);
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            quietRounds = 0;
            continue;
        }
        QObject context; // a timer left behind when the bound passes must not fire into this frame
        bool fired = false;
        QTimer::singleShot(0, &context, [&fired] { fired = true; });
        QElapsedTimer round;
        round.start();
        while (!fired) {
            if (total.hasExpired(bound.count()))
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        quietRounds = round.nsecsElapsed() < 1'000'000 ? quietRounds + 1 : 0;
    }
    return true;
}

// Applies what was typed now rather than after the typing pause (DocumentBuffer::kTypingDelayMs):
// the pause is by design, what is measured is the work after it.
void commitTyping(MainWindow& window, int documentId)
{
    window.workspace()->commitTyping(documentId);
}

// Results go to stdout one line at a time and flushed at once, so the parent still reads what
// was measured when it has to kill a child that ran out of time.
void report(const QString& line)
{
    static QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

int fail(const QString& message)
{
    report(u"error "_s + message);
    return 3;
}

ResourceKey middleBackend(int objects)
{
    const int group = bench::middleGroup(objects);
    return { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"team-%1"_s.arg(group % bench::kNamespaces),
        u"api-%1"_s.arg(group) };
}

// Samples `sample(i)` (which returns milliseconds) up to `samples` times; once one took over
// 10 s, stops at three, so that today's slow paths still end in reasonable time.
template <typename F> void sampleSeries(int samples, F&& sample)
{
    bool slow = false;
    for (int i = 0; i < samples; ++i) {
        const std::optional<double> ms = sample(i);
        if (!ms)
            return;
        slow = slow || *ms > kSlowKeystrokeMs;
        if (slow && i + 1 >= kSamplesWhenSlow && i + 1 < samples) {
            report(u"cutoff"_s);
            return;
        }
    }
}

int childMain(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's session
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the Topology tab, without a GPU
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return fail(u"usage: --child open|yaml|form DIR --objects N [--samples N]"_s);
    const QString mode = args.at(2);
    const QString dir = args.at(3);
    int objects = 0;
    int samples = 50;
    for (qsizetype i = 4; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--objects")
            objects = args.at(i + 1).toInt();
        else if (args.at(i) == u"--samples")
            samples = args.at(i + 1).toInt();
    }
    if (objects <= 0 || samples <= 0 || !QFileInfo(dir).isDir())
        return fail(u"bad arguments"_s);
    QSettings().clear(); // every run starts from the same (empty) recent list and layout
    QTemporaryDir recovery;
    if (!recovery.isValid())
        return fail(u"no temporary directory"_s);

    QElapsedTimer open;
    open.start();
    MainWindow window;
    window.setRecoveryDirectory(recovery.path());
    window.show();
    window.openPaths({ dir });
    const bool openIdle = waitUntilIdle(window);
    report(u"open %1 %2"_s.arg(open.nsecsElapsed() / 1e9, 0, 'f', 4).arg(int(openIdle)));
    const auto* problems = window.findChild<QTreeView*>(u"problemsView"_s);
    report(u"loaded %1 %2"_s.arg(window.workspace()->allResources().size())
               .arg(problems ? problems->model()->rowCount() : -1));
    if (mode == u"open") {
        // The workspace tree at this size: filtering it (a name that a few objects match),
        // clearing the filter, and opening every file to show its objects.
        auto* tree = window.findChild<QTreeView*>(u"workspaceView"_s);
        auto* filter = window.findChild<QLineEdit*>(u"workspaceFilter"_s);
        if (tree && filter) {
            const auto timed = [&](auto&& action) {
                QElapsedTimer t;
                t.start();
                action();
                waitUntilIdle(window);
                return t.nsecsElapsed() / 1e6;
            };
            const double filtering = timed([&] { filter->setText(u"api-77"_s); });
            const double clearing = timed([&] { filter->clear(); });
            tree->collapseAll();
            waitUntilIdle(window);
            const double expanding = timed([&] { tree->expandToDepth(0); });
            report(u"tree %1 %2 %3"_s.arg(filtering, 0, 'f', 2).arg(clearing, 0, 'f', 2).arg(expanding, 0, 'f', 2));
        }
    }
    if (mode == u"open")
        return 0;

    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window, 5000))
        return fail(u"the window did not become active"_s);
    ResourceEditor* editor = window.openResource(middleBackend(objects));
    if (!editor || !editor->form())
        return fail(u"no editor for "_s + middleBackend(objects).toString());
    const int documentId = editor->documentId();

    if (mode == u"yaml") {
        editor->setCurrentWidget(editor->yaml());
        YamlEditor* yaml = editor->yaml();
        const QString text = yaml->toPlainText();
        const qsizetype object = text.indexOf(u"\n  name: "_s + middleBackend(objects).name + u'\n');
        qsizetype port = object < 0 ? -1 : text.indexOf(u"port: 443"_s, object);
        if (port < 0)
            return fail(u"no port: 443 in the YAML view"_s);
        // 6553 first: then each keystroke toggles a problem, "9" making it 65539 (out of
        // range, BW0103 on the Backend and the route's ref) and Backspace taking it away again,
        // so every sample waits for problems that really change.
        {
            QTextCursor select = yaml->textCursor();
            select.setPosition(int(port + 6));
            select.setPosition(int(port + 9), QTextCursor::KeepAnchor);
            select.insertText(u"6553"_s);
            commitTyping(window, documentId);
            waitUntilIdle(window);
        }
        QTextCursor cursor = yaml->textCursor();
        cursor.setPosition(int(port + 10)); // right after the value
        yaml->setTextCursor(cursor);
        yaml->centerCursor();
        yaml->setFocus();
        waitUntilIdle(window);
        const qsizetype at = [&] {
            const QByteArray& bytes = window.workspace()->document(documentId)->text();
            const QByteArray name = "  name: " + middleBackend(objects).name.toUtf8() + '\n';
            return bytes.indexOf("port: 6553", bytes.indexOf(name));
        }();
        const auto* problems = window.findChild<QTreeView*>(u"problemsView"_s);
        sampleSeries(samples, [&](int i) -> std::optional<double> {
            const bool type = i % 2 == 0;
            QElapsedTimer t;
            t.start();
            QTest::keyClick(yaml, type ? Qt::Key_9 : Qt::Key_Backspace);
            commitTyping(window, documentId);
            const bool idle = waitUntilIdle(window);
            const double ms = t.nsecsElapsed() / 1e6;
            report(u"sample %1 %2"_s.arg(ms, 0, 'f', 3).arg(int(idle)));
            const QByteArray expected = type ? "port: 65539\n" : "port: 6553\n";
            if (window.workspace()->document(documentId)->text().mid(at, expected.size()) != expected) {
                fail(u"the keystroke did not reach the document"_s);
                return std::nullopt;
            }
            // The problem is shown (or gone) once idle: the sample timed fresh problems.
            bool shown = false;
            for (int r = 0; problems && r < problems->model()->rowCount(); ++r)
                shown = shown || problems->model()->index(r, 1).data().toString() == u"BW0103"_s;
            if (shown != type) {
                fail(u"the Problems dock does not show the problem of the text typed"_s);
                return std::nullopt;
            }
            return ms;
        });
    } else if (mode == u"form") {
        editor->setCurrentWidget(editor->form());
        waitUntilIdle(window);
        sampleSeries(samples, [&](int i) -> std::optional<double> {
            auto* spin = editor->form()->findChild<QSpinBox*>(kPortField);
            if (!spin) {
                fail(u"no spin box "_s + kPortField);
                return std::nullopt;
            }
            QElapsedTimer t;
            t.start();
            spin->setValue(i % 2 == 0 ? 444 : 443);
            const bool idle = waitUntilIdle(window);
            const double ms = t.nsecsElapsed() / 1e6;
            report(u"sample %1 %2"_s.arg(ms, 0, 'f', 3).arg(int(idle)));
            return ms;
        });
    } else {
        return fail(u"unknown mode "_s + mode);
    }
    report(u"done"_s);
    // Exit without closing the window: closeEvent would store a session, even if only in the
    // test settings.
    return 0;
}

// ---- the parent: workspaces, child processes, the report ---------------------------------

struct ChildRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when it did not exit normally
    int signal = 0;
    double wallSeconds = 0;
    double peakRssMiB = 0;
    QStringList lines; // its stdout
    QString errorTail; // the end of its stderr
};

double monotonicSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Runs `program` with `arguments`, stdout and stderr to files in `logDir`, and reaps it with
// wait4() for its rusage: ru_maxrss is the peak RSS of that process alone (Linux: in KiB).
// Killed (SIGKILL, by its pid) after `timeoutSeconds`.
ChildRun runChild(const QString& program, const QStringList& arguments, const QString& logDir, const QString& name,
    double timeoutSeconds)
{
    ChildRun run;
    const QByteArray outPath = QFile::encodeName(QDir(logDir).filePath(name + u".out"_s));
    const QByteArray errPath = QFile::encodeName(QDir(logDir).filePath(name + u".err"_s));
    std::vector<QByteArray> storage { QFile::encodeName(program) };
    for (const QString& a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const double start = monotonicSeconds();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.errorTail = QString::fromLocal8Bit(strerror(spawned));
        return run;
    }
    run.started = true;

    int status = 0;
    rusage usage {};
    pid_t reaped = 0;
    // Polled every millisecond: a bound on the wait, and at most that much added to the wall time.
    const timespec tick { 0, 1'000'000 };
    while ((reaped = wait4(pid, &status, WNOHANG, &usage)) == 0) {
        if (monotonicSeconds() - start > timeoutSeconds) {
            run.timedOut = true;
            kill(pid, SIGKILL);
            const double killedAt = monotonicSeconds();
            while ((reaped = wait4(pid, &status, WNOHANG, &usage)) == 0 && monotonicSeconds() - killedAt < 10)
                nanosleep(&tick, nullptr);
            break;
        }
        nanosleep(&tick, nullptr);
    }
    run.wallSeconds = monotonicSeconds() - start;
    if (reaped == pid) {
        run.peakRssMiB = double(usage.ru_maxrss) / 1024.0;
        if (WIFEXITED(status))
            run.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            run.signal = WTERMSIG(status);
    }
    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.lines = QString::fromLocal8Bit(out.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.errorTail = QString::fromLocal8Bit(err.readAll().right(600)).trimmed();
    return run;
}

struct Series
{
    std::vector<double> ms; // in the order measured
    bool cutOff = false;
    bool allIdle = true;
    QString problem; // why it has fewer samples than asked, other than the cut-off
};

Series readSeries(const ChildRun& run, int samples, double timeoutSeconds)
{
    Series s;
    bool done = false;
    for (const QString& line : run.lines) {
        const QStringList f = line.split(u' ');
        if (f.at(0) == u"sample" && f.size() >= 3) {
            s.ms.push_back(f.at(1).toDouble());
            s.allIdle = s.allIdle && f.at(2) == u"1";
        } else if (f.at(0) == u"cutoff") {
            s.cutOff = true;
        } else if (f.at(0) == u"done") {
            done = true;
        } else if (f.at(0) == u"error") {
            s.problem = line.mid(6);
        }
    }
    if (run.timedOut)
        s.problem = u"killed after %1 s, %2 of %3 samples done"_s.arg(timeoutSeconds).arg(s.ms.size()).arg(samples);
    else if (!done && s.problem.isEmpty())
        s.problem
            = u"the child ended early (exit %1, signal %2): %3"_s.arg(run.exitCode).arg(run.signal).arg(run.errorTail);
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Nearest rank: with few samples this is the slowest one.
double percentile95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[size_t(std::ceil(0.95 * double(v.size()))) - 1];
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

// The machine has two cores: a build running beside the bench shows here, and in every figure.
QString loadAverage()
{
    double load[1] = { -1 };
    return getloadavg(load, 1) == 1 ? fixed(load[0], 2) : u"?"_s;
}

struct Layout
{
    int objects;
    int files;
    [[nodiscard]] QString id() const { return u"%1x%2"_s.arg(objects).arg(files); }
    [[nodiscard]] QString label() const
    {
        return u"%1 objects, %2"_s.arg(objects).arg(files == 1 ? u"1 file"_s : u"%1 files"_s.arg(files));
    }
};

struct Verdicts
{
    QStringList lines;
    void add(const QString& what, std::optional<bool> met, const QString& measured)
    {
        lines.append(u"    %1: %2 (%3)"_s.arg(what, !met ? u"NOT MET"_s : *met ? u"MET"_s : u"NOT MET"_s, measured));
    }
};

QString seriesText(const QString& name, const Series& s)
{
    if (s.ms.empty())
        return name + u" not measured ("_s + s.problem + u')';
    return u"%1 median %2 ms p95 %3 ms"_s.arg(name, fixed(median(s.ms), 1), fixed(percentile95(s.ms), 1));
}

QString seriesDetail(const QString& name, const Series& s, int samples)
{
    if (s.ms.empty())
        return name + u": none"_s;
    QString text
        = u"%1: first %2 ms, %3 of %4 samples"_s.arg(name, fixed(s.ms.front(), 1)).arg(s.ms.size()).arg(samples);
    if (s.cutOff)
        text += u" (cut off: one took over 10 s)"_s;
    if (!s.problem.isEmpty())
        text += u" ("_s + s.problem + u')';
    if (!s.allIdle)
        text += u" (some did not reach idle within 120 s)"_s;
    return text;
}

int parentMain(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    std::vector<Layout> layouts { { 1000, 1 }, { 1000, 100 }, { 10000, 1 }, { 10000, 100 } };
    int samples = 50;
    double timeoutSeconds = 900;
    QString keep;
    QStringList only;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--only" && !value.isEmpty())
            only += value.split(u',', Qt::SkipEmptyParts);
        else if (a == u"--samples" && value.toInt() > 0)
            samples = value.toInt();
        else if (a == u"--timeout" && value.toDouble() > 0)
            timeoutSeconds = value.toDouble();
        else if (a == u"--keep" && !value.isEmpty())
            keep = value;
        else {
            err << "usage: bench_window [--only 1000x1,...] [--samples N] [--timeout S] [--keep DIR]\n";
            return 2;
        }
        ++i;
    }
    if (!only.isEmpty()) {
        std::erase_if(layouts, [&](const Layout& l) { return !only.contains(l.id()); });
        if (layouts.empty()) {
            err << "--only: none of 1000x1, 1000x100, 10000x1, 10000x100\n";
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the children inherit it
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString validator = binDir + u"/backend-workbench"_s;
    if (!QFileInfo(validator).isExecutable()) {
        err << validator << " is missing: build the backend-workbench target\n";
        return 2;
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        err << "no temporary directory\n";
        return 2;
    }
    const QString self = QCoreApplication::applicationFilePath();
    out << "samples " << samples << ", timeout " << timeoutSeconds
        << " s per child process, QT_QPA_PLATFORM=" << qEnvironmentVariable("QT_QPA_PLATFORM") << "\n"
        << "typing applied at once (Workspace::commitTyping); idle waits for the checks and the topology "
           "layout on the worker\n";
    out.flush();
    bool allRan = true;

    for (const Layout& layout : layouts) {
        const QString dir = QDir(keep.isEmpty() ? temp.path() : keep).filePath(layout.id());
        QDir(dir).removeRecursively();
        const QStringList files = bench::writeWorkspace(dir, layout.objects, layout.files);
        if (files.isEmpty()) {
            err << "cannot write " << dir << "\n";
            return 2;
        }
        qint64 bytes = 0;
        for (const QString& f : files)
            bytes += QFileInfo(f).size();
        const auto progress = [&](const QString& what) {
            err << layout.id() << ": " << what << "\n";
            err.flush();
        };
        const auto child = [&](const QString& mode) {
            const QStringList childArgs { u"--child"_s, mode, dir, u"--objects"_s, QString::number(layout.objects),
                u"--samples"_s, QString::number(samples) };
            progress(u"bench_window "_s + childArgs.join(u' '));
            return runChild(self, childArgs, temp.path(), layout.id() + u'-' + mode, timeoutSeconds);
        };

        const QString loadBefore = loadAverage();
        progress(u"backend-workbench validate "_s + dir);
        const ChildRun validate
            = runChild(validator, { u"validate"_s, dir }, temp.path(), layout.id() + u"-validate"_s, timeoutSeconds);
        const bool validateOk = validate.exitCode == 0 || validate.exitCode == 1; // 1: it found problems
        const ChildRun open = child(u"open"_s);
        const ChildRun yaml = child(u"yaml"_s);
        const ChildRun form = child(u"form"_s);

        std::optional<double> openSeconds;
        QString loaded;
        std::vector<double> treeTimes; // filter, clear, expand
        for (const QString& line : open.lines) {
            const QStringList f = line.split(u' ');
            if (f.at(0) == u"open" && f.size() >= 3)
                openSeconds = f.at(1).toDouble();
            else if (f.at(0) == u"loaded" && f.size() >= 3)
                loaded = u"%1 objects loaded, %2 problems listed"_s.arg(f.at(1), f.at(2));
            else if (f.at(0) == u"tree" && f.size() >= 4)
                treeTimes = { f.at(1).toDouble(), f.at(2).toDouble(), f.at(3).toDouble() };
        }
        const Series keys = readSeries(yaml, samples, timeoutSeconds);
        const Series fields = readSeries(form, samples, timeoutSeconds);

        const bool big = layout.objects == 10000;
        const bool small1 = layout.objects == 1000 && layout.files == 1;
        QStringList parts;
        if (openSeconds && validateOk) {
            parts.append(u"open %1 s (validate %2 s, ratio %3, target <= 1.5 at 10,000)"_s.arg(
                fixed(*openSeconds, 2), fixed(validate.wallSeconds, 2), fixed(*openSeconds / validate.wallSeconds, 2)));
            parts.append(
                u"RSS %1 MiB (validate %2 MiB, ratio %3, target <= 2.0 at 10,000)"_s.arg(fixed(open.peakRssMiB, 0),
                    fixed(validate.peakRssMiB, 0), fixed(open.peakRssMiB / validate.peakRssMiB, 2)));
        } else {
            parts.append(u"open not measured (validate exit %1, window exit %2%3)"_s.arg(validate.exitCode)
                             .arg(open.exitCode)
                             .arg(open.timedOut ? u", killed after the timeout"_s : QString()));
        }
        parts.append(seriesText(u"YAML key"_s, keys)
            + u" (target median <= 16 ms, p95 <= 50 ms at 1,000 in one file; median <= 50 ms at 10,000)"_s);
        parts.append(seriesText(u"form field"_s, fields) + u" (same targets)"_s);
        out << layout.label() << " (" << bytes / 1024 << " KiB): " << parts.join(u" · "_s) << "\n";
        out << "    " << (loaded.isEmpty() ? u"window did not report what it loaded"_s : loaded) << "; "
            << seriesDetail(u"YAML key"_s, keys, samples) << "; " << seriesDetail(u"form field"_s, fields, samples)
            << "\n";
        if (treeTimes.size() == 3)
            out << "    workspace tree: filter " << fixed(treeTimes[0], 1) << " ms, clear the filter "
                << fixed(treeTimes[1], 1) << " ms, open every file " << fixed(treeTimes[2], 1)
                << " ms (target < 100 ms at 10,000)\n";
        out << "    peak RSS while typing " << fixed(yaml.peakRssMiB, 0) << " MiB, while changing the form "
            << fixed(form.peakRssMiB, 0) << " MiB; process wall time: open " << fixed(open.wallSeconds, 2)
            << " s, YAML " << fixed(yaml.wallSeconds, 1) << " s, form " << fixed(form.wallSeconds, 1)
            << " s; load average " << loadBefore << " before, " << loadAverage() << " after\n";

        Verdicts v;
        const auto keystrokeTargets = [&](const QString& name, const Series& s) {
            const std::optional<double> med = s.ms.empty() ? std::nullopt : std::optional(median(s.ms));
            if (small1) {
                v.add(name + u" median <= 16 ms"_s, med ? std::optional(*med <= 16) : std::nullopt,
                    med ? fixed(*med, 1) + u" ms"_s : s.problem);
                const std::optional<double> p95 = s.ms.empty() ? std::nullopt : std::optional(percentile95(s.ms));
                v.add(name + u" p95 <= 50 ms"_s, p95 ? std::optional(*p95 <= 50) : std::nullopt,
                    p95 ? fixed(*p95, 1) + u" ms"_s : s.problem);
            } else if (big) {
                v.add(name + u" median <= 50 ms"_s, med ? std::optional(*med <= 50) : std::nullopt,
                    med ? fixed(*med, 1) + u" ms"_s : s.problem);
            }
        };
        if (big) {
            const bool measured = openSeconds && validateOk;
            v.add(u"open until idle <= 1.5 x validate"_s,
                measured ? std::optional(*openSeconds <= 1.5 * validate.wallSeconds) : std::nullopt,
                measured ? u"ratio "_s + fixed(*openSeconds / validate.wallSeconds, 2) : u"not measured"_s);
            v.add(u"peak RSS <= 2 x validate"_s,
                measured ? std::optional(open.peakRssMiB <= 2 * validate.peakRssMiB) : std::nullopt,
                measured ? u"ratio "_s + fixed(open.peakRssMiB / validate.peakRssMiB, 2) : u"not measured"_s);
        }
        keystrokeTargets(u"YAML key"_s, keys);
        keystrokeTargets(u"form field"_s, fields);
        if (big) {
            const char* names[] = { "filter the workspace tree", "clear its filter", "open every file in it" };
            for (size_t i = 0; i < 3; ++i) {
                const bool measured = treeTimes.size() == 3;
                v.add(QString::fromLatin1(names[i]) + u" < 100 ms"_s,
                    measured ? std::optional(treeTimes[i] < 100) : std::nullopt,
                    measured ? fixed(treeTimes[i], 1) + u" ms"_s : u"not measured"_s);
            }
        }
        if (v.lines.isEmpty())
            out << "    no target at this size\n";
        for (const QString& line : v.lines)
            out << line << "\n";
        out.flush();
        allRan = allRan && validateOk && openSeconds && keys.problem.isEmpty() && fields.problem.isEmpty();
    }
    return allRan ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return childMain(argc, argv);
    }
    return parentMain(argc, argv);
}
