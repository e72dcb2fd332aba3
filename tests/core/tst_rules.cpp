// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every rule, shown by a pair of manifests in tests/data/rules/<CODE>/: invalid.yaml marks
// each line that must carry a problem with `# expect: CODE SEVERITY[; ...]`, and exactly
// those problems (errors and warnings; infos too when the file expects one) must be
// reported; valid.yaml, the closest correct variant, must produce no error or warning.
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

#include "testutils.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

const QString rulesDir = QStringLiteral(BW_TEST_DATA_DIR "/rules");

QStringList expectedOf(const QByteArray& text, bool* wantsInfo)
{
    static const QRegularExpression marker(u"#\\s*expect:\\s*(.+)$"_s);
    QStringList out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = marker.match(QString::fromUtf8(lines[i]));
        if (!m.hasMatch())
            continue;
        for (const QString& item : m.captured(1).split(u';', Qt::SkipEmptyParts)) {
            const QStringList parts = item.simplified().split(u' ');
            if (parts.size() != 2)
                qFatal("bad expectation \"%s\" on line %lld", qPrintable(item), i + 1);
            if (parts[1] == u"info"_s)
                *wantsInfo = true;
            out.append(u"%1 %2 line %3"_s.arg(parts[0], parts[1]).arg(i + 1));
        }
    }
    out.sort();
    return out;
}

QStringList reported(const std::vector<Diagnostic>& diagnostics, bool withInfo, QStringList* messages)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Info && !withInfo)
            continue;
        out.append(u"%1 %2 line %3"_s.arg(d.code, Diagnostic::severityName(d.severity)).arg(d.position.line));
        messages->append(u"%1:%2: %3 [%4]"_s.arg(d.file).arg(d.position.line).arg(d.message, d.code));
    }
    out.sort();
    return out;
}

std::vector<Diagnostic> check(const QString& path)
{
    Workspace ws;
    ws.open({ path });
    return ws.diagnostics();
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedRuleHasManifests();
    void invalidManifest_data();
    void invalidManifest();
    void validManifest_data();
    void validManifest();
    void messagesNameTheField();
    void quickFixesRepairWhatTheySay_data();
    void quickFixesRepairWhatTheySay();
    void metadataNameAsTheApiServerChecksIt_data();
    void metadataNameAsTheApiServerChecksIt();
    void portZeroOnAnEndpointIsAWarning();
};

void TestRules::everyDocumentedRuleHasManifests()
{
    const QString doc = QString::fromUtf8(test::readFile(QStringLiteral(BW_SOURCE_DIR "/docs/problem-codes.md")));
    static const QRegularExpression row(u"^\\| (BW\\d{4}) \\|"_s, QRegularExpression::MultilineOption);
    int rules = 0;
    for (auto it = row.globalMatch(doc); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (code < u"BW0100"_s)
            continue; // text and structure problems have their own tests (tst_yamlparser, tst_workspace)
        if (code >= u"BW0900"_s)
            continue; // probe results come from real endpoints (tst_probe, tst_proberesultsmodel)
        ++rules;
        QVERIFY2(QFile::exists(rulesDir + u'/' + code + u"/invalid.yaml"_s), qPrintable(code));
        QVERIFY2(QFile::exists(rulesDir + u'/' + code + u"/valid.yaml"_s), qPrintable(code));
    }
    QVERIFY(rules >= 60);
}

void TestRules::invalidManifest_data()
{
    QTest::addColumn<QString>("path");
    const QStringList codes = QDir(rulesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& code : codes)
        QTest::newRow(qPrintable(code)) << rulesDir + u'/' + code + u"/invalid.yaml"_s;
}

void TestRules::invalidManifest()
{
    QFETCH(QString, path);
    bool wantsInfo = false;
    const QStringList expected = expectedOf(test::readFile(path), &wantsInfo);
    QVERIFY2(!expected.isEmpty(), "an invalid manifest must expect at least one problem");
    const QString code = QFileInfo(path).dir().dirName();
    QVERIFY2(std::any_of(expected.begin(), expected.end(), [&](const QString& e) { return e.startsWith(code); }),
        "the manifest must show its own rule");
    QStringList messages;
    const QStringList actual = reported(check(path), wantsInfo, &messages);
    if (actual != expected)
        qWarning().noquote() << messages.join(u'\n');
    QCOMPARE(actual, expected);
}

void TestRules::validManifest_data()
{
    QTest::addColumn<QString>("path");
    const QStringList codes = QDir(rulesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& code : codes)
        QTest::newRow(qPrintable(code)) << rulesDir + u'/' + code + u"/valid.yaml"_s;
}

void TestRules::validManifest()
{
    QFETCH(QString, path);
    QStringList messages;
    const QStringList actual = reported(check(path), false, &messages);
    if (!actual.isEmpty())
        qWarning().noquote() << messages.join(u'\n');
    QCOMPARE(actual, QStringList());
}

void TestRules::messagesNameTheField()
{
    // A message says which field is wrong and what is expected; the field path points there.
    Workspace ws;
    ws.addText(u"b.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: Backend\n"
        "metadata: {name: b, namespace: default}\n"
        "spec:\n"
        "  type: Endpoint\n"
        "  endpoints:\n"
        "    - fqdn: {hostname: api.example.com, port: 70000}\n"_ba);
    const std::vector<Diagnostic> d = ws.diagnostics();
    QCOMPARE(d.size(), size_t(2));
    QCOMPARE(d[0].code, u"BW0102"_s);
    QCOMPARE(d[0].fieldPath, u"spec.type"_s);
    QVERIFY2(d[0].message.contains(u"\"Endpoints\", \"DynamicResolver\""_s), qPrintable(d[0].message));
    QCOMPARE(d[0].position.line, 5);
    QCOMPARE(d[0].position.column, 9);
    QCOMPARE(d[1].code, u"BW0103"_s);
    QCOMPARE(d[1].fieldPath, u"spec.endpoints[0].fqdn.port"_s);
    QVERIFY2(d[1].message.contains(u"between 0 and 65535"_s), qPrintable(d[1].message));
    QCOMPARE(d[1].kind, u"Backend"_s);
    QCOMPARE(d[1].name, u"b"_s);
    QCOMPARE(d[1].namespace_, u"default"_s);
}

void TestRules::quickFixesRepairWhatTheySay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("did you mean") << rulesDir + u"/BW0107/invalid.yaml"_s << u"BW0107"_s;
    QTest::newRow("create the ReferenceGrant") << rulesDir + u"/BW0503/invalid.yaml"_s << u"BW0503"_s;
    QTest::newRow("quote a number meant as text") << QStringLiteral(BW_TEST_DATA_DIR "/quote-fix.yaml") << u"BW0100"_s;
}

void TestRules::quickFixesRepairWhatTheySay()
{
    // Applying the fix through the workspace (as the GUI does) removes the problem and adds
    // no other; undo brings the exact text back.
    QFETCH(QString, path);
    QFETCH(QString, code);
    Workspace ws;
    ws.open({ path });
    const int id = ws.documentIds().value(0);
    const QByteArray before = ws.document(id)->text();
    const std::vector<Diagnostic> found = ws.diagnostics();
    const auto withFix = std::find_if(found.begin(), found.end(), [&](const Diagnostic& d) { return d.code == code; });
    QVERIFY(withFix != found.end());
    QVERIFY2(withFix->fix.has_value(), qPrintable(withFix->message));
    QVERIFY(ws.applyEdits(id, { *withFix->fix }, u"quick fix"_s));
    QStringList messages;
    QCOMPARE(reported(ws.diagnostics(), false, &messages), QStringList());
    QVERIFY(ws.undo());
    QCOMPARE(ws.document(id)->text(), before);
}

void TestRules::metadataNameAsTheApiServerChecksIt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    const QString configMap = u"ConfigMap"_s;
    QTest::addRow("plain") << configMap << u"shop-ca"_s << true;
    QTest::addRow("dotted") << configMap << u"ca.v2.shop"_s << true;
    QTest::addRow("label longer than 63") << configMap << QString(70, u'a') << true;
    QTest::addRow("253 characters") << configMap << QString(253, u'a') << true;
    QTest::addRow("254 characters") << configMap << QString(254, u'a') << false;
    QTest::addRow("upper case") << configMap << u"Shop-CA"_s << false;
    QTest::addRow("underscore") << configMap << u"shop_ca"_s << false;
    QTest::addRow("starts with -") << configMap << u"-shop"_s << false;
    QTest::addRow("ends with -") << configMap << u"shop-"_s << false;
    QTest::addRow("ends with .") << configMap << u"shop."_s << false;
    QTest::addRow("empty label") << configMap << u"shop..ca"_s << false;
    QTest::addRow("a label ends with -") << configMap << u"shop-.ca"_s << false;
    QTest::addRow("space") << configMap << u"shop ca"_s << false;
    QTest::addRow("Backend, upper case") << u"Backend"_s << u"Api"_s << false;
    QTest::addRow("HTTPRoute, underscore") << u"HTTPRoute"_s << u"web_route"_s << false;
    QTest::addRow("Service, digit first") << u"Service"_s << u"1st"_s << false;
    QTest::addRow("Service, dotted") << u"Service"_s << u"a.b"_s << false;
    QTest::addRow("Service, label") << u"Service"_s << u"api-1"_s << true;
}

void TestRules::metadataNameAsTheApiServerChecksIt()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QByteArray text;
    if (kind == u"ConfigMap"_s)
        text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"" + name.toUtf8() + "\"\ndata: {a: b}\n";
    else if (kind == u"Service"_s)
        text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: \"" + name.toUtf8()
            + "\"\nspec:\n  ports: [{port: 80}]\n";
    else if (kind == u"Backend"_s)
        text = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: \"" + name.toUtf8()
            + "\"\nspec:\n  endpoints: [{fqdn: {hostname: api.example.com, port: 443}}]\n";
    else
        text = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: \"" + name.toUtf8()
            + "\"\nspec: {}\n";
    Workspace ws;
    ws.addText(u"n.yaml"_s, text);
    QStringList codes;
    const Diagnostic* found = nullptr;
    const std::vector<Diagnostic> d = ws.diagnostics();
    for (const Diagnostic& x : d) {
        codes.append(x.code);
        if (x.code == u"BW0013"_s)
            found = &x;
    }
    QCOMPARE(found != nullptr, !valid);
    if (found) {
        QCOMPARE(found->severity, Severity::Error);
        QCOMPARE(found->fieldPath, u"metadata.name"_s);
        QCOMPARE(found->position.line, 4);
        QVERIFY2(found->message.contains(u'"' + name + u'"'), qPrintable(found->message));
    }
}

void TestRules::portZeroOnAnEndpointIsAWarning()
{
    // The CRD's minimum is 0: no schema error, but a warning at the port, fqdn and ip alike.
    Workspace ws;
    ws.addText(u"b.yaml"_s,
        "apiVersion: gateway.envoyproxy.io/v1alpha1\n"
        "kind: Backend\n"
        "metadata: {name: b, namespace: default}\n"
        "spec:\n"
        "  endpoints:\n"
        "    - ip: {address: 10.0.0.1, port: 0}\n"
        "    - ip: {address: 10.0.0.2, port: 8080}\n"_ba);
    const std::vector<Diagnostic> d = ws.diagnostics();
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].code, u"BW0219"_s);
    QCOMPARE(d[0].severity, Severity::Warning);
    QCOMPARE(d[0].fieldPath, u"spec.endpoints[0].ip.port"_s);
    QCOMPARE(d[0].position.line, 6);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
