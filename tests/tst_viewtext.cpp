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
};

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
