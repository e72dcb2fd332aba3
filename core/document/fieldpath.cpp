// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
bool needsBrackets(const QString& key)
{
    if (key.isEmpty())
        return true;
    for (QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\\' || c.isSpace())
            return true;
    }
    return false;
}
} // namespace

std::optional<FieldPath> FieldPath::parse(const QString& text, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<FieldPath> {
        if (error)
            *error = QCoreApplication::translate("bw::FieldPath", "invalid field path \"%1\": %2").arg(text, why);
        return std::nullopt;
    };
    QList<Segment> segments;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return fail(QCoreApplication::translate("bw::FieldPath", "it is empty"));
    bool expectKey = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'[') {
            ++i;
            if (i < n && text.at(i) == u'"') {
                QString key;
                ++i;
                bool closed = false;
                while (i < n) {
                    QChar k = text.at(i);
                    if (k == u'\\' && i + 1 < n) {
                        key += text.at(i + 1);
                        i += 2;
                        continue;
                    }
                    if (k == u'"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    key += k;
                    ++i;
                }
                if (!closed || i >= n || text.at(i) != u']')
                    return fail(QCoreApplication::translate("bw::FieldPath", "unterminated quoted key"));
                ++i;
                segments.append({ key, -1 });
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                if (i == start || i >= n || text.at(i) != u']')
                    return fail(QCoreApplication::translate("bw::FieldPath", "an index must be a number in brackets"));
                bool ok = false;
                const qsizetype idx = text.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    return fail(QCoreApplication::translate("bw::FieldPath", "index out of range"));
                ++i;
                segments.append({ QString(), idx });
            }
            expectKey = false;
            continue;
        }
        if (c == u'.') {
            if (expectKey)
                return fail(QCoreApplication::translate("bw::FieldPath", "empty key"));
            ++i;
            expectKey = true;
            if (i >= n)
                return fail(QCoreApplication::translate("bw::FieldPath", "it ends with a dot"));
            continue;
        }
        if (!expectKey)
            return fail(QCoreApplication::translate("bw::FieldPath", "expected '.' or '[' at position %1").arg(i + 1));
        const qsizetype start = i;
        while (i < n && text.at(i) != u'.' && text.at(i) != u'[' && text.at(i) != u']')
            ++i;
        if (i < n && text.at(i) == u']')
            return fail(QCoreApplication::translate("bw::FieldPath", "unexpected ']'"));
        segments.append({ text.mid(start, i - start), -1 });
        expectKey = false;
    }
    return FieldPath(std::move(segments));
}

FieldPath FieldPath::parent() const
{
    return FieldPath(m_segments.mid(0, qMax<qsizetype>(0, m_segments.size() - 1)));
}

FieldPath FieldPath::key(const QString& k) const
{
    auto s = m_segments;
    s.append({ k, -1 });
    return FieldPath(std::move(s));
}

FieldPath FieldPath::index(qsizetype i) const
{
    auto s = m_segments;
    s.append({ QString(), i });
    return FieldPath(std::move(s));
}

QString FieldPath::toString() const
{
    QString out;
    for (const Segment& s : m_segments) {
        if (s.isIndex()) {
            out += u'[' + QString::number(s.index) + u']';
        } else if (needsBrackets(s.key)) {
            QString escaped = s.key;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            out += u"[\""_s + escaped + u"\"]"_s;
        } else {
            if (!out.isEmpty())
                out += u'.';
            out += s.key;
        }
    }
    return out;
}

} // namespace bw
