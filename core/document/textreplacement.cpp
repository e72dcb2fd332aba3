// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreplacement.h"

#include "viewtext.h"

namespace bw {

TextReplacement::TextReplacement(QString find, QString replacement, Qt::CaseSensitivity sensitivity)
    : m_find(std::move(find))
    , m_replacement(std::move(replacement))
    , m_sensitivity(sensitivity)
{ }

std::vector<DocumentEdit> TextReplacement::edits(const ViewText& view) const
{
    std::vector<DocumentEdit> out;
    if (m_find.isEmpty())
        return out;
    const QString& text = view.text();
    for (qsizetype at = text.indexOf(m_find, 0, m_sensitivity); at >= 0;
         at = text.indexOf(m_find, at + m_find.size(), m_sensitivity))
        out.push_back(view.editFor(at, m_find.size(), m_replacement));
    return out;
}

std::vector<DocumentEdit> TextReplacement::edits(const QByteArray& bytes) const
{
    return edits(ViewText(bytes));
}

} // namespace bw
