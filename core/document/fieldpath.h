// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bw {

// A field path as operators write it: `spec.endpoints[0].fqdn.port`. Keys that contain dots
// or brackets are written quoted inside brackets: `metadata.annotations["example.com/x"]`.
class FieldPath
{
public:
    struct Segment
    {
        QString key; // empty when this segment is an index
        qsizetype index = -1;
        [[nodiscard]] bool isIndex() const { return index >= 0; }
        friend bool operator==(const Segment&, const Segment&) = default;
    };

    FieldPath() = default;
    explicit FieldPath(QList<Segment> segments)
        : m_segments(std::move(segments))
    { }

    // Returns nullopt and fills `error` when the text is not a valid path.
    static std::optional<FieldPath> parse(const QString& text, QString* error = nullptr);

    [[nodiscard]] const QList<Segment>& segments() const { return m_segments; }
    [[nodiscard]] bool isEmpty() const { return m_segments.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_segments.size(); }
    [[nodiscard]] FieldPath parent() const;
    [[nodiscard]] FieldPath left(qsizetype n) const { return FieldPath(m_segments.mid(0, n)); }
    [[nodiscard]] FieldPath key(const QString& k) const;
    [[nodiscard]] FieldPath index(qsizetype i) const;
    [[nodiscard]] QString toString() const;

    friend bool operator==(const FieldPath&, const FieldPath&) = default;

private:
    QList<Segment> m_segments;
};

} // namespace bw
