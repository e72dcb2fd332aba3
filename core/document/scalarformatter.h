// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include "scalarvalue.h"
#include "yamlnode.h"

namespace bw {

// Writes scalars so that every YAML reader Kubernetes users meet (YAML 1.1 as the API server
// decodes it, and 1.2) reads back exactly the intended type and value.
class ScalarFormatter
{
public:
    enum class Context { Block, Flow };

    // Can `s` be written without quotes and still be read as this same string?
    static bool canBePlainString(QStringView s, Context context);
    // `preferred` is the style the existing node used; kept when it is safe.
    static QByteArray format(
        const ScalarValue& value, Context context, YamlNode::Style preferred = YamlNode::Style::Plain);
    static QByteArray doubleQuoted(QStringView s);
    static QByteArray singleQuoted(QStringView s);
};

} // namespace bw
