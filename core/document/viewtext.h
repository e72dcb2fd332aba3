// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "documentedit.h"

namespace bw {

// A document's text as an editor widget holds it (UTF-16, no BOM, "\n" line ends), and the
// mapping between positions there and byte offsets in the document. Typing in the editor
// becomes a DocumentEdit on the exact bytes: a CRLF file keeps its CRLFs, a BOM stays.
class ViewText
{
public:
    ViewText() = default;
    explicit ViewText(const QByteArray& bytes);
    // After `edit` turned the bytes into `bytes`: only the lines the edit touched are decoded
    // again, so typing in a large file costs its line, not the file.
    void apply(const DocumentEdit& edit, const QByteArray& bytes);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] bool usesCrLf() const { return m_crlf; }
    [[nodiscard]] qsizetype toByte(qsizetype viewPosition) const;
    [[nodiscard]] qsizetype toView(qsizetype byteOffset) const;
    // The edit that makes the same change to the bytes as replacing `removed` characters at
    // `position` of the view with `inserted`.
    [[nodiscard]] DocumentEdit editFor(qsizetype position, qsizetype removed, const QString& inserted) const;

private:
    struct LineStart
    {
        qsizetype view = 0;
        qsizetype byte = 0;
    };
    [[nodiscard]] const LineStart& lineOfView(qsizetype viewPosition) const;
    [[nodiscard]] const LineStart& lineOfByte(qsizetype byteOffset) const;
    // Decodes bytes [from, to) line by line, appending to `text` and the line starts after each
    // line break to `lines` (view positions counted from `viewBase`).
    static void decode(const QByteArray& bytes, qsizetype from, qsizetype to, qsizetype viewBase, QString& text,
        std::vector<LineStart>& lines);

    QByteArray m_bytes;
    QString m_text;
    std::vector<LineStart> m_lines;
    bool m_crlf = false;
};

} // namespace bw
