// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "document/structurededitor.h"
#include "testutils.h"
#include "workspace/workspace.h"

using namespace bw;
using namespace Qt::StringLiterals;

// An operation written the way the tests read: "set PATH VALUE", "str PATH VALUE" (a
// string), "append PATH VALUE", "insert PATH INDEX VALUE", "remove PATH", "map PATH KEY=V,...",
// "move PATH FROM TO", "text PATH string|typed|keep TEXT" (a field set from typed text),
// "appendempty PATH KEY,..." (an item with those keys and no values)
static StructuredEditor::Result run(const Document& d, const QString& op)
{
    const QStringList w = op.split(u' ');
    const StructuredEditor e(d, 0);
    const FieldPath path = *FieldPath::parse(w.at(1));
    if (w[0] == u"set")
        return e.setScalar(path, ScalarValue::fromYamlText(w.mid(2).join(u' ')));
    if (w[0] == u"str")
        return e.setScalar(path, ScalarValue::string(w.mid(2).join(u' ')));
    if (w[0] == u"append")
        return e.appendItem(path, ScalarValue::fromYamlText(w.at(2)));
    if (w[0] == u"insert")
        return e.insertItem(path, w.at(2).toInt(), ScalarValue::fromYamlText(w.at(3)));
    if (w[0] == u"remove")
        return e.remove(path);
    if (w[0] == u"move")
        return e.moveItem(path, w.at(2).toInt(), w.at(3).toInt());
    if (w[0] == u"text") {
        const StructuredEditor::TextAs as = w.at(2) == u"string"_s ? StructuredEditor::TextAs::String
            : w.at(2) == u"typed"_s                                ? StructuredEditor::TextAs::Typed
                                                                   : StructuredEditor::TextAs::KeepString;
        return e.setFromText(path, w.mid(3).join(u' '), as);
    }
    if (w[0] == u"appendempty") {
        QList<QPair<QString, YamlValue>> entries;
        for (const QString& k : w.at(2).split(u','))
            entries.append({ k, ScalarValue::empty() });
        return e.appendItem(path, YamlValue::mapping(entries));
    }
    if (w[0] == u"appendmap" || w[0] == u"setmap") {
        QList<QPair<QString, YamlValue>> entries;
        for (const QString& kv : w.at(2).split(u','))
            entries.append({ kv.section(u'=', 0, 0), ScalarValue::fromYamlText(kv.section(u'=', 1)) });
        const YamlValue v = YamlValue::mapping(entries);
        return w[0] == u"appendmap" ? e.appendItem(path, v) : e.setValue(path, v);
    }
    return { {}, u"unknown test op"_s };
}

class TestStructuredEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edits_data();
    void edits();
    void editTouchesOnlyItsNode();
    void errors_data();
    void errors();
    void undoRestoresExactBytes();
    void styleDetection();
};

void TestStructuredEditor::edits_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QByteArray>("after");

    QTest::addRow("scalar keeps comment")
        << "spec:\n  port: 80 # web\n"_ba << u"set spec.port 8443"_s << "spec:\n  port: 8443 # web\n"_ba;
    QTest::addRow("string that looks like bool")
        << "a:\n  mode: x\n"_ba << u"str a.mode on"_s << "a:\n  mode: \"on\"\n"_ba;
    QTest::addRow("typed number over a string stays a string")
        << "name: abc # n\n"_ba << u"text name keep 0123"_s << "name: \"0123\" # n\n"_ba;
    QTest::addRow("typed number over a number") << "port: 80\n"_ba << u"text port keep 8443"_s << "port: 8443\n"_ba;
    QTest::addRow("typed number where nothing is")
        << "a: 1\n"_ba << u"text port keep 8443"_s << "a: 1\nport: 8443\n"_ba;
    QTest::addRow("typed bool over a quoted string")
        << "sni: \"x\"\n"_ba << u"text sni keep on"_s << "sni: \"on\"\n"_ba;
    QTest::addRow("keeps single quotes") << "name: 'old' # c\n"_ba << u"str name new"_s << "name: 'new' # c\n"_ba;
    QTest::addRow("keeps double quotes") << "name: \"old\"\n"_ba << u"str name new"_s << "name: \"new\"\n"_ba;
    QTest::addRow("flow scalar") << "spec: {port: 80, host: a}\n"_ba << u"set spec.port 81"_s
                                 << "spec: {port: 81, host: a}\n"_ba;
    QTest::addRow("flow string with comma")
        << "spec: {host: a}\n"_ba << u"str spec.host a,b"_s << "spec: {host: \"a,b\"}\n"_ba;
    QTest::addRow("add key block") << "spec:\n  a: 1\n# tail\n"_ba << u"set spec.b 2"_s
                                   << "spec:\n  a: 1\n  b: 2\n# tail\n"_ba;
    QTest::addRow("add key after comment on line")
        << "spec:\n  a: 1 # one\nz: 0\n"_ba << u"set spec.b 2"_s << "spec:\n  a: 1 # one\n  b: 2\nz: 0\n"_ba;
    QTest::addRow("add nested keys") << "spec:\n  a: 1\n"_ba << u"str spec.tls.sni x.example.com"_s
                                     << "spec:\n  a: 1\n  tls:\n    sni: x.example.com\n"_ba;
    QTest::addRow("add with 4-space indent")
        << "spec:\n    a: 1\n"_ba << u"set spec.tls.num 1"_s << "spec:\n    a: 1\n    tls:\n        num: 1\n"_ba;
    QTest::addRow("key that YAML 1.1 reads as bool") << "a: 1\n"_ba << u"set y 1"_s << "a: 1\n\"y\": 1\n"_ba;
    QTest::addRow("add to flow") << "spec: {a: 1}\n"_ba << u"set spec.b 2"_s << "spec: {a: 1, b: 2}\n"_ba;
    QTest::addRow("add to empty flow") << "spec: {}\n"_ba << u"set spec.b 2"_s << "spec: {b: 2}\n"_ba;
    QTest::addRow("fill empty null") << "spec:\n  tls:\n  a: 1\n"_ba << u"str spec.tls.sni x"_s
                                     << "spec:\n  tls:\n    sni: x\n  a: 1\n"_ba;
    QTest::addRow("fill tilde") << "spec:\n  tls: ~ # none yet\n"_ba << u"str spec.tls.sni x"_s
                                << "spec:\n  tls:\n    sni: x # none yet\n"_ba;
    QTest::addRow("scalar into empty null") << "a:\nb: 1\n"_ba << u"set a 5"_s << "a: 5\nb: 1\n"_ba;
    QTest::addRow("append block item") << "items:\n  - a\n  - b\n"_ba << u"append items c"_s
                                       << "items:\n  - a\n  - b\n  - c\n"_ba;
    QTest::addRow("append to flow") << "items: [a, b]\n"_ba << u"append items c"_s << "items: [a, b, c]\n"_ba;
    QTest::addRow("append to empty flow") << "items: []\n"_ba << u"append items c"_s << "items: [c]\n"_ba;
    QTest::addRow("append creates list") << "spec:\n  a: 1\n"_ba << u"append spec.items x"_s
                                         << "spec:\n  a: 1\n  items:\n    - x\n"_ba;
    QTest::addRow("append mapping item") << "eps:\n- fqdn:\n    hostname: a\n"_ba
                                         << u"appendmap eps ip=10.0.0.1,port=80"_s
                                         << "eps:\n- fqdn:\n    hostname: a\n- ip: 10.0.0.1\n  port: 80\n"_ba;
    QTest::addRow("list style follows document") << "spec:\n  items:\n  - a\nother: 1\n"_ba << u"append spec.more b"_s
                                                 << "spec:\n  items:\n  - a\n  more:\n  - b\nother: 1\n"_ba;
    QTest::addRow("insert first") << "l:\n  - b\n"_ba << u"insert l 0 a"_s << "l:\n  - a\n  - b\n"_ba;
    QTest::addRow("insert flow") << "l: [a, c]\n"_ba << u"insert l 1 b"_s << "l: [a, b, c]\n"_ba;
    QTest::addRow("remove middle key") << "a: 1\nb: 2 # x\nc: 3\n"_ba << u"remove b"_s << "a: 1\nc: 3\n"_ba;
    QTest::addRow("remove nested block") << "a:\n  x: 1\n  y:\n    z: 2\nb: 3\n"_ba << u"remove a.y"_s
                                         << "a:\n  x: 1\nb: 3\n"_ba;
    QTest::addRow("remove last line no newline") << "a: 1\nb: 2"_ba << u"remove b"_s << "a: 1"_ba;
    QTest::addRow("remove only key") << "spec:\n  a: 1\nx: y\n"_ba << u"remove spec.a"_s << "spec: {}\nx: y\n"_ba;
    QTest::addRow("remove first key of item")
        << "l:\n  - name: a\n    port: 1\n"_ba << u"remove l[0].name"_s << "l:\n  - port: 1\n"_ba;
    QTest::addRow("remove item") << "l:\n  - a\n  - b # keep\n"_ba << u"remove l[0]"_s << "l:\n  - b # keep\n"_ba;
    QTest::addRow("remove only item") << "l:\n  - a\nz: 1\n"_ba << u"remove l[0]"_s << "l: []\nz: 1\n"_ba;
    QTest::addRow("remove flow middle") << "l: [a, b, c]\n"_ba << u"remove l[1]"_s << "l: [a, c]\n"_ba;
    QTest::addRow("remove flow last") << "l: [a, b, c]\n"_ba << u"remove l[2]"_s << "l: [a, b]\n"_ba;
    QTest::addRow("remove flow key") << "m: {a: 1, b: 2}\n"_ba << u"remove m.a"_s << "m: {b: 2}\n"_ba;
    QTest::addRow("crlf add key") << "a: 1\r\nb: 2\r\n"_ba << u"set c 3"_s << "a: 1\r\nb: 2\r\nc: 3\r\n"_ba;
    QTest::addRow("crlf remove") << "a: 1\r\nb: 2\r\nc: 3\r\n"_ba << u"remove b"_s << "a: 1\r\nc: 3\r\n"_ba;
    QTest::addRow("bom") << "\xEF\xBB\xBF"
                            "a: 1\n"_ba
                         << u"set a 2"_s
                         << "\xEF\xBB\xBF"
                            "a: 2\n"_ba;
    QTest::addRow("replace block scalar") << "s: |\n  x\n  y\nt: 1\n"_ba << u"str s z"_s << "s: z\nt: 1\n"_ba;
    QTest::addRow("multi-line string") << "s: a\n"_ba << u"str s two\\nlines"_s << "s: two\\nlines\n"_ba;
    QTest::addRow("anchored value keeps anchor") << "a: &p 80\nb: *p\n"_ba << u"set a 81"_s << "a: &p 81\nb: *p\n"_ba;
    QTest::addRow("second of two docs untouched") << "a: 1\n"_ba << u"set a 2"_s << "a: 2\n"_ba;
    // Reordering list items (the form's arrows): each item moves with its lines and comments.
    QTest::addRow("move down") << "l:\n  - a # first\n  - b\n  - c\nz: 1\n"_ba << u"move l 0 1"_s
                               << "l:\n  - b\n  - a # first\n  - c\nz: 1\n"_ba;
    QTest::addRow("move up") << "l:\n  - a\n  - b\n  - c\n"_ba << u"move l 2 1"_s << "l:\n  - a\n  - c\n  - b\n"_ba;
    QTest::addRow("move far") << "l:\n  - a\n  - b\n  - c\n"_ba << u"move l 2 0"_s << "l:\n  - c\n  - a\n  - b\n"_ba;
    QTest::addRow("move mapping items")
        << "eps:\n  - fqdn:\n      hostname: a\n    # about b\n  - ip:\n      address: 10.0.0.1\n"_ba
        << u"move eps 1 0"_s
        << "eps:\n  - ip:\n      address: 10.0.0.1\n  - fqdn:\n      hostname: a\n    # about b\n"_ba;
    QTest::addRow("move last without final newline") << "l:\n- a\n- b"_ba << u"move l 1 0"_s << "l:\n- b\n- a"_ba;
    QTest::addRow("move crlf") << "l:\r\n  - a\r\n  - b\r\n"_ba << u"move l 0 1"_s << "l:\r\n  - b\r\n  - a\r\n"_ba;
    // Text typed into a field: read as the field wants it.
    QTest::addRow("text as string") << "a: x\n"_ba << u"text a string 0123"_s << "a: \"0123\"\n"_ba;
    QTest::addRow("text typed") << "port: x\n"_ba << u"text port typed 8443"_s << "port: 8443\n"_ba;
    QTest::addRow("text typed bool") << "tls: 1\n"_ba << u"text tls typed true"_s << "tls: true\n"_ba;
    QTest::addRow("text keeps a string a string")
        << "name: web\n"_ba << u"text name keep 0123"_s << "name: \"0123\"\n"_ba;
    QTest::addRow("text keep on a number") << "port: 80\n"_ba << u"text port keep 8443"_s << "port: 8443\n"_ba;
    QTest::addRow("text into empty value") << "l:\n  - hostname:\n    port:\n"_ba << u"text l[0].port typed 8443"_s
                                           << "l:\n  - hostname:\n    port: 8443\n"_ba;
    // A new list item with its keys and no values: nothing invalid is written for the user.
    QTest::addRow("append empty keys") << "l:\n  - hostname: a\n    port: 80\n"_ba << u"appendempty l hostname,port"_s
                                       << "l:\n  - hostname: a\n    port: 80\n  - hostname:\n    port:\n"_ba;
}

void TestStructuredEditor::edits()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, op);
    QFETCH(QByteArray, after);
    Document d(u"t.yaml"_s, before);
    const StructuredEditor::Result r = run(d, op);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(d.apply(r.edits));
    QCOMPARE(d.text(), after);
    QVERIFY2(!d.hasSyntaxErrors(), test::firstProblem(d).constData());
}

void TestStructuredEditor::editTouchesOnlyItsNode()
{
    // On a real commented file, changing one scalar changes exactly the bytes of that node.
    const QByteArray original = test::readFile(QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"));
    Document d(u"c.yaml"_s, original);
    const QStringList paths { u"spec.endpoints[0].fqdn.port"_s, u"spec.endpoints[1].fqdn.hostname"_s,
        u"metadata.name"_s, u"spec.tls.sni"_s, u"spec.endpoints[0].fqdn.hostname"_s };
    for (const QString& p : paths) {
        const YamlTree& t = d.documents()[0].tree;
        const SourceRange node = t.node(t.find(*FieldPath::parse(p))).valueRange;
        const StructuredEditor::Result r
            = StructuredEditor(d, 0).setScalar(*FieldPath::parse(p), ScalarValue::string(u"changed.example.com"_s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.edits.size(), size_t(1));
        QCOMPARE(r.edits[0].range(), node);
        Document copy(u"c.yaml"_s, original);
        QVERIFY(copy.apply(r.edits));
        QCOMPARE(copy.text().left(node.begin), original.left(node.begin));
        QCOMPARE(copy.text().mid(node.begin + r.edits[0].replacement.size()), original.mid(node.end));
        QCOMPARE(copy.documents()[0].tree.stringAt(*FieldPath::parse(p)), u"changed.example.com"_s);
    }
}

void TestStructuredEditor::errors_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("set on mapping") << "spec:\n  a: 1\n"_ba << u"set spec 1"_s << u"spec is a mapping"_s;
    QTest::addRow("index out of range") << "l: [a]\n"_ba << u"set l[3] x"_s << u"there is no item [3]"_s;
    QTest::addRow("under scalar") << "a: 1\n"_ba << u"set a.b 2"_s << u"a is a scalar"_s;
    QTest::addRow("remove missing") << "a: 1\n"_ba << u"remove b"_s << u"b does not exist"_s;
    QTest::addRow("broken document") << "a: [1\n"_ba << u"set a 2"_s << u"could not be parsed"_s;
    QTest::addRow("move in flow list") << "l: [a, b]\n"_ba << u"move l 0 1"_s << u"reorder it in the YAML view"_s;
    QTest::addRow("move past the end") << "l:\n  - a\n"_ba << u"move l 0 1"_s << u"there is no item [1]"_s;
    QTest::addRow("move a mapping") << "l:\n  a: 1\n"_ba << u"move l 0 1"_s << u"not a list"_s;
}

void TestStructuredEditor::errors()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, op);
    QFETCH(QString, mentions);
    Document d(u"t.yaml"_s, before);
    const StructuredEditor::Result r = run(d, op);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(r.edits.empty());
}

void TestStructuredEditor::undoRestoresExactBytes()
{
    const QByteArray original = test::readFile(QStringLiteral(BW_TEST_DATA_DIR "/commented.yaml"));
    Workspace ws;
    const int id = ws.addText(u"c.yaml"_s, original);
    const QStringList ops { u"set spec.endpoints[0].fqdn.port 8443"_s, u"str spec.tls.sni other.example.com"_s,
        u"appendmap spec.endpoints ip=10.1.2.3,port=80"_s, u"remove spec.endpoints[0]"_s, u"set spec.fallback true"_s,
        u"remove spec.tls"_s };
    std::vector<QByteArray> states { original };
    for (const QString& op : ops) {
        const StructuredEditor::Result r = run(*ws.document(id), op);
        QVERIFY2(r.ok(), qPrintable(op + u": "_s + r.error));
        QVERIFY(ws.applyEdits(id, r, op));
        QVERIFY2(!ws.document(id)->hasSyntaxErrors(), qPrintable(op));
        states.push_back(ws.document(id)->text());
    }
    for (size_t i = states.size() - 1; i > 0; --i) {
        QVERIFY(ws.undo());
        QCOMPARE(ws.document(id)->text(), states[i - 1]);
    }
    QVERIFY(!ws.undo());
    QCOMPARE(ws.document(id)->text(), original);
    QVERIFY(!ws.document(id)->isModified());
    for (size_t i = 1; i < states.size(); ++i) {
        QVERIFY(ws.redo());
        QCOMPARE(ws.document(id)->text(), states[i]);
    }
}

void TestStructuredEditor::styleDetection()
{
    Document two(u"t.yaml"_s, "a:\n  b:\n  - x\n"_ba);
    QCOMPARE(StructuredEditor(two, 0).indentStep(), 2);
    QCOMPARE(StructuredEditor(two, 0).sequenceOffset(), 0);
    Document four(u"t.yaml"_s, "a:\n    b:\n        - x\n"_ba);
    QCOMPARE(StructuredEditor(four, 0).indentStep(), 4);
    QCOMPARE(StructuredEditor(four, 0).sequenceOffset(), 4);
}

QTEST_GUILESS_MAIN(TestStructuredEditor)
#include "tst_structurededitor.moc"
