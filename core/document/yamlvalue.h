// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

#include "scalarvalue.h"

namespace bw {

// A small value to insert into a document (a scalar, or a mapping or list of them). The
// StructuredEditor renders it in whatever style the surrounding text already uses.
class YamlValue
{
public:
    enum class Kind { Scalar, Mapping, Sequence };

    YamlValue() = default;
    YamlValue(ScalarValue s) // NOLINT(google-explicit-constructor): a scalar is a value
        : m_kind(Kind::Scalar)
        , m_scalar(std::move(s))
    { }
    static YamlValue mapping(QList<QPair<QString, YamlValue>> entries = {})
    {
        YamlValue v;
        v.m_kind = Kind::Mapping;
        v.m_entries = std::move(entries);
        return v;
    }
    static YamlValue sequence(QList<YamlValue> items = {})
    {
        YamlValue v;
        v.m_kind = Kind::Sequence;
        v.m_items = std::move(items);
        return v;
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isScalar() const { return m_kind == Kind::Scalar; }
    [[nodiscard]] const ScalarValue& scalar() const { return m_scalar; }
    [[nodiscard]] const QList<QPair<QString, YamlValue>>& entries() const { return m_entries; }
    [[nodiscard]] const QList<YamlValue>& items() const { return m_items; }
    [[nodiscard]] bool isEmptyCollection() const
    {
        return (m_kind == Kind::Mapping && m_entries.isEmpty()) || (m_kind == Kind::Sequence && m_items.isEmpty());
    }

private:
    Kind m_kind = Kind::Scalar;
    ScalarValue m_scalar = ScalarValue::null();
    QList<QPair<QString, YamlValue>> m_entries;
    QList<YamlValue> m_items;
};

} // namespace bw
