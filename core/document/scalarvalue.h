// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bw {

// A typed scalar to write into a document. The type decides the quoting: the string "on"
// must be written quoted, the boolean true must not.
struct ScalarValue
{
    enum class Type { String, Int, Float, Bool, Null };
    Type type = Type::String;
    QString text;

    static ScalarValue string(QString s) { return { Type::String, std::move(s) }; }
    static ScalarValue integer(qint64 v) { return { Type::Int, QString::number(v) }; }
    static ScalarValue boolean(bool v) { return { Type::Bool, v ? QStringLiteral("true") : QStringLiteral("false") }; }
    static ScalarValue null() { return { Type::Null, QStringLiteral("null") }; }
    // No value at all: `key:` with nothing after it in block style (a field for the user to
    // fill in), `null` inside [] or {}.
    static ScalarValue empty() { return { Type::Null, QString() }; }
    [[nodiscard]] bool isEmpty() const { return type == Type::Null && text.isEmpty(); }
    // Reads text as a YAML plain scalar would be read (`8443` is an int, `true` a bool),
    // except that text in matching quotes is the string inside them.
    static ScalarValue fromYamlText(const QString& text);
    friend bool operator==(const ScalarValue&, const ScalarValue&) = default;
};

} // namespace bw
