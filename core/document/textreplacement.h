// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

#include "documentedit.h"

namespace bw {

class ViewText;

// "Replace all" in one file: every occurrence of a text, as the editor shows the file (so a
// CRLF file or one with a BOM is searched as the user sees it), becomes an edit of the exact
// bytes. Applied together they are one step of the file's history, so one undo takes them all back.
class TextReplacement
{
public:
    TextReplacement(QString find, QString replacement, Qt::CaseSensitivity sensitivity = Qt::CaseSensitive);

    // The edits, in text order and not overlapping; none when `find` is empty or not there.
    [[nodiscard]] std::vector<DocumentEdit> edits(const ViewText& view) const;
    [[nodiscard]] std::vector<DocumentEdit> edits(const QByteArray& bytes) const;
    [[nodiscard]] const QString& find() const { return m_find; }
    [[nodiscard]] const QString& replacement() const { return m_replacement; }

private:
    QString m_find;
    QString m_replacement;
    Qt::CaseSensitivity m_sensitivity;
};

} // namespace bw
