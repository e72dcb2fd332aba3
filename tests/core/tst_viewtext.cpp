// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "document/document.h"
#include "document/viewtext.h"

using namespace Qt::StringLiterals;
using namespace bw;

class TestViewText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positionsRoundTrip_data();
    void positionsRoundTrip();
    void typingBecomesExactByteEdits();
    void editsUpdateTheViewAsAFreshRead_data();
    void editsUpdateTheViewAsAFreshRead();
};

void TestViewText::editsUpdateTheViewAsAFreshRead_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("lf") << "a: 1\nname: caf\xc3\xa9\n\nlist:\n  - \xf0\x9f\x98\x80 x\n  - y\n"_ba;
    QTest::newRow("crlf") << "a: 1\r\nname: b\r\n\r\nlist:\r\n  - x\r\n"_ba;
    QTest::newRow("bom, no final newline") << "\xEF\xBB\xBF"
                                              "a: 1\nb: 2"_ba;
}

void TestViewText::editsUpdateTheViewAsAFreshRead()
{
    // Many edits, as the editor makes them (typing, deleting lines, pasting lines), each
    // applied to the view in place: the view must always be what reading the bytes gives.
    QFETCH(QByteArray, start);
    QByteArray bytes = start;
    ViewText view(bytes);
    quint32 seed = 7;
    const auto next = [&seed](quint32 n) {
        seed = seed * 1664525u + 1013904223u;
        return n == 0 ? 0u : (seed >> 8) % n;
    };
    const QStringList pieces { u"x"_s, u"\n"_s, u"\u00e9"_s, u"key: v\n"_s, u"\n\n"_s, QString(), u"\U0001F600"_s };
    for (int i = 0; i < 400; ++i) {
        const qsizetype size = view.text().size();
        qsizetype at = qsizetype(next(quint32(size + 1)));
        qsizetype removed = qsizetype(next(4));
        removed = std::min(removed, size - at);
        // Never split a surrogate pair, as the editor does not.
        if (at > 0 && at < size && view.text()[at].isLowSurrogate())
            --at;
        if (at + removed < size && at + removed > 0 && view.text()[at + removed].isLowSurrogate())
            ++removed;
        const DocumentEdit edit = view.editFor(at, removed, pieces[qsizetype(next(quint32(pieces.size())))]);
        QVERIFY(edit.isValidFor(bytes));
        edit.applyTo(bytes);
        view.apply(edit, bytes);
        const ViewText fresh(bytes);
        QCOMPARE(view.text(), fresh.text());
        for (qsizetype p = 0; p <= fresh.text().size(); p += 3) {
            QCOMPARE(view.toByte(p), fresh.toByte(p));
        }
        for (qsizetype b = 0; b <= bytes.size(); b += 5)
            QCOMPARE(view.toView(b), fresh.toView(b));
    }
}

void TestViewText::positionsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("view");
    QTest::newRow("lf") << "a: 1\nb: 2\n"_ba << u"a: 1\nb: 2\n"_s;
    QTest::newRow("crlf") << "a: 1\r\nb: 2\r\n"_ba << u"a: 1\nb: 2\n"_s;
    QTest::newRow("bom") << "\xEF\xBB\xBFk: v\n"_ba << u"k: v\n"_s;
    QTest::newRow("multibyte") << "name: caf\xC3\xA9 \xF0\x9F\x9A\x80\nx: y"_ba
                               << u"name: caf\u00e9 \U0001F680\nx: y"_s;
}

void TestViewText::positionsRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, view);
    const ViewText t(bytes);
    QCOMPARE(t.text(), view);
    for (qsizetype p = 0; p <= view.size(); ++p) {
        if (p > 0 && view[p - 1].isHighSurrogate())
            continue; // inside a surrogate pair there is no byte boundary
        QCOMPARE(t.toView(t.toByte(p)), p);
    }
    // Byte offsets of line starts map to the view's line starts.
    QCOMPARE(t.toView(bytes.size()), view.size());
}

void TestViewText::typingBecomesExactByteEdits()
{
    const QByteArray crlf = "\xEF\xBB\xBF"
                            "a: caf\xC3\xA9\r\nb: 2\r\n"_ba;
    const ViewText t(crlf);
    // Type a newline and a key after "café": the file keeps CRLF and its BOM.
    const qsizetype afterCafe = t.text().indexOf(u'\n');
    Document doc(u"x.yaml"_s, crlf);
    QVERIFY(doc.apply({ t.editFor(afterCafe, 0, u"\nc: 3"_s) }));
    QCOMPARE(doc.text(),
        "\xEF\xBB\xBF"
        "a: caf\xC3\xA9\r\nc: 3\r\nb: 2\r\n"_ba);
    // Replace the é (one view character, two bytes).
    const ViewText t2(doc.text());
    const qsizetype e = t2.text().indexOf(u'\u00e9');
    QVERIFY(doc.apply({ t2.editFor(e, 1, u"e"_s) }));
    QCOMPARE(doc.text(),
        "\xEF\xBB\xBF"
        "a: cafe\r\nc: 3\r\nb: 2\r\n"_ba);
    // Deleting a line end in the view removes the whole CRLF.
    const ViewText t3(doc.text());
    QVERIFY(doc.apply({ t3.editFor(t3.text().indexOf(u'\n'), 1, QString()) }));
    QCOMPARE(doc.text(),
        "\xEF\xBB\xBF"
        "a: cafec: 3\r\nb: 2\r\n"_ba);
}

QTEST_GUILESS_MAIN(TestViewText)
#include "tst_viewtext.moc"
