// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/yamlhighlighter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bw {

YamlHighlighter::YamlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x96));
    m_key.setFontWeight(QFont::DemiBold);
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x0a, 0x7a, 0x3c));
    m_number.setForeground(QColor(0xa3, 0x4a, 0x00));
    m_keyword.setForeground(QColor(0x8a, 0x2b, 0xb0));
    m_anchor.setForeground(QColor(0xb0, 0x2b, 0x5a));
    m_marker.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_marker.setFontWeight(QFont::Bold);
}

void YamlHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression marker(u"^(---|\\.\\.\\.)(\\s|$)"_s);
    static const QRegularExpression key(
        u"^(\\s*(?:-\\s+)*)((?:\"[^\"]*\"|'[^']*'|[^\\s#'\"{\\[][^#]*?))(\\s*:)(?=\\s|$)"_s);
    static const QRegularExpression flowKey(u"[{,]\\s*([A-Za-z0-9_.\\-/]+)\\s*:(?=\\s)"_s);
    static const QRegularExpression quoted(u"\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^']|'')*'?"_s);
    static const QRegularExpression scalar(
        u"(?::\\s+|^\\s*-\\s+|[\\[,{]\\s*)([^\\s#,\\]}][^#,\\]}]*?)(?=\\s*(?:#|,|\\]|}|$))"_s);
    static const QRegularExpression number(
        u"^[-+]?(0x[0-9a-fA-F]+|[0-9][0-9_]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\\.inf|\\.nan)$"_s);
    static const QRegularExpression keyword(u"^(true|false|yes|no|on|off|null|~|True|False|TRUE|FALSE|Null|NULL)$"_s);
    static const QRegularExpression anchor(u"[&*][^\\s,\\[\\]{}]+|![^\\s]*"_s);
    static const QRegularExpression block(u"[|>][-+0-9]*\\s*$"_s);

    if (marker.match(text).hasMatch()) {
        setFormat(0, 3, m_marker);
        return;
    }
    // Where a comment starts: a # at the line start or after a space, outside quotes.
    qsizetype commentAt = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'') {
            if (i == 0 || text[i - 1].isSpace() || text[i - 1] == u':' || text[i - 1] == u'-' || text[i - 1] == u'['
                || text[i - 1] == u'{' || text[i - 1] == u',')
                quote = c;
        } else if (c == u'#' && (i == 0 || text[i - 1].isSpace())) {
            commentAt = i;
            break;
        }
    }
    const QString code = commentAt >= 0 ? text.left(commentAt) : text;
    if (const QRegularExpressionMatch m = key.match(code); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
    for (auto it = flowKey.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_key);
    }
    for (auto it = scalar.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(1).trimmed();
        if (number.match(value).hasMatch())
            setFormat(int(m.capturedStart(1)), int(value.size()), m_number);
        else if (keyword.match(value).hasMatch())
            setFormat(int(m.capturedStart(1)), int(value.size()), m_keyword);
    }
    for (auto it = anchor.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() == 0 || code[m.capturedStart() - 1].isSpace())
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_anchor);
    }
    if (const QRegularExpressionMatch m = block.match(code);
        m.hasMatch() && m.capturedStart() > 0 && (code[m.capturedStart() - 1].isSpace()))
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    for (auto it = quoted.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype s = m.capturedStart();
        if (s == 0 || code[s - 1].isSpace() || QStringView(u":-[{,").contains(code[s - 1]))
            setFormat(int(s), int(m.capturedLength()), m_string);
    }
    if (commentAt >= 0)
        setFormat(int(commentAt), int(text.size() - commentAt), m_comment);
}

} // namespace bw
