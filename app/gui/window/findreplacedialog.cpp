// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/findreplacedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bw {

FindReplaceDialog::FindReplaceDialog(Mode mode, const QString& initial, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(mode == Mode::Find ? u"findDialog"_s : u"replaceDialog"_s);
    setWindowTitle(mode == Mode::Find ? tr("Find") : tr("Replace"));
    auto* form = new QFormLayout(this);
    m_find = new QLineEdit(initial);
    m_find->setObjectName(u"findText"_s);
    m_find->selectAll();
    form->addRow(mode == Mode::Find ? tr("Find in this file:") : tr("Find:"), m_find);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    if (mode == Mode::Replace) {
        m_with = new QLineEdit;
        m_with->setObjectName(u"replacementText"_s);
        form->addRow(tr("Replace with:"), m_with);
        buttons->addButton(tr("Replace All"), QDialogButtonBox::AcceptRole)->setDefault(true);
    } else {
        buttons->addButton(tr("Find"), QDialogButtonBox::AcceptRole)->setDefault(true);
    }
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FindReplaceDialog::findText() const
{
    return m_find->text();
}

QString FindReplaceDialog::replacement() const
{
    return m_with ? m_with->text() : QString();
}

} // namespace bw
