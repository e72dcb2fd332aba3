// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edit > Replace's "Replace All": every occurrence as an edit of the exact bytes, applied as
// one step of the file's history.
#include <QtTest>

#include "document/textreplacement.h"
#include "document/viewtext.h"
#include "workspace/workspace.h"

using namespace bw;
using namespace Qt::StringLiterals;

class TestTextReplacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaces_data();
    void replaces();
    void replaceAllIsOneUndoStep();
};

void TestTextReplacement::replaces_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("count");
    QTest::addRow("every occurrence") << "a: web\nb: web-2 # web\n"_ba << u"web"_s << u"api"_s
                                      << "a: api\nb: api-2 # api\n"_ba << 3;
    QTest::addRow("not there") << "a: 1\n"_ba << u"zzz"_s << u"y"_s << "a: 1\n"_ba << 0;
    QTest::addRow("empty find") << "a: 1\n"_ba << QString() << u"y"_s << "a: 1\n"_ba << 0;
    QTest::addRow("no overlap") << "aaaa\n"_ba << u"aa"_s << u"b"_s << "bb\n"_ba << 2;
    QTest::addRow("replacement contains find") << "x x\n"_ba << u"x"_s << u"xx"_s << "xx xx\n"_ba << 2;
    QTest::addRow("multi-byte characters") << "name: caf\xc3\xa9\nother: caf\xc3\xa9s\n"_ba << u"caf\u00e9"_s
                                           << u"th\u00e9"_s << "name: th\xc3\xa9\nother: th\xc3\xa9s\n"_ba << 2;
    // Searched as shown (one "\n" per line), written as the file has it.
    QTest::addRow("crlf across lines") << "a: 1\r\nb: 1\r\n"_ba << u"1\nb"_s << u"2\nc"_s << "a: 2\r\nc: 1\r\n"_ba << 1;
    QTest::addRow("bom kept") << "\xEF\xBB\xBFk: v\n"_ba << u"k"_s << u"key"_s << "\xEF\xBB\xBFkey: v\n"_ba << 1;
}

void TestTextReplacement::replaces()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, find);
    QFETCH(QString, with);
    QFETCH(QByteArray, after);
    QFETCH(int, count);
    const std::vector<DocumentEdit> edits = TextReplacement(find, with).edits(before);
    QCOMPARE(int(edits.size()), count);
    QByteArray text = before;
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) // last first: offsets stay right
        it->applyTo(text);
    QCOMPARE(text, after);
}

void TestTextReplacement::replaceAllIsOneUndoStep()
{
    const QByteArray original = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop # web\n"_ba;
    Workspace ws;
    const int id = ws.addText(u"s.yaml"_s, original);
    const TextReplacement replacement(u"web"_s, u"storefront"_s);
    std::vector<DocumentEdit> edits = replacement.edits(ViewText(ws.document(id)->text()));
    QCOMPARE(edits.size(), size_t(2));
    QVERIFY(ws.applyEdits(id, std::move(edits), u"Replace \"web\""_s));
    QCOMPARE(ws.document(id)->text(),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: storefront\n  namespace: shop # storefront\n"_ba);
    QCOMPARE(ws.resources(id).front().key.name, u"storefront"_s);
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), original);
    QVERIFY(!ws.history(id).canUndo());
}

QTEST_GUILESS_MAIN(TestTextReplacement)
#include "tst_textreplacement.moc"
