// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarformatter.h"

#include <QRegularExpression>

#include "yamltree.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
bool isUnprintable(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0xFEFF || u == 0x2028
        || u == 0x2029;
}
} // namespace

ScalarValue ScalarValue::fromYamlText(const QString& text)
{
    if (text.size() >= 2
        && ((text.front() == u'"' && text.back() == u'"') || (text.front() == u'\'' && text.back() == u'\''))) {
        QString inner = text.mid(1, text.size() - 2);
        if (text.front() == u'\'')
            inner.replace(u"''"_s, u"'"_s);
        else
            inner.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        return string(inner);
    }
    switch (YamlTree::resolvePlain(text)) {
    case YamlTree::ScalarKind::Null:
        return text.isEmpty() ? string(text) : ScalarValue { Type::Null, text };
    case YamlTree::ScalarKind::Bool:
        return { Type::Bool, text };
    case YamlTree::ScalarKind::Int:
        return { Type::Int, text };
    case YamlTree::ScalarKind::Float:
        return { Type::Float, text };
    case YamlTree::ScalarKind::String:
        break;
    }
    return string(text);
}

bool ScalarFormatter::canBePlainString(QStringView s, Context context)
{
    static const QRegularExpression timestamp(u"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"_s);
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return false;
    if (u"-?:,[]{}#&*!|>'\"%@`"_s.contains(s.front()))
        return false;
    if (s.startsWith(u"---") || s.startsWith(u"...") || s == u"<<" || s == u"=")
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\n' || c == u'\r' || c == u'\t' || isUnprintable(c))
            return false;
        if (c == u':' && (i + 1 == s.size() || s.at(i + 1) == u' '))
            return false;
        if (c == u'#' && i > 0 && s.at(i - 1) == u' ')
            return false;
        if (context == Context::Flow && u",[]{}"_s.contains(c))
            return false;
    }
    if (YamlTree::resolvePlain(s) != YamlTree::ScalarKind::String)
        return false;
    if (timestamp.match(s).hasMatch())
        return false;
    return true;
}

QByteArray ScalarFormatter::doubleQuoted(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (isUnprintable(c))
                out += u"\\u"_s + QStringLiteral("%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

QByteArray ScalarFormatter::singleQuoted(QStringView s)
{
    QString inner = s.toString();
    inner.replace(u"'"_s, u"''"_s);
    return (u'\'' + inner + u'\'').toUtf8();
}

QByteArray ScalarFormatter::format(const ScalarValue& value, Context context, YamlNode::Style preferred)
{
    switch (value.type) {
    case ScalarValue::Type::Null:
        return value.text.isEmpty() ? "null"_ba : value.text.toUtf8();
    case ScalarValue::Type::Bool:
    case ScalarValue::Type::Int:
    case ScalarValue::Type::Float:
        // Only trust the text when YAML would read it back as the same type.
        if (YamlTree::resolvePlain(value.text) != YamlTree::ScalarKind::String && !value.text.isEmpty())
            return value.text.toUtf8();
        return doubleQuoted(value.text);
    case ScalarValue::Type::String:
        break;
    }
    const QString& s = value.text;
    const bool safeSingle
        = std::none_of(s.begin(), s.end(), [](QChar c) { return c == u'\n' || c == u'\r' || isUnprintable(c); });
    if (preferred == YamlNode::Style::SingleQuoted && safeSingle)
        return singleQuoted(s);
    if (preferred == YamlNode::Style::DoubleQuoted)
        return doubleQuoted(s);
    if (canBePlainString(s, context))
        return s.toUtf8();
    return doubleQuoted(s);
}

} // namespace bw
