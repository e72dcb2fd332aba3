// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The form of one object, used with the mouse and keyboard: the wheel scrolls the form unless
// a field is being edited, a new list item asks for its values instead of writing wrong ones,
// and the reorder buttons move items with their comments.
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

#include "editors/formview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace bw;

namespace {
const ResourceKey kBackend { u"gateway.envoyproxy.io"_s, u"Backend"_s, u"shop"_s, u"many"_s };

// A Backend with enough endpoints that its form scrolls.
QByteArray backendText(int endpoints)
{
    QByteArray out = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: Backend\nmetadata:\n  name: many\n"
                     "  namespace: shop\nspec:\n  appProtocols:\n    - gateway.envoyproxy.io/h2c\n  endpoints:\n";
    for (int i = 0; i < endpoints; ++i)
        out += "    - fqdn: # endpoint " + QByteArray::number(i) + "\n        hostname: e" + QByteArray::number(i)
            + ".example.com\n        port: 443\n";
    return out;
}

void wheel(QWidget* target, int steps)
{
    const QPoint at = target->rect().center();
    QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}
} // namespace

class TestFormView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wheelScrollsTheFormUnlessTheFieldHasFocus();
    void newListItemAsksForItsValues();
    void reorderButtonsMoveItemsWithTheirComments();
};

void TestFormView::wheelScrollsTheFormUnlessTheFieldHasFocus()
{
    Workspace ws;
    const int id = ws.addText(u"b.yaml"_s, backendText(12));
    FormView form(&ws, kBackend);
    form.resize(500, 300);
    form.show();
    QApplication::setActiveWindow(&form);
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto* port = form.findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s);
    auto* protocol = form.findChild<QComboBox*>(u"spec.appProtocols[0]"_s);
    QVERIFY(port && protocol);
    QScrollBar* scroll = form.verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    QCOMPARE(scroll->value(), 0);
    const QByteArray before = ws.document(id)->text();

    // Over a spin box and a combo box nobody is editing: the form scrolls, no value changes.
    QVERIFY(!port->hasFocus() && !protocol->hasFocus());
    wheel(port, 1);
    QCOMPARE(port->value(), 443);
    QVERIFY(scroll->value() > 0);
    QVERIFY(!port->hasFocus()); // the wheel does not take the focus either
    const int scrolled = scroll->value();
    wheel(protocol, 1);
    QCOMPARE(protocol->currentText(), u"gateway.envoyproxy.io/h2c"_s);
    QVERIFY(scroll->value() > scrolled);
    QCOMPARE(ws.document(id)->text(), before);

    // The field being edited takes the wheel.
    port = form.findChild<QSpinBox*>(u"spec.endpoints[0].fqdn.port"_s);
    port->setFocus(Qt::MouseFocusReason);
    QVERIFY(port->hasFocus());
    const int at = scroll->value();
    wheel(port, 1);
    QCOMPARE(scroll->value(), at);
    QCOMPARE(port->value(), 442);
    QVERIFY(ws.document(id)->text().contains("port: 442"));
}

void TestFormView::newListItemAsksForItsValues()
{
    Workspace ws;
    const int id = ws.addText(u"b.yaml"_s, backendText(1));
    FormView form(&ws, kBackend);
    form.resize(600, 700);
    form.show();
    QApplication::setActiveWindow(&form);
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto* add = form.findChild<QToolButton*>(u"add:spec.endpoints"_s);
    QVERIFY(add && add->menu());
    QAction* fqdn = nullptr;
    for (QAction* a : add->menu()->actions()) {
        if (a->text() == u"fqdn"_s)
            fqdn = a;
    }
    QVERIFY(fqdn);
    fqdn->trigger();
    // The required keys, without values that would be errors of their own (port 0, "").
    const QByteArray text = ws.document(id)->text();
    QVERIFY2(text.endsWith("    - fqdn:\n        hostname:\n        port:\n"), text.constData());
    QVERIFY(!text.contains("port: 0"));
    QVERIFY(!text.contains("hostname: \"\""));
    // The first of them is where the typing goes.
    QTRY_VERIFY(QApplication::focusWidget()
        && QApplication::focusWidget()->objectName() == u"spec.endpoints[1].fqdn.hostname"_s);
    auto* hostname = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(hostname && hostname->text().isEmpty());
    // With BW_SCREENSHOT_DIR set (under xvfb-run, see README) the form is pictured there.
    if (const QString out = qEnvironmentVariable("BW_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(form.grab().save(out + u"/form-new-item.png"_s));
    QTest::keyClicks(hostname, u"new.example.com"_s);
    QTest::keyClick(hostname, Qt::Key_Tab);
    QTRY_VERIFY(ws.document(id)->text().contains("    - fqdn:\n        hostname: new.example.com\n        port:\n"));
}

void TestFormView::reorderButtonsMoveItemsWithTheirComments()
{
    Workspace ws;
    const int id = ws.addText(u"b.yaml"_s, backendText(2));
    FormView form(&ws, kBackend);
    form.show();
    QToolButton* down = nullptr;
    for (QToolButton* b : form.findChildren<QToolButton*>()) {
        if (b->toolTip() == u"Move down"_s && b->isEnabled() && !down)
            down = b; // the first item's: the one-item appProtocols list has it disabled
    }
    QVERIFY(down);
    down->click();
    const QByteArray text = ws.document(id)->text();
    QVERIFY2(
        text.contains("  endpoints:\n    - fqdn: # endpoint 1\n        hostname: e1.example.com\n        port: 443\n"
                      "    - fqdn: # endpoint 0\n        hostname: e0.example.com\n        port: 443\n"),
        text.constData());
    QVERIFY(ws.undo(id));
    QCOMPARE(ws.document(id)->text(), backendText(2));
}

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"
