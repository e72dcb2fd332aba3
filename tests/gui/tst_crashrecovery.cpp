// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crashes as they happen: a real window process that someone types into is killed with
// SIGKILL (no clean-up of any kind runs), and a window started after it must bring back what
// was typed. The typing windows are this test program started again in "typist" mode: a
// MainWindow on a file, with keys sent to its YAML editor on a steady beat, each key reported
// on stdout with the time it was typed.
#include <QApplication>
#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QtTest>

#include "editors/resourceeditor.h"
#include "editors/yamleditor.h"
#include "testutils.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
constexpr int kKeyIntervalMs = 100; // faster than the pause after which typing becomes an edit
constexpr int kDefaultDelayMs = 1000; // the autosave delay a new user has
// How late a key may be kept beyond the delay, for a slow machine or a sanitizer build.
constexpr int kSlackMs = 1500;

QByteArray configMap(const QByteArray& name)
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  namespace: default\ndata: {}\n";
}

ResourceKey keyOf(const QString& name)
{
    return { QString(), u"ConfigMap"_s, u"default"_s, name };
}

// The child: types `letter` into the ConfigMap `name` of `folder` until it is killed, steadily
// or in bursts of eight keys with a pause as long between them (long enough for the typing to
// become an edit of the workspace).
int runTypist(const QString& folder, const QString& recoveryRoot, const QString& name, QChar letter, bool bursts)
{
    MainWindow w;
    w.setRecoveryDirectory(recoveryRoot);
    w.show();
    w.openPaths({ folder });
    ResourceEditor* editor = w.openResource(keyOf(name));
    if (!editor)
        return 3;
    editor->setCurrentWidget(editor->yaml());
    YamlEditor* yaml = editor->yaml();
    QTextCursor c = yaml->textCursor();
    c.movePosition(QTextCursor::Start);
    yaml->setTextCursor(c);
    QTest::keyClicks(yaml, u"# "_s);
    QTest::keyClick(yaml, Qt::Key_Return);
    QTest::keyClick(yaml, Qt::Key_Up);
    QTest::keyClick(yaml, Qt::Key_End);
    QTextStream out(stdout);
    out << "ready\n";
    out.flush();
    int typed = 0;
    int beats = 0;
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, [&] {
        if (bursts && (beats++ / 8) % 2 == 1)
            return;
        QTest::keyClicks(yaml, QString(letter));
        out << "typed " << ++typed << ' ' << QDateTime::currentMSecsSinceEpoch() << '\n';
        out.flush();
    });
    beat.start(kKeyIntervalMs);
    return QApplication::exec();
}

// A typing window in a process of its own.
class Typist
{
public:
    enum Rhythm { Steady, Bursts };
    Typist(
        const QString& folder, const QString& recoveryRoot, const QString& name, QChar letter, Rhythm rhythm = Steady)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BW_TYPIST"_s,
            QStringList { folder, recoveryRoot, name, letter, rhythm == Bursts ? u"bursts"_s : u"steady"_s }.join(
                u'\n'));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine()) {
                const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
                if (words.value(0) == "ready")
                    m_ready = true;
                else if (words.value(0) == "typed" && words.size() == 3)
                    m_keys.push_back(words[2].toLongLong());
            }
        });
        m_process.start(QCoreApplication::applicationFilePath(), {});
    }
    ~Typist()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Typist)

    bool waitUntilTyping(int keys)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            if (m_ready && int(m_keys.size()) >= keys)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    // SIGKILL: no destructor, no close event, no flush of anything.
    qint64 killHard()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        m_process.readAllStandardOutput();
        return QDateTime::currentMSecsSinceEpoch();
    }
    // Keys typed before `time`.
    [[nodiscard]] int keysBefore(qint64 time) const
    {
        return int(std::count_if(m_keys.begin(), m_keys.end(), [time](qint64 t) { return t < time; }));
    }
    [[nodiscard]] int keys() const { return int(m_keys.size()); }
    [[nodiscard]] QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QProcess m_process;
    bool m_ready = false;
    std::vector<qint64> m_keys;
};

// How many `letter`s the first line of the recovered text holds.
int recoveredKeys(const QByteArray& text, char letter)
{
    const QByteArray first = text.left(text.indexOf('\n'));
    return int(first.count(letter));
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void steadyTypingIsKeptUpToTheDelay();
    void twoWindowsKilledAreBothRecovered();
    void outsideChangeAfterCrashIsAConflict();
};

void TestCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCrashRecovery::steadyTypingIsKeptUpToTheDelay()
{
    // A key every 100 ms never pauses long enough for typing to become an edit, nor for an
    // autosave that waits for a pause. Everything typed up to the delay before the kill must
    // come back.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"ws"_s));
    const QString file = dir.filePath(u"ws/typed.yaml"_s);
    QVERIFY(test::writeFile(file, configMap("typed")));
    const QString root = dir.filePath(u"recovery"_s);
    Typist typist(dir.filePath(u"ws"_s), root, u"typed"_s, u'k');
    QVERIFY(typist.waitUntilTyping(40)); // four seconds and more of steady typing
    const qint64 killedAt = typist.killHard();
    QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
    QCOMPARE(test::readFile(file), configMap("typed")); // a crash never writes the user's file

    MainWindow next;
    next.setRecoveryDirectory(root);
    next.show();
    QCOMPARE(next.offerRecovery(false), 1);
    const int id = next.workspace()->findDocument(file);
    QVERIFY(id >= 0);
    const int recovered = recoveredKeys(next.workspace()->document(id)->text(), 'k');
    const int required = typist.keysBefore(killedAt - kDefaultDelayMs - kSlackMs);
    QVERIFY2(recovered >= required && required > 0,
        qPrintable(u"%1 of %2 keys recovered, %3 required"_s.arg(recovered).arg(typist.keys()).arg(required)));
}

void TestCrashRecovery::twoWindowsKilledAreBothRecovered()
{
    // Two windows on two workspaces, both killed: each one's autosave must have left the
    // other's recovery alone, and the next window offers both.
    QTemporaryDir dir;
    const QString root = dir.filePath(u"recovery"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"a"_s) && QDir(dir.path()).mkpath(u"b"_s));
    const QString fileA = dir.filePath(u"a/first.yaml"_s);
    const QString fileB = dir.filePath(u"b/second.yaml"_s);
    QVERIFY(test::writeFile(fileA, configMap("first")));
    QVERIFY(test::writeFile(fileB, configMap("second")));
    // In bursts, as people type: each pause lets a window's autosave run, which is when a
    // shared store used to forget the other window's text.
    Typist a(dir.filePath(u"a"_s), root, u"first"_s, u'a', Typist::Bursts);
    Typist b(dir.filePath(u"b"_s), root, u"second"_s, u'b', Typist::Bursts);
    QVERIFY(a.waitUntilTyping(30));
    QVERIFY(b.waitUntilTyping(30));
    const qint64 killedA = a.killHard();
    const qint64 killedB = b.killHard();

    MainWindow next;
    next.setRecoveryDirectory(root);
    next.show();
    QCOMPARE(next.offerRecovery(false), 2);
    const int idA = next.workspace()->findDocument(fileA);
    const int idB = next.workspace()->findDocument(fileB);
    QVERIFY(idA >= 0 && idB >= 0);
    QVERIFY(recoveredKeys(next.workspace()->document(idA)->text(), 'a')
        >= std::max(1, a.keysBefore(killedA - kDefaultDelayMs - kSlackMs)));
    QVERIFY(recoveredKeys(next.workspace()->document(idB)->text(), 'b')
        >= std::max(1, b.keysBefore(killedB - kDefaultDelayMs - kSlackMs)));
    // Nothing is offered twice: the sessions recovered here are gone, this window's is alive.
    MainWindow third;
    third.setRecoveryDirectory(root);
    QCOMPARE(third.offerRecovery(false), 0);
}

void TestCrashRecovery::outsideChangeAfterCrashIsAConflict()
{
    // The window dies; another program then changes the file. The recovered text was typed
    // over the old text: the window must say the file changed and not save over it unasked.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"ws"_s));
    const QString file = dir.filePath(u"ws/shared.yaml"_s);
    QVERIFY(test::writeFile(file, configMap("shared")));
    const QString root = dir.filePath(u"recovery"_s);
    {
        Typist typist(dir.filePath(u"ws"_s), root, u"shared"_s, u'm');
        QVERIFY(typist.waitUntilTyping(25));
        typist.killHard();
    }
    const QByteArray theirs = configMap("shared") + "# added by another program\n";
    QVERIFY(test::writeFile(file, theirs));

    MainWindow next;
    next.setRecoveryDirectory(root);
    next.show();
    QCOMPARE(next.offerRecovery(false), 1);
    const int id = next.workspace()->findDocument(file);
    QVERIFY(id >= 0);
    QVERIFY(recoveredKeys(next.workspace()->document(id)->text(), 'm') > 0);
    QTRY_VERIFY_WITH_TIMEOUT(next.diskConflicts().contains(id), 5000); // the bar asks
    QCOMPARE(next.workspace()->save(id).status, Document::SaveStatus::ConflictOnDisk);
    QCOMPARE(test::readFile(file), theirs);
}

int main(int argc, char** argv)
{
    const QByteArray typist = qgetenv("BW_TYPIST");
    if (!typist.isEmpty()) {
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        const QStringList args = QString::fromUtf8(typist).split(u'\n');
        if (args.size() != 5)
            return 2;
        return runTypist(args[0], args[1], args[2], args[3].at(0), args[4] == u"bursts"_s);
    }
    QApplication app(argc, argv);
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
