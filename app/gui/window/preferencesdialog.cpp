// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>

#include "docks/probedock.h"
#include "probe/connecttorule.h"

using namespace Qt::StringLiterals;

namespace bw {

const QString PreferencesDialog::languageKey = u"preferences/language"_s;
const QString PreferencesDialog::autosaveKey = u"preferences/autosaveSeconds"_s;
const QString PreferencesDialog::connectToKey = u"probe/connectTo"_s;

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);
    const QSettings settings;
    m_language = new QComboBox;
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(languageKey).toString())));
    m_autosave = new QSpinBox;
    m_autosave->setRange(1, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings.value(autosaveKey, defaultAutosaveSeconds).toInt());
    m_probeTimeout = new QSpinBox;
    m_probeTimeout->setRange(100, 600000);
    m_probeTimeout->setSingleStep(500);
    m_probeTimeout->setSuffix(tr(" ms"));
    m_probeTimeout->setValue(settings.value(ProbeDock::timeoutSetting, ProbeDock::defaultTimeoutMs).toInt());
    m_probeTimeout->setToolTip(tr("How long one endpoint may take (DNS, connect and TLS handshake together)"));
    m_probeConcurrency = new QSpinBox;
    m_probeConcurrency->setRange(1, 1024);
    m_probeConcurrency->setValue(settings.value(ProbeDock::concurrencySetting, ProbeDock::defaultConcurrency).toInt());
    form->addRow(tr("Language (after a restart):"), m_language);
    form->addRow(tr("Keep unsaved changes for recovery after:"), m_autosave);
    form->addRow(tr("Probe timeout per endpoint:"), m_probeTimeout);
    form->addRow(tr("Endpoints probed at a time:"), m_probeConcurrency);
    m_connectTo = new QPlainTextEdit;
    m_connectTo->setObjectName(u"connectToRules"_s);
    m_connectTo->setPlaceholderText(u"api.example.com:443:127.0.0.1:8443"_s);
    m_connectTo->setToolTip(tr("One rule per line, as curl's --connect-to: probes and live health checks dial "
                               "ADDRESS:PORT for HOST:PORT, while SNI and the verified name stay the configured ones"));
    m_connectTo->setPlainText(settings.value(connectToKey).toStringList().join(u'\n'));
    m_connectTo->setMaximumHeight(80);
    m_connectToError = new QLabel;
    m_connectToError->setObjectName(u"connectToError"_s);
    m_connectToError->setStyleSheet(u"color: #c62828"_s);
    m_connectToError->hide();
    form->addRow(tr("Connect to (HOST:PORT:ADDRESS:PORT):"), m_connectTo);
    form->addRow(QString(), m_connectToError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int PreferencesDialog::autosaveSeconds() const
{
    return m_autosave->value();
}

QStringList PreferencesDialog::connectToRules() const
{
    QStringList out;
    for (const QString& line : m_connectTo->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void PreferencesDialog::accept()
{
    // A rule that does not parse keeps the dialog open, saying which one.
    for (const QString& rule : connectToRules()) {
        QString why;
        if (!ConnectToRule::parse(rule, &why)) {
            m_connectToError->setText(why);
            m_connectToError->show();
            return;
        }
    }
    QSettings settings;
    settings.setValue(languageKey, m_language->currentData());
    settings.setValue(autosaveKey, m_autosave->value());
    settings.setValue(ProbeDock::timeoutSetting, m_probeTimeout->value());
    settings.setValue(ProbeDock::concurrencySetting, m_probeConcurrency->value());
    QDialog::accept();
}

} // namespace bw
