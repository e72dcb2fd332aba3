// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "commandlinetool.h"
#include "testutils.h"

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The command line in this process, as main() runs it, on two strings.
Run cli(const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = bw::CommandLineTool(o, e).run(QStringList { u"backend-workbench"_s } + args);
    o.flush();
    e.flush();
    return { code, out.toUtf8(), err.toUtf8() };
}

// The real program, for what main() decides: no window, no display, exit codes, translations.
// `environment` replaces the variables it names (an empty value removes one); DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed unless given.
Run program(const QStringList& args, const QHash<QString, QString>& environment = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        env.remove(name);
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BW_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return { -2, p.readAllStandardOutput(), p.readAllStandardError() };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

// Golden files: tests/cli/golden/NAME.txt holds the command, its exit code, stdout and stderr.
// Paths are relative to the source tree (the commands run from there); a temporary folder
// shows as <tmp>, the version as <version>. After an intended change of output, rewrite them:
//     BW_UPDATE_GOLDEN=1 ctest --test-dir build/dev -R tst_cli
// and review the diff (git diff tests/cli/golden).
QString goldenText(const QStringList& args, const Run& r, const QString& tmp)
{
    QString text = u"$ backend-workbench "_s + args.join(u' ') + u"\nexit "_s + QString::number(r.exitCode)
        + u"\n--- stdout\n"_s + QString::fromUtf8(r.out) + u"\n--- stderr\n"_s + QString::fromUtf8(r.err);
    if (!tmp.isEmpty())
        text.replace(tmp, u"<tmp>"_s);
    return text.replace(QStringLiteral(BW_VERSION), u"<version>"_s);
}

void compareWithGolden(const QString& name, const QStringList& args, const QString& tmp = {})
{
    const Run r = cli(args);
    const QString actual = goldenText(args, r, tmp);
    const QString path = QStringLiteral(BW_SOURCE_DIR "/tests/cli/golden/") + name + u".txt"_s;
    if (qEnvironmentVariableIsSet("BW_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(actual.toUtf8());
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
        qPrintable(u"no golden file %1; write it with BW_UPDATE_GOLDEN=1 ctest -R tst_cli"_s.arg(path)));
    const QStringList expected = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i) {
        if (got.value(i) != expected.value(i))
            QFAIL(
                qPrintable(u"%1:%2 differs (BW_UPDATE_GOLDEN=1 rewrites it)\n  got:      %3\n  expected: %4"_s.arg(path)
                               .arg(i + 1)
                               .arg(got.value(i), expected.value(i))));
    }
}

QString copyInto(const QTemporaryDir& dir, const QString& source, const QString& name)
{
    const QString target = dir.filePath(name);
    QFile::copy(source, target);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QStringList changedLines(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    QStringList out;
    if (la.size() != lb.size())
        return { u"line count differs"_s };
    for (qsizetype i = 0; i < la.size(); ++i) {
        if (la[i] != lb[i])
            out.append(QString::fromUtf8(la[i] + " => " + lb[i]));
    }
    return out;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void validateExamples();
    void validateJson();
    void validateCleanFileExitsZero();
    void malformedFileIsLocated();
    void aliasBombIsRefused();
    void hugeFileIsRefused();
    void exportSingleFileIsByteIdentical();
    void exportRefusesErrorsUnlessForced();
    void setChangesExactlyOneLine();
    void setKeepsTypesAndQuotes();
    void setAddsAndRemovesFields();
    void setPicksResource();
    void setReportsBadFieldsWithoutWriting();
    void validateJsonContractForRuleProblems();
    void validateWithUserCrd();
    void explainDescribesFields();
    void simulateJsonContract();
    void simulateText();
    void simulateUsageErrors_data();
    void simulateUsageErrors();
    void simulateScenario();
    // The defects of issue 14, each failing before its fix.
    void unknownFirstArgumentIsUsageError_data();
    void unknownFirstArgumentIsUsageError();
    void unknownOptionSuggests();
    void noManifestsIsUsageError_data();
    void noManifestsIsUsageError();
    void simulateTotalPanicFails();
    void setRefusesChangesThatAddErrors();
    void setSuggestsUnknownFields();
    void setAppendsListItems();
    void exportNeverWritesWhatDoesNotParse();
    void perCommandHelp();
    // main.cpp, on the real program.
    void programExitCodesWithoutWindow();
    void programWithoutDisplayExitsCleanly();
    void programOffscreenStillOpensTheWindow();
    void pluralsInTheCLocale();
};

void TestCli::initTestCase()
{
    // As main() does: the program's name and version, and the English plural forms.
    QCoreApplication::setApplicationName(u"backend-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BW_VERSION));
    auto* english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral(BW_ENGLISH_QM)));
    QCoreApplication::installTranslator(english);
    // Golden files show paths relative to the source tree.
    QVERIFY(QDir::setCurrent(QStringLiteral(BW_SOURCE_DIR)));
}

void TestCli::golden_data()
{
    QTest::addColumn<QStringList>("args");
    const QString examples = u"resources/examples"_s;
    const QString data = u"tests/data"_s;
    const QString scenario = u"resources/scenarios/checkout-outage.yaml"_s;
    const auto row = [](const char* name, const QStringList& args) { QTest::newRow(name) << args; };
    row("help", { u"--help"_s });
    row("version", { u"--version"_s });
    row("validate-help", { u"validate"_s, u"-h"_s });
    row("set-help", { u"set"_s, u"--help"_s });
    row("validate-examples", { u"validate"_s, examples });
    row("validate-examples-json", { u"validate"_s, u"--format=json"_s, examples });
    row("validate-clean", { u"validate"_s, examples + u"/35-xbackend.yaml"_s });
    row("validate-malformed", { u"validate"_s, data + u"/malformed.yaml"_s });
    row("validate-alias-bomb", { u"validate"_s, data + u"/alias-bomb.yaml"_s });
    row("validate-rule-json", { u"validate"_s, u"--format"_s, u"json"_s, data + u"/rules/BW0503/invalid.yaml"_s });
    row("validate-warnings-only", { u"validate"_s, data + u"/rules/BW0216/invalid.yaml"_s });
    row("validate-unknown-kind", { u"validate"_s, data + u"/crds/widget.yaml"_s });
    row("validate-with-crd",
        { u"validate"_s, u"--crd"_s, data + u"/crds/widgets-crd.yaml"_s, data + u"/crds/widget.yaml"_s });
    row("validate-not-a-crd",
        { u"validate"_s, u"--crd"_s, data + u"/crds/not-a-crd.yaml"_s, data + u"/crds/widget.yaml"_s });
    row("validate-missing-file", { u"validate"_s, u"/nonexistent/x.yaml"_s });
    row("validate-no-paths", { u"validate"_s });
    row("validate-bad-format", { u"validate"_s, u"--format"_s, u"xml"_s, u"x.yaml"_s });
    row("validate-unknown-option", { u"validate"_s, u"--bogus"_s, u"x.yaml"_s });
    row("validate-option-typo", { u"validate"_s, u"--fromat=json"_s, u"x.yaml"_s });
    row("validate-docs-folder", { u"validate"_s, u"docs"_s });
    row("unknown-command", { u"valdiate"_s, examples });
    row("unknown-option", { u"--bogus"_s });
    row("explain-field", { u"explain"_s, u"Backend.spec.endpoints.fqdn.port"_s });
    row("explain-apoxy",
        { u"explain"_s, u"backends.spec.protocol"_s, u"--api-version"_s, u"core.apoxy.dev/v1alpha2"_s });
    row("explain-recursive", { u"explain"_s, u"XBackend.spec"_s, u"--recursive"_s });
    row("explain-unknown-field", { u"explain"_s, u"Backend.spec.endpoint"_s });
    row("explain-unknown-kind", { u"explain"_s, u"Gadget"_s });
    row("graph-json", { u"graph"_s, examples });
    row("graph-dot", { u"graph"_s, u"--format"_s, u"dot"_s, examples });
    row("simulate-json",
        { u"simulate"_s, u"--format"_s, u"json"_s, u"--route"_s, u"shop/storefront"_s, u"--unhealthy"_s,
            u"shop/checkout-primary"_s, examples });
    row("simulate-text", { u"simulate"_s, u"--unhealthy"_s, u"shop/checkout-primary#1"_s, examples });
    row("simulate-total-panic",
        { u"simulate"_s, u"--route=shop/storefront"_s, u"--unhealthy"_s, u"shop/checkout-primary"_s, u"--unhealthy"_s,
            u"shop/checkout-standby"_s, examples });
    row("simulate-scenario", { u"simulate"_s, u"--scenario"_s, scenario, examples });
    row("simulate-unknown-backend", { u"simulate"_s, u"--unhealthy"_s, u"shop/nope"_s, examples });
    row("simulate-live-without-duration", { u"simulate"_s, u"--live"_s, examples });
    row("export-refused", { u"export"_s, examples });
    row("export-forced", { u"export"_s, u"--force"_s, examples });
    row("export-one-file", { u"export"_s, examples + u"/35-xbackend.yaml"_s });
    row("probe-nothing-to-probe", { u"probe"_s, data + u"/crds/widget.yaml"_s });
}

void TestCli::golden()
{
    QFETCH(QStringList, args);
    compareWithGolden(QString::fromUtf8(QTest::currentDataTag()), args);
}

void TestCli::helpAndVersion()
{
    const Run help = cli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("validate") && help.out.contains("export") && help.out.contains("set FILE"));
    const Run version = cli({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), "backend-workbench " BW_VERSION ""_ba);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("validate without paths") << QStringList { u"validate"_s };
    QTest::addRow("unknown option") << QStringList { u"validate"_s, u"--bogus"_s, u"x.yaml"_s };
    QTest::addRow("bad format") << QStringList { u"validate"_s, u"--format"_s, u"xml"_s, u"x.yaml"_s };
    QTest::addRow("missing file") << QStringList { u"validate"_s, u"/nonexistent/x.yaml"_s };
    QTest::addRow("set without assignment") << QStringList { u"set"_s, u"x.yaml"_s };
    QTest::addRow("simulate missing file") << QStringList { u"simulate"_s, u"/nonexistent/x.yaml"_s };
    QTest::addRow("export missing file") << QStringList { u"export"_s, u"/nonexistent/x.yaml"_s };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty() || !r.out.isEmpty());
}

void TestCli::validateExamples()
{
    const Run r = cli({ u"validate"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains("90-broken.yaml:10:") && lines[0].contains(": error: ") && lines[0].endsWith("[BW0001]"),
        lines[0].constData());
    QVERIFY2(lines[1].startsWith("17 resource") && lines[1].contains(" in 9 file"), lines[1].constData());
}

void TestCli::validateJson()
{
    const Run r = cli({ u"validate"_s, u"--format"_s, u"json"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(u"resources"_s).toInt(), 17);
    const QJsonArray diags = doc.object().value(u"diagnostics"_s).toArray();
    QCOMPARE(diags.size(), 1);
    const QJsonObject d = diags.first().toObject();
    const QStringList keys { u"code"_s, u"column"_s, u"field"_s, u"file"_s, u"kind"_s, u"line"_s, u"message"_s,
        u"name"_s, u"namespace"_s, u"severity"_s };
    QCOMPARE(d.keys(), keys);
    QCOMPARE(d.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(d.value(u"line"_s).toInt(), 10);
    QVERIFY(d.value(u"column"_s).toInt() >= 1);
}

void TestCli::validateCleanFileExitsZero()
{
    const Run r = cli({ u"validate"_s, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("1 resource") && r.out.contains(": 0 error"), r.out.constData());
    // Warnings alone do not fail the run.
    QTemporaryDir dir;
    QFile f(dir.filePath(u"w.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");
    f.close();
    const Run w = cli({ u"validate"_s, f.fileName() });
    QCOMPARE(w.exitCode, 0);
    QVERIFY(w.out.contains("w.yaml:2:7: warning: "));
}

void TestCli::malformedFileIsLocated()
{
    const QString path = QStringLiteral(BW_TEST_DATA_DIR "/malformed.yaml");
    const Run r = cli({ u"validate"_s, path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith((path + u":8:19: error: "_s).toUtf8()), r.out.constData());
}

void TestCli::aliasBombIsRefused()
{
    const Run r = cli({ u"validate"_s, QStringLiteral(BW_TEST_DATA_DIR "/alias-bomb.yaml") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("[BW0009]"), r.out.constData());
}

void TestCli::hugeFileIsRefused()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"huge.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(200LL * 1024 * 1024));
    f.close();
    const Run r = cli({ u"validate"_s, f.fileName() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains("huge.yaml:1:1: error: ") && r.out.contains("[BW0008]"), r.out.constData());
    const Run raised = cli({ u"validate"_s, u"--max-file-size"_s, u"300"_s, f.fileName() });
    QVERIFY(!raised.out.contains("[BW0008]"));
}

void TestCli::exportSingleFileIsByteIdentical()
{
    for (const QString& file : bw::test::exampleFiles()) {
        if (file.endsWith(u"90-broken.yaml"_s))
            continue;
        // Alone, a file may refer to objects in the others; --force exports it all the same.
        const Run r = cli({ u"export"_s, u"--force"_s, file });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, bw::test::readFile(file));
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(u"all.yaml"_s);
    const Run r = cli({ u"export"_s, u"-o"_s, out, QStringLiteral(BW_EXAMPLES_DIR "/36-apoxy-backend.yaml"),
        QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") });
    QCOMPARE(r.exitCode, 0);
    const QByteArray joined = bw::test::readFile(out);
    QVERIFY(joined.startsWith(bw::test::readFile(QStringLiteral(BW_EXAMPLES_DIR "/36-apoxy-backend.yaml"))));
    QVERIFY(
        joined.endsWith(QByteArray("---\n" + bw::test::readFile(QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml")))));
    const Run check = cli({ u"validate"_s, out });
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith("2 resource") && check.out.contains(" in 1 file"), check.out.constData());
}

void TestCli::exportRefusesErrorsUnlessForced()
{
    const Run refused = cli({ u"export"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(refused.err.contains("90-broken.yaml:10:") && refused.err.contains("--force"));
    // --force overrides the errors, yet never writes the file that does not parse.
    const Run forced = cli({ u"export"_s, u"--force"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(forced.exitCode, 1);
    QVERIFY(forced.out.contains("name: checkout-primary"));
    QVERIFY(!forced.out.contains("name: half-written"));
    QVERIFY2(forced.err.contains("90-broken.yaml left out"), forced.err.constData());
}

void TestCli::setChangesExactlyOneLine()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    const QByteArray before = bw::test::readFile(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    const Run r = cli({ u"set"_s, path, u"spec.endpoints[0].fqdn.port=8443"_s });
    QCOMPARE(r.exitCode, 0);
    const QByteArray after = bw::test::readFile(path);
    QCOMPARE(changedLines(before, after),
        QStringList { u"        port: 443   # TLS, see spec.tls =>         port: 8443   # TLS, see spec.tls"_s });
    QCOMPARE(QFileInfo(path).permissions(), permissions);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"c.yaml"_s }); // no temporary left behind
    // The same on a flow-style node.
    QCOMPARE(cli({ u"set"_s, path, u"spec.endpoints[1].fqdn.port=9443"_s }).exitCode, 0);
    QCOMPARE(changedLines(after, bw::test::readFile(path)).size(), 1);
}

void TestCli::setKeepsTypesAndQuotes()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    QCOMPARE(cli({ u"set"_s, path, u"spec.endpoints[0].fqdn.hostname=eu.example.com"_s, u"metadata.name=0123"_s,
                     u"spec.tls.sni=on"_s })
                 .exitCode,
        0);
    const QByteArray after = bw::test::readFile(path);
    QVERIFY(after.contains("hostname: \"eu.example.com\"\n")); // was double-quoted, stays so
    QVERIFY(after.contains("name: \"0123\"   # referenced")); // a string field stays a string
    QVERIFY(after.contains("sni: \"on\"\n"));
}

void TestCli::setAddsAndRemovesFields()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    QCOMPARE(
        cli({ u"set"_s, path, u"spec.fallback=true"_s, u"spec.tls.sni-"_s, u"metadata.labels.team=shop"_s }).exitCode,
        0);
    const QByteArray after = bw::test::readFile(path);
    QVERIFY2(after.contains("    wellKnownCACertificates: System\n  fallback: true\n"), after.constData());
    QVERIFY(!after.contains("sni:"));
    QVERIFY2(after.contains("  namespace: shop\n  labels:\n    team: shop\n"), after.constData());
    QCOMPARE(cli({ u"validate"_s, path }).exitCode, 0);
}

void TestCli::setPicksResource()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_EXAMPLES_DIR "/30-backends.yaml"), u"b.yaml"_s);
    const Run ambiguous = cli({ u"set"_s, path, u"spec.fallback=true"_s });
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY(ambiguous.err.contains("Backend/shop/checkout-standby"));
    QCOMPARE(cli({ u"set"_s, path, u"--resource"_s, u"Backend/shop/checkout-primary"_s,
                     u"spec.endpoints[1].zone=eu-west-1c"_s })
                 .exitCode,
        0);
    QVERIFY(bw::test::readFile(path).contains("zone: eu-west-1c\n  tls:"));
    QCOMPARE(cli({ u"set"_s, path, u"--resource"_s, u"Backend/nope"_s, u"a=b"_s }).exitCode, 2);
}

void TestCli::setReportsBadFieldsWithoutWriting()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    const QByteArray before = bw::test::readFile(path);
    const Run r = cli({ u"set"_s, path, u"spec.endpoints[0].fqdn.port=1"_s, u"spec.endpoints[7].fqdn.port=1"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("spec.endpoints[7]") && r.err.contains("has 2 items"), r.err.constData());
    QCOMPARE(bw::test::readFile(path), before); // all or nothing
    const QString broken = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/malformed.yaml"), u"m.yaml"_s);
    const Run b = cli({ u"set"_s, broken, u"metadata.name=x"_s });
    QCOMPARE(b.exitCode, 1);
    QVERIFY(b.err.contains("m.yaml:8:19: error:"));
}

void TestCli::validateJsonContractForRuleProblems()
{
    // Exactly the contract's keys, with the values a script relies on.
    const QString file = QStringLiteral(BW_TEST_DATA_DIR "/rules/BW0503/invalid.yaml");
    const Run r = cli({ u"validate"_s, u"--format"_s, u"json"_s, file });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(QStringList(root.keys()), (QStringList { u"diagnostics"_s, u"resources"_s }));
    QVERIFY(root.value(u"resources"_s).isDouble());
    const QJsonArray diags = root.value(u"diagnostics"_s).toArray();
    QCOMPARE(diags.size(), 1);
    const QJsonObject d = diags.at(0).toObject();
    QStringList keys = d.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { u"code"_s, u"column"_s, u"field"_s, u"file"_s, u"kind"_s, u"line"_s, u"message"_s, u"name"_s,
            u"namespace"_s, u"severity"_s }));
    QCOMPARE(d.value(u"code"_s).toString(), u"BW0503"_s);
    QCOMPARE(d.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(d.value(u"file"_s).toString(), file);
    QCOMPARE(d.value(u"kind"_s).toString(), u"HTTPRoute"_s);
    QVERIFY(d.value(u"line"_s).toInt() > 1 && d.value(u"column"_s).toInt() >= 1);
    QVERIFY(d.value(u"field"_s).toString().startsWith(u"spec.rules[0]"_s));
    QVERIFY(d.value(u"message"_s).toString().contains(u"RefNotPermitted"_s));

    // Warnings alone exit 0.
    const Run warn = cli({ u"validate"_s, QStringLiteral(BW_TEST_DATA_DIR "/rules/BW0216/invalid.yaml") });
    QCOMPARE(warn.exitCode, 0);
    QVERIFY(warn.out.contains("warning: ") && warn.out.contains("[BW0216]"));
}

void TestCli::validateWithUserCrd()
{
    const QString crd = QStringLiteral(BW_TEST_DATA_DIR "/crds/widgets-crd.yaml");
    const QString widget = QStringLiteral(BW_TEST_DATA_DIR "/crds/widget.yaml");
    // Without its CRD the kind is unknown: kept, warned about, not checked.
    const Run plain = cli({ u"validate"_s, widget });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("[BW0006]"));
    // With it, the schema applies.
    const Run checked = cli({ u"validate"_s, u"--crd"_s, crd, widget });
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains("widget.yaml:6:9: error: spec.size: unsupported value \"medium\"")
            && checked.out.contains("widget.yaml:7:13: error: spec.replicas must be between 1 and 10")
            && checked.out.contains("widget.yaml:8:3: warning: unknown field \"spec.colour\"")
            && !checked.out.contains("[BW0006]") && !checked.out.contains("metadata"),
        checked.out.constData());
    // A file that is not a CRD is a usage error, located.
    const Run bad = cli({ u"validate"_s, u"--crd"_s, QStringLiteral(BW_TEST_DATA_DIR "/crds/not-a-crd.yaml"), widget });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("not-a-crd.yaml:1:1: not a CustomResourceDefinition"), bad.err.constData());
    const Run missing = cli({ u"validate"_s, u"--crd"_s, u"/nonexistent/crd.yaml"_s, widget });
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::explainDescribesFields()
{
    const Run r = cli({ u"explain"_s, u"Backend.spec.endpoints.fqdn.port"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("KIND:     Backend") && r.out.contains("GROUP:    gateway.envoyproxy.io")
            && r.out.contains("FIELD:    port <integer> -required-") && r.out.contains("range: 0 to 65535"),
        r.out.constData());
    const Run apoxy
        = cli({ u"explain"_s, u"backends.spec.protocol"_s, u"--api-version"_s, u"core.apoxy.dev/v1alpha2"_s });
    QCOMPARE(apoxy.exitCode, 0);
    QVERIFY2(apoxy.out.contains("SCOPE:    Cluster") && apoxy.out.contains("\"h2c\""), apoxy.out.constData());
    const Run recursive = cli({ u"explain"_s, u"XBackend.spec"_s, u"--recursive"_s });
    QCOMPARE(recursive.exitCode, 0);
    QVERIFY2(recursive.out.contains("    hostname\t<string> -required-"), recursive.out.constData());
    const Run unknown = cli({ u"explain"_s, u"Backend.spec.endpoint"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("\"endpoint\" does not exist in Backend.spec") && unknown.err.contains("endpoints"),
        unknown.err.constData());
    const Run noKind = cli({ u"explain"_s, u"Gadget"_s });
    QCOMPARE(noKind.exitCode, 2);
    const Run withCrd = cli(
        { u"explain"_s, u"--crd"_s, QStringLiteral(BW_TEST_DATA_DIR "/crds/widgets-crd.yaml"), u"widget.spec.size"_s });
    QCOMPARE(withCrd.exitCode, 0);
    QVERIFY(withCrd.out.contains("\"small\", \"large\""));
}

void TestCli::simulateJsonContract()
{
    // Both primary endpoints of checkout down: everything goes to the standby.
    const Run r = cli({ u"simulate"_s, u"--format"_s, u"json"_s, u"--route"_s, u"shop/storefront"_s, u"--unhealthy"_s,
        u"shop/checkout-primary"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rules = QJsonDocument::fromJson(r.out).object().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 2);
    QJsonObject checkout;
    for (const QJsonValue& v : rules) {
        if (v.toObject().value(u"rule"_s).toInt() == 1)
            checkout = v.toObject();
    }
    QCOMPARE(checkout.value(u"route"_s).toString(), u"shop/storefront"_s);
    QCOMPARE(checkout.value(u"panic"_s).toBool(true), false);
    const QJsonArray priorities = checkout.value(u"priorities"_s).toArray();
    QCOMPARE(priorities.size(), 2);
    QCOMPARE(priorities[0].toObject().value(u"priority"_s).toInt(), 0);
    QCOMPARE(priorities[0].toObject().value(u"health"_s).toInt(), 0);
    QCOMPARE(priorities[0].toObject().value(u"load"_s).toInt(), 0);
    QCOMPARE(priorities[1].toObject().value(u"load"_s).toInt(), 100);
    const QJsonArray backends = checkout.value(u"backends"_s).toArray();
    QCOMPARE(backends.size(), 2);
    QCOMPARE(backends[0].toObject().value(u"backend"_s).toString(), u"shop/checkout-primary"_s);
    QCOMPARE(backends[0].toObject().value(u"kind"_s).toString(), u"Backend"_s);
    QCOMPARE(backends[0].toObject().value(u"fallback"_s).toBool(true), false);
    QCOMPARE(backends[0].toObject().value(u"share"_s).toDouble(), 0.0);
    QCOMPARE(backends[1].toObject().value(u"fallback"_s).toBool(), true);
    QCOMPARE(backends[1].toObject().value(u"share"_s).toDouble(), 100.0);
    const QJsonArray endpoints = checkout.value(u"endpoints"_s).toArray();
    QCOMPARE(endpoints.size(), 3);
    const QJsonObject e1 = endpoints[1].toObject();
    QCOMPARE(e1.value(u"backend"_s).toString(), u"shop/checkout-primary"_s);
    QCOMPARE(e1.value(u"index"_s).toInt(), 1);
    QCOMPARE(e1.value(u"address"_s).toString(), u"checkout-2.eu-west.shop.example.com:8443"_s);
    QCOMPARE(e1.value(u"healthy"_s).toBool(true), false);
    QCOMPARE(e1.value(u"share"_s).toDouble(), 0.0);
    QCOMPARE(endpoints[2].toObject().value(u"share"_s).toDouble(), 100.0);
}

void TestCli::simulateText()
{
    const Run r
        = cli({ u"simulate"_s, u"--unhealthy"_s, u"shop/checkout-primary#1"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("70.00%  shop/checkout-primary"), r.out.constData());
    QVERIFY2(r.out.contains("30.00%  shop/checkout-standby (fallback)"), r.out.constData());
    QVERIFY2(r.out.contains("(unhealthy)"), r.out.constData());
}

void TestCli::simulateUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString examples = QStringLiteral(BW_EXAMPLES_DIR);
    QTest::addRow("unknown backend") << QStringList { u"simulate"_s, u"--unhealthy"_s, u"shop/nope"_s, examples };
    QTest::addRow("index out of range") << QStringList { u"simulate"_s, u"--unhealthy"_s, u"shop/checkout-primary#2"_s,
        examples };
    QTest::addRow("index not a number") << QStringList { u"simulate"_s, u"--unhealthy"_s, u"shop/checkout-primary#x"_s,
        examples };
    QTest::addRow("unknown route") << QStringList { u"simulate"_s, u"--route"_s, u"shop/nope"_s, examples };
    QTest::addRow("no paths") << QStringList { u"simulate"_s };
    QTest::addRow("missing scenario") << QStringList { u"simulate"_s, u"--scenario"_s, u"/nonexistent.yaml"_s,
        examples };
    QTest::addRow("scenario and live") << QStringList { u"simulate"_s, u"--scenario"_s,
        QStringLiteral(BW_SOURCE_DIR "/resources/scenarios/checkout-outage.yaml"), u"--live"_s, u"--duration"_s, u"1"_s,
        examples };
    QTest::addRow("live without duration") << QStringList { u"simulate"_s, u"--live"_s, examples };
}

void TestCli::simulateUsageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
    QVERIFY(!r.err.isEmpty());
}

void TestCli::simulateScenario()
{
    const QString scenario = QStringLiteral(BW_SOURCE_DIR "/resources/scenarios/checkout-outage.yaml");
    Run r
        = cli({ u"simulate"_s, u"--format"_s, u"json"_s, u"--scenario"_s, scenario, QStringLiteral(BW_EXAMPLES_DIR) });
    // Requests fail between the endpoint going down and its ejection: exit 1.
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const QJsonObject timeline = QJsonDocument::fromJson(r.out).object().value(u"scenario"_s).toObject();
    QCOMPARE(timeline.value(u"route"_s).toString(), u"shop/storefront"_s);
    QCOMPARE(timeline.value(u"failoverStartsAt"_s).toDouble(), 11.0);
    QCOMPARE(timeline.value(u"failoverEndsAt"_s).toDouble(), 60.0);
    QVERIFY(timeline.value(u"samples"_s).toArray().size() >= 90);
    // `rules` keeps its shape, for the state at the end: all back on the primary.
    const QJsonArray rules = QJsonDocument::fromJson(r.out).object().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonObject end = rules.first().toObject();
    QCOMPARE(end.value(u"route"_s).toString(), u"shop/storefront"_s);
    QCOMPARE(end.value(u"rule"_s).toInt(), 1);
    QCOMPARE(end.value(u"backends"_s).toArray()[0].toObject().value(u"share"_s).toDouble(), 100.0);
    QCOMPARE(end.value(u"endpoints"_s).toArray().size(), 3);
    QVERIFY(end.value(u"priorities"_s).toArray()[0].toObject().contains(u"health"_s));

    r = cli({ u"simulate"_s, u"--scenario"_s, scenario, QStringLiteral(BW_EXAMPLES_DIR) });
    QVERIFY2(r.out.contains("failover starts at 11.0s, ends at 60.0s"), r.out.constData());

    // A broken scenario is a located usage error.
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.yaml"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("duration: 60s\nevents:\n  - at: soon\n    endpoint: shop/checkout-primary#0\n    event: down\n");
    f.close();
    r = cli({ u"simulate"_s, u"--scenario"_s, bad, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bad.yaml:3:") && r.err.contains("events[0]"), r.err.constData());
}

void TestCli::unknownFirstArgumentIsUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("suggestion");
    QTest::addRow("typo") << QStringList { u"valdiate"_s, u"x.yaml"_s } << u"did you mean validate?"_s;
    QTest::addRow("option") << QStringList { u"--bogus"_s } << QString();
    QTest::addRow("exprot") << QStringList { u"exprot"_s } << u"did you mean export?"_s;
}

void TestCli::unknownFirstArgumentIsUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, suggestion);
    QVERIFY(bw::CommandLineTool::isCommandLine(QStringList { u"backend-workbench"_s } + args));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(suggestion.toUtf8()), r.err.constData());
    // An existing path is for the window; so is nothing at all.
    QVERIFY(!bw::CommandLineTool::isCommandLine({ u"backend-workbench"_s, QStringLiteral(BW_EXAMPLES_DIR) }));
    QVERIFY(!bw::CommandLineTool::isCommandLine({ u"backend-workbench"_s }));
    QVERIFY(!bw::CommandLineTool::isCommandLine({ u"backend-workbench"_s, u"-session"_s, u"x"_s }));
}

void TestCli::unknownOptionSuggests()
{
    const Run r = cli({ u"simulate"_s, u"--unhealty"_s, u"shop/x"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains("unknown option \"--unhealty\" for simulate; did you mean --unhealthy?"), r.err.constData());
    // Both spellings of a value.
    QCOMPARE(
        cli({ u"validate"_s, u"--format=json"_s, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") }).exitCode, 0);
    QCOMPARE(
        cli({ u"validate"_s, u"--format"_s, u"json"_s, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") }).exitCode,
        0);
    const Run flagValue = cli({ u"export"_s, u"--force=yes"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(flagValue.exitCode, 2);
    QVERIFY(flagValue.err.contains("--force takes no value"));
}

void TestCli::noManifestsIsUsageError_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : { "validate", "graph", "probe", "simulate", "export" })
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::noManifestsIsUsageError()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"empty"_s));
    const QString empty = dir.filePath(u"empty"_s);
    Run r = cli({ command, empty });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no manifests found in %1"_s.arg(empty).toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // A YAML file with only a comment holds none either.
    QFile f(dir.filePath(u"comment.yaml"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# nothing yet\n");
    f.close();
    r = cli({ command, f.fileName() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no manifests found in"), r.err.constData());
}

void TestCli::simulateTotalPanicFails()
{
    // Every endpoint of the rule unhealthy: availability 0, total panic, Envoy sends the
    // requests to hosts that cannot answer. They fail, so the exit status says so.
    const Run r = cli({ u"simulate"_s, u"--format"_s, u"json"_s, u"--route"_s, u"shop/storefront"_s, u"--unhealthy"_s,
        u"shop/checkout-primary"_s, u"--unhealthy"_s, u"shop/checkout-standby"_s, QStringLiteral(BW_EXAMPLES_DIR) });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray rules = QJsonDocument::fromJson(r.out).object().value(u"rules"_s).toArray();
    bool seen = false;
    for (const QJsonValue& v : rules) {
        const QJsonObject rule = v.toObject();
        if (rule.value(u"rule"_s).toInt() != 1)
            continue;
        seen = true;
        QCOMPARE(rule.value(u"normalizedTotalAvailability"_s).toInt(), 0);
        QCOMPARE(rule.value(u"totalPanic"_s).toBool(), true);
        QCOMPARE(rule.value(u"failing"_s).toDouble(), 100.0);
    }
    QVERIFY(seen);
}

void TestCli::setRefusesChangesThatAddErrors()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    const QByteArray before = bw::test::readFile(path);
    // A port out of range is an error the API server would refuse: nothing is written.
    Run r = cli({ u"set"_s, path, u"spec.endpoints[0].fqdn.port=70000"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        QRegularExpression(u"c\\.yaml:\\d+:\\d+: error: .*\\[BW\\d+\\]"_s).match(QString::fromUtf8(r.err)).hasMatch(),
        r.err.constData());
    QVERIFY2(r.err.contains("c.yaml was not changed") && r.err.contains("--force"), r.err.constData());
    QCOMPARE(bw::test::readFile(path), before);
    // --force writes it all the same, and still shows what it adds.
    r = cli({ u"set"_s, u"--force"_s, path, u"spec.endpoints[0].fqdn.port=70000"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(": error: "));
    QVERIFY(bw::test::readFile(path).contains("port: 70000"));
    // An error that was there before the change does not refuse a change that adds none.
    r = cli({ u"set"_s, path, u"spec.endpoints[1].fqdn.port=9443"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ u"set"_s, path, u"metadata.name=renamed"_s }); // the old error, under a new name
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::setSuggestsUnknownFields()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    const QByteArray before = bw::test::readFile(path);
    const Run r = cli({ u"set"_s, path, u"spec.fallbak=true"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("did you mean \"fallback\"") && r.err.contains("[BW0107]"), r.err.constData());
    QCOMPARE(bw::test::readFile(path), before);
}

void TestCli::setAppendsListItems()
{
    QTemporaryDir dir;
    const QString path = copyInto(dir, QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"), u"c.yaml"_s);
    // An index past the end says how to append rather than suggesting what cannot be done.
    Run r = cli({ u"set"_s, path, u"spec.endpoints[2].fqdn.port=1"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains("append one with spec.endpoints[+]=VALUE") && !r.err.contains("use append"), r.err.constData());
    r = cli(
        { u"set"_s, path, u"spec.endpoints[+].fqdn.hostname=c.example.com"_s, u"spec.endpoints[2].fqdn.port=443"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Run check = cli({ u"validate"_s, u"--format=json"_s, path });
    QCOMPARE(check.exitCode, 0);
    bw::Document doc(path, bw::test::readFile(path));
    QVERIFY(!doc.hasSyntaxErrors());
    QVERIFY2(bw::test::readFile(path).contains("c.example.com"), bw::test::readFile(path).constData());
    // A scalar list.
    r = cli({ u"set"_s, path, u"metadata.finalizers[+]=example.com/keep"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(bw::test::readFile(path).contains("example.com/keep"));
}

void TestCli::exportNeverWritesWhatDoesNotParse()
{
    QTemporaryDir dir;
    const QString good = copyInto(dir, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml"), u"a.yaml"_s);
    const QString broken = copyInto(dir, QStringLiteral(BW_EXAMPLES_DIR "/90-broken.yaml"), u"b.yaml"_s);
    const QString out = dir.filePath(u"out.yaml"_s);
    const Run r = cli({ u"export"_s, u"--force"_s, u"-o"_s, out, good, broken });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"%1 left out"_s.arg(broken).toUtf8()), r.err.constData());
    QCOMPARE(bw::test::readFile(out), bw::test::readFile(good));
    // Nothing but what does not parse: nothing is written.
    const Run none = cli({ u"export"_s, u"--force"_s, broken });
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
}

void TestCli::perCommandHelp()
{
    for (const char* c : { "validate", "export", "set", "explain", "graph", "probe", "simulate" }) {
        const Run r = cli({ QString::fromLatin1(c), u"-h"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray(QByteArray("Usage: backend-workbench ") + c)), r.out.constData());
        QVERIFY2(r.out.contains("--max-file-size") && !r.out.contains("Commands:"), r.out.constData());
    }
}

void TestCli::programExitCodesWithoutWindow()
{
    QCOMPARE(program({ u"validate"_s, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") }).exitCode, 0);
    QCOMPARE(program({ u"validate"_s, QStringLiteral(BW_EXAMPLES_DIR) }).exitCode, 1);
    QCOMPARE(program({ u"validate"_s, u"/nonexistent/x.yaml"_s }).exitCode, 2);
    // Not a command, not a path: a usage error at once, never a window.
    for (const QString& first : { u"valdiate"_s, u"--bogus"_s }) {
        const Run r = program({ first, QStringLiteral(BW_EXAMPLES_DIR) }, {}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Try 'backend-workbench --help'"), r.err.constData());
    }
    QVERIFY(program({ u"valdiate"_s }).err.contains("did you mean validate?"));
    const Run out = program({ u"export"_s, QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") });
    QCOMPARE(out.out, bw::test::readFile(QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml")));
}

void TestCli::programWithoutDisplayExitsCleanly()
{
    QTemporaryDir home;
    const QHash<QString, QString> env { { u"XDG_CONFIG_HOME"_s, home.path() }, { u"XDG_DATA_HOME"_s, home.path() } };
    for (const QStringList& args : { QStringList {}, QStringList { QStringLiteral(BW_EXAMPLES_DIR) } }) {
        const Run r = program(args, env, 20000);
        QVERIFY2(r.exitCode == 2, r.err.constData()); // not -1: no abort in the platform plugin
        QVERIFY2(r.err.contains("no display") && r.err.contains("QT_QPA_PLATFORM=offscreen"), r.err.constData());
    }
}

void TestCli::programOffscreenStillOpensTheWindow()
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    env.insert(u"XDG_STATE_HOME"_s, home.path());
    env.insert(u"XDG_CACHE_HOME"_s, home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BW_CLI_PATH), { QStringLiteral(BW_EXAMPLES_DIR "/35-xbackend.yaml") });
    QVERIFY(p.waitForStarted(10000));
    // The window runs until closed: still running after a while is what is wanted.
    const bool finished = p.waitForFinished(3000);
    const QByteArray err = p.readAllStandardError();
    if (finished)
        QFAIL(qPrintable(u"the window exited at once (%1): %2"_s.arg(p.exitCode()).arg(QString::fromUtf8(err))));
    p.kill();
    QVERIFY(p.waitForFinished(10000));
}

void TestCli::pluralsInTheCLocale()
{
    // No translation for the C locale: the English plural forms still apply.
    const QHash<QString, QString> c { { u"LC_ALL"_s, u"C"_s }, { u"LANG"_s, u"C"_s }, { u"LANGUAGE"_s, QString() } };
    const Run r = program({ u"probe"_s, QStringLiteral(BW_TEST_DATA_DIR "/crds/widget.yaml") }, c);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("0 endpoints probed") && !r.out.contains("(s)"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
