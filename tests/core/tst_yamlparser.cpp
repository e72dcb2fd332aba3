// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "document/document.h"
#include "document/scalarformatter.h"
#include "document/yamlparser.h"
#include "testutils.h"

using namespace bw;
using namespace Qt::StringLiterals;

class TestYamlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeRanges_data();
    void nodeRanges();
    void emptyNullSitsAfterColon();
    void lineAndColumn();
    void roundTrip_data();
    void roundTrip();
    void splitDocuments_data();
    void splitDocuments();
    void problems_data();
    void problems();
    void aliasBombIsRefusedWithoutExpanding();
    void aliasesResolveForLookups();
    void mergeKeys();
    void hugeFileIsRefused();
    void reparseOnlyTouchesEditedDocument();
    void fieldPaths_data();
    void fieldPaths();
    void scalarQuoting_data();
    void scalarQuoting();
};

void TestYamlParser::nodeRanges_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("doc");
    QTest::addColumn<QByteArray>("text");

    QTest::addRow("block scalar with comment") << "a: 1\nb:\n  c: hello # note\n"_ba << u"b.c"_s << 0 << "hello"_ba;
    QTest::addRow("block mapping") << "a: 1\nb:\n  c: hello # note\n  d: 2\n"_ba << u"b"_s << 0
                                   << "c: hello # note\n  d: 2"_ba;
    QTest::addRow("double quoted") << "q: \"a\\\"b\" # x\n"_ba << u"q"_s << 0 << "\"a\\\"b\""_ba;
    QTest::addRow("single quoted") << "sq: 'it''s'\n"_ba << u"sq"_s << 0 << "'it''s'"_ba;
    QTest::addRow("flow scalar") << "spec: {endpoints: [{fqdn: {hostname: x.example.com, port: 443}}]}\n"_ba
                                 << u"spec.endpoints[0].fqdn.port"_s << 0 << "443"_ba;
    QTest::addRow("flow mapping") << "spec: {endpoints: [{fqdn: {hostname: x.example.com, port: 443}}]}\n"_ba
                                  << u"spec.endpoints[0].fqdn"_s << 0 << "{hostname: x.example.com, port: 443}"_ba;
    QTest::addRow("flow sequence") << "spec: {endpoints: [{fqdn: {hostname: x.example.com, port: 443}}]}\n"_ba
                                   << u"spec.endpoints"_s << 0 << "[{fqdn: {hostname: x.example.com, port: 443}}]"_ba;
    QTest::addRow("flow over lines") << "l: [a,\n  b, # c\n  c ]\nz: 1\n"_ba << u"l"_s << 0
                                     << "[a,\n  b, # c\n  c ]"_ba;
    QTest::addRow("block sequence item") << "items:\n  - a\n  - b\n"_ba << u"items[1]"_s << 0 << "b"_ba;
    QTest::addRow("block sequence") << "items:\n  - a\n  - b\n"_ba << u"items"_s << 0 << "- a\n  - b"_ba;
    QTest::addRow("literal block scalar") << "s: |\n  l1\n\n  l2\nt: 1\n"_ba << u"s"_s << 0 << "|\n  l1\n\n  l2"_ba;
    QTest::addRow("folded keep") << "s: >+\n  l1\n  l2\n\nt: 1\n"_ba << u"s"_s << 0 << ">+\n  l1\n  l2"_ba;
    QTest::addRow("multi-line plain") << "p: this is\n  multi line\nq: 1\n"_ba << u"p"_s << 0
                                      << "this is\n  multi line"_ba;
    QTest::addRow("anchored scalar") << "a: &x 1\nb: *x\n"_ba << u"a"_s << 0 << "1"_ba;
    QTest::addRow("alias") << "a: &x 1\nb: *x\n"_ba << u"b"_s << 0 << "*x"_ba;
    QTest::addRow("tagged scalar") << "a: !!str 12\n"_ba << u"a"_s << 0 << "12"_ba;
    QTest::addRow("explicit null") << "a: ~\nb: 1\n"_ba << u"a"_s << 0 << "~"_ba;
    QTest::addRow("crlf") << "a: 1\r\nb: two\r\nc:\r\n  - x\r\n"_ba << u"b"_s << 0 << "two"_ba;
    QTest::addRow("crlf sequence") << "a: 1\r\nb: two\r\nc:\r\n  - x\r\n  - y\r\n"_ba << u"c"_s << 0
                                   << "- x\r\n  - y"_ba;
    QTest::addRow("bom") << "\xEF\xBB\xBF"
                            "a: 1\nb: x\n"_ba
                         << u"b"_s << 0 << "x"_ba;
    QTest::addRow("comments between items")
        << "l:\n  # c1\n  - a # x\n  # c2\n\n  - b\n"_ba << u"l[1]"_s << 0 << "b"_ba;
    QTest::addRow("second document") << "a: 1\n---\n# c\nb: 2\n---\nc: 3\n"_ba << u"b"_s << 1 << "2"_ba;
    QTest::addRow("third document") << "a: 1\n---\n# c\nb: 2\n---\nc: 3\n"_ba << u"c"_s << 2 << "3"_ba;
    QTest::addRow("utf-8 before") << "name: grüße\nport: 8080\n"_ba << u"port"_s << 0 << "8080"_ba;
    QTest::addRow("map in sequence") << "eps:\n- fqdn:\n    hostname: a.example.com\n  zone: z1\n"_ba
                                     << u"eps[0].zone"_s << 0 << "z1"_ba;
    QTest::addRow("nested sequences") << "l:\n- - a\n  - b\n- c\n"_ba << u"l[0][1]"_s << 0 << "b"_ba;
    QTest::addRow("url value") << "u: http://example.com:8080/x # c\n"_ba << u"u"_s << 0
                               << "http://example.com:8080/x"_ba;
}

void TestYamlParser::nodeRanges()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(int, doc);
    QFETCH(QByteArray, text);
    Document d(u"t.yaml"_s, yaml);
    QVERIFY2(!d.hasSyntaxErrors(), test::firstProblem(d).constData());
    QCOMPARE(test::nodeText(d, path, doc), text);
}

void TestYamlParser::emptyNullSitsAfterColon()
{
    Document d(u"t.yaml"_s, "e:\nf: 1\nl:\n  -\n  - x\n"_ba);
    const YamlTree& t = d.documents()[0].tree;
    const YamlNode& e = t.node(t.find(*FieldPath::parse(u"e"_s)));
    QVERIFY(e.isNull());
    QCOMPARE(e.valueRange, (SourceRange { 2, 2 }));
    const YamlNode& item = t.node(t.find(*FieldPath::parse(u"l[0]"_s)));
    QVERIFY(item.isNull());
    QCOMPARE(d.text().at(item.valueRange.begin - 1), '-');
}

void TestYamlParser::lineAndColumn()
{
    Document d(u"t.yaml"_s,
        "\xEF\xBB\xBF"
        "a: 1\r\nnäme: x\r\nb: ü\r\n"_ba);
    const YamlTree& t = d.documents()[0].tree;
    const int b = t.find(*FieldPath::parse(u"b"_s));
    QCOMPARE(d.positionAt(t.node(b).valueRange.begin), (TextPosition { 3, 4 }));
    const int a = t.find(*FieldPath::parse(u"a"_s));
    QCOMPARE(d.positionAt(t.node(a).valueRange.begin), (TextPosition { 1, 4 }));
    QCOMPARE(d.offsetAt({ 3, 4 }), t.node(b).valueRange.begin);
}

void TestYamlParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QString& f : test::exampleFiles())
        QTest::addRow("%s", qPrintable(QFileInfo(f).fileName())) << test::readFile(f);
    QTest::addRow("flow style") << "spec: {a: [1, 2, {b: c}], d: 'e'}\n"_ba;
    QTest::addRow("crlf") << "a: 1\r\n# comment\r\nb:\r\n  - x\r\n"_ba;
    QTest::addRow("bom") << "\xEF\xBB\xBF# c\nkey: value\n"_ba;
    QTest::addRow("no final newline") << "a: 1\nb: 2"_ba;
    QTest::addRow("comments between items") << "l:\n  # one\n  - a\n\n  # two\n  - b   # trailing\n"_ba;
    QTest::addRow("multi-document") << "---\na: 1\n...\n---\nb: 2\n--- # c\nc: 3\n"_ba;
    QTest::addRow("anchors") << "base: &b {x: 1}\nuse: *b\nmerged:\n  <<: *b\n  y: 2\n"_ba;
    QTest::addRow("tabs after content") << "a:\t1\t# tab-separated comment\n"_ba;
    QTest::addRow("malformed") << test::readFile(QStringLiteral(BW_TEST_DATA_DIR "/malformed.yaml"));
    QTest::addRow("invalid utf-8") << "a: \xff\xfe\n"_ba;
}

void TestYamlParser::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QString error;
    auto doc = Document::load(path, {}, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->text(), bytes);
    QCOMPARE(doc->save().status, Document::SaveStatus::Saved);
    QCOMPARE(test::readFile(path), bytes);
}

void TestYamlParser::splitDocuments_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("parts");
    QTest::addRow("single") << "a: 1\n"_ba << QStringList { u"a: 1\n"_s };
    QTest::addRow("leading comment joins") << "# c\n---\na: 1\n"_ba << QStringList { u"# c\n---\na: 1\n"_s };
    QTest::addRow("three") << "a: 1\n---\nb: 2\n--- \nc: 3"_ba
                           << QStringList { u"a: 1\n"_s, u"---\nb: 2\n"_s, u"--- \nc: 3"_s };
    QTest::addRow("end marker") << "a: 1\n...\nb: 2\n"_ba << QStringList { u"a: 1\n...\n"_s, u"b: 2\n"_s };
    QTest::addRow("dashes in a value") << "a: ---x\nb: |\n  ---\n"_ba << QStringList { u"a: ---x\nb: |\n  ---\n"_s };
}

void TestYamlParser::splitDocuments()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, parts);
    QStringList got;
    for (const SourceRange& r : YamlParser::splitDocuments(yaml))
        got.append(QString::fromUtf8(yaml.mid(r.begin, r.length())));
    QCOMPARE(got, parts);
}

void TestYamlParser::problems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("unclosed flow") << "a: [1, 2\nb: 3\n"_ba << u"BW0001"_s << 2 << 2;
    QTest::addRow("unterminated quote") << test::readFile(QStringLiteral(BW_TEST_DATA_DIR "/malformed.yaml"))
                                        << u"BW0001"_s << 8 << 19;
    QTest::addRow("tab indentation") << "a: 1\nb:\n\tc: 2\n"_ba << u"BW0002"_s << 3 << 1;
    QTest::addRow("duplicate key") << "a: 1\nb: 2\na: 3\n"_ba << u"BW0003"_s << 3 << 1;
    QTest::addRow("duplicate key in second doc") << "a: 1\n---\nx:\n  y: 1\n  y: 2\n"_ba << u"BW0003"_s << 5 << 3;
    QTest::addRow("invalid utf-8") << "a: 1\nb: caf\xe9\n"_ba << u"BW0007"_s << 2 << 7;
    QTest::addRow("overlong utf-8") << "a: \xc0\xaf\n"_ba << u"BW0007"_s << 1 << 4;
    QTest::addRow("recursive alias") << "a: &a [*a]\n"_ba << u"BW0009"_s << 1 << 8;
    QByteArray deep;
    for (int i = 0; i < 300; ++i)
        deep += '[';
    QTest::addRow("deep nesting") << (u"a: "_s.toUtf8() + deep) << u"BW0011"_s << 1 << -1;
}

void TestYamlParser::problems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    Document d(u"t.yaml"_s, yaml);
    QCOMPARE(d.text(), yaml);
    const auto problems = d.problems();
    QVERIFY(!problems.empty());
    const auto it
        = std::find_if(problems.begin(), problems.end(), [&](const ParseProblem& p) { return p.code == code; });
    QVERIFY2(it != problems.end(), qPrintable(problems.front().code + u' ' + problems.front().message));
    QVERIFY(!it->message.isEmpty());
    const TextPosition pos = d.positionAt(it->range.begin);
    QCOMPARE(pos.line, line);
    if (column > 0)
        QCOMPARE(pos.column, column);
}

void TestYamlParser::aliasBombIsRefusedWithoutExpanding()
{
    Document d(u"bomb.yaml"_s, test::readFile(QStringLiteral(BW_TEST_DATA_DIR "/alias-bomb.yaml")));
    QVERIFY(d.hasSyntaxErrors());
    const auto problems = d.problems();
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems.front().code, u"BW0009"_s);
    QCOMPARE(d.text().mid(problems.front().range.begin, 1), "*"_ba);

    // A document with a modest amount of aliasing is fine.
    Document ok(u"ok.yaml"_s, "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"_ba);
    QVERIFY(!ok.hasSyntaxErrors());
}

void TestYamlParser::aliasesResolveForLookups()
{
    Document d(u"t.yaml"_s, "defaults: &d\n  port: 443\nspec:\n  fqdn: *d\n"_ba);
    const YamlTree& t = d.documents()[0].tree;
    QCOMPARE(t.stringAt(*FieldPath::parse(u"spec.fqdn.port"_s)), u"443"_s);
    QCOMPARE(
        t.toVariant(t.root).toMap().value(u"spec"_s).toMap().value(u"fqdn"_s).toMap().value(u"port"_s).toInt(), 443);
}

void TestYamlParser::mergeKeys()
{
    Document d(u"t.yaml"_s, "base: &b {port: 443, host: a}\nep:\n  <<: *b\n  host: b\n"_ba);
    const YamlTree& t = d.documents()[0].tree;
    QCOMPARE(t.stringAt(*FieldPath::parse(u"ep.port"_s)), u"443"_s);
    QCOMPARE(t.stringAt(*FieldPath::parse(u"ep.host"_s)), u"b"_s);
}

void TestYamlParser::hugeFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.yaml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    f.close();
    QString error;
    Document::LoadOptions options;
    QVERIFY(!Document::load(path, options, &error));
    QVERIFY2(error.contains(u"200.0 MB"_s) && error.contains(u"64.0 MB"_s), qPrintable(error));
    options.maxFileSize = 100;
    QFile small(dir.filePath(u"small.yaml"_s));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(QByteArray(200, '#'));
    small.close();
    QVERIFY(!Document::load(small.fileName(), options, &error));
}

void TestYamlParser::reparseOnlyTouchesEditedDocument()
{
    Document d(u"t.yaml"_s, "a: 1\n---\nb: 2\n---\nc: 3\n"_ba);
    const qsizetype at = d.text().indexOf("2");
    QVERIFY(d.apply({ DocumentEdit { at, 1, "22" } }));
    QCOMPARE(d.reparsedDocuments(), std::vector<int> { 1 });
    QCOMPARE(test::nodeText(d, u"c"_s, 2), "3"_ba);
    QCOMPARE(d.documents()[2].range.begin, qsizetype(d.text().indexOf("---\nc")));
    QCOMPARE(test::nodeText(d, u"b"_s, 1), "22"_ba);
}

void TestYamlParser::fieldPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::addRow("simple") << u"spec.endpoints[0].fqdn.port"_s << true << u"spec.endpoints[0].fqdn.port"_s;
    QTest::addRow("quoted key") << u"metadata.annotations[\"example.com/x.y\"]"_s << true
                                << u"metadata.annotations[\"example.com/x.y\"]"_s;
    QTest::addRow("nested index") << u"l[0][1]"_s << true << u"l[0][1]"_s;
    QTest::addRow("empty") << QString() << false << QString();
    QTest::addRow("double dot") << u"a..b"_s << false << QString();
    QTest::addRow("bad index") << u"a[x]"_s << false << QString();
    QTest::addRow("trailing dot") << u"a."_s << false << QString();
}

void TestYamlParser::fieldPaths()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString error;
    const auto p = FieldPath::parse(text, &error);
    QCOMPARE(p.has_value(), valid);
    if (valid)
        QCOMPARE(p->toString(), normalised);
    else
        QVERIFY(error.contains(text));
}

void TestYamlParser::scalarQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::addRow("plain") << u"storefront"_s << "storefront"_ba;
    QTest::addRow("on") << u"on"_s << "\"on\""_ba;
    QTest::addRow("yes") << u"yes"_s << "\"yes\""_ba;
    QTest::addRow("leading zero") << u"0123"_s << "\"0123\""_ba;
    QTest::addRow("exponent") << u"1e3"_s << "\"1e3\""_ba;
    QTest::addRow("colon first") << u":x"_s << "\":x\""_ba;
    QTest::addRow("colon space") << u"a: b"_s << "\"a: b\""_ba;
    QTest::addRow("hash") << u"a #b"_s << "\"a #b\""_ba;
    QTest::addRow("null") << u"null"_s << "\"null\""_ba;
    QTest::addRow("tilde") << u"~"_s << "\"~\""_ba;
    QTest::addRow("empty") << QString() << "\"\""_ba;
    QTest::addRow("number") << u"8443"_s << "\"8443\""_ba;
    QTest::addRow("date") << u"2026-11-21"_s << "\"2026-11-21\""_ba;
    QTest::addRow("wildcard") << u"*.example.com"_s << "\"*.example.com\""_ba;
    QTest::addRow("newline") << u"a\nb"_s << "\"a\\nb\""_ba;
    QTest::addRow("quote") << u"say \"hi\""_s << "say \"hi\""_ba;
    QTest::addRow("url") << u"http://x:8080/p"_s << "http://x:8080/p"_ba;
    QTest::addRow("version") << u"1.2"_s << "\"1.2\""_ba;
    QTest::addRow("ipv4") << u"10.0.0.1"_s << "10.0.0.1"_ba;
    QTest::addRow("unicode") << u"grüße"_s << "grüße"_ba;
}

void TestYamlParser::scalarQuoting()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    const QByteArray out = ScalarFormatter::format(ScalarValue::string(value), ScalarFormatter::Context::Block);
    QCOMPARE(out, written);
    // Whatever we write, a YAML reader gets the same string back, as a string.
    const YAML::Node n = YAML::Load(QByteArray("v: " + out).toStdString());
    QCOMPARE(QString::fromStdString(n["v"].Scalar()), value);
    Document d(u"t.yaml"_s, "v: " + out + "\n");
    const YamlTree& t = d.documents()[0].tree;
    QCOMPARE(t.scalarKind(t.find(*FieldPath::parse(u"v"_s))), YamlTree::ScalarKind::String);
}

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
