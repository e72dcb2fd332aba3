// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace bw {

// YAML colouring for builds without KSyntaxHighlighting (Debian 12 has no KF6): keys,
// comments, quoted strings, numbers and booleans, anchors and aliases, tags, document
// markers and block-scalar indicators. Line-based, so it stays fast on large files.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_anchor;
    QTextCharFormat m_marker;
};

} // namespace bw
