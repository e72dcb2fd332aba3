// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace bw {

// Edit > Find and Edit > Replace: what to look for in the file shown and, for Replace, what to
// put instead. It only asks; the window finds in the YAML view or applies a TextReplacement.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Find, Replace };

    FindReplaceDialog(Mode mode, const QString& initial, QWidget* parent = nullptr);

    [[nodiscard]] QString findText() const;
    [[nodiscard]] QString replacement() const;
    [[nodiscard]] QLineEdit* findEdit() const { return m_find; }
    [[nodiscard]] QLineEdit* replacementEdit() const { return m_with; }

private:
    QLineEdit* m_find = nullptr;
    QLineEdit* m_with = nullptr;
};

} // namespace bw
