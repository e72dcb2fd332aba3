// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtext.h"

#include <algorithm>

namespace bw {

namespace {
// Length in bytes of the UTF-8 sequence starting with `lead`.
int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1; // invalid: one replacement character per byte, as QString::fromUtf8 does mostly
}
} // namespace

ViewText::ViewText(const QByteArray& bytes)
    : m_bytes(bytes)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    m_crlf = bytes.contains("\r\n");
    m_text.reserve(bytes.size());
    m_lines.push_back({ 0, start });
    qsizetype lineBegin = start;
    for (qsizetype i = start; i < bytes.size();) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) {
            m_text += QString::fromUtf8(bytes.constData() + lineBegin, i - lineBegin);
            m_text += u'\n';
            i += bytes[i] == '\r' ? 2 : 1;
            lineBegin = i;
            m_lines.push_back({ m_text.size(), i });
            continue;
        }
        ++i;
    }
    m_text += QString::fromUtf8(bytes.constData() + lineBegin, bytes.size() - lineBegin);
}

const ViewText::LineStart& ViewText::lineOfView(qsizetype viewPosition) const
{
    auto it = std::upper_bound(
        m_lines.begin(), m_lines.end(), viewPosition, [](qsizetype v, const LineStart& l) { return v < l.view; });
    return *std::prev(it);
}

const ViewText::LineStart& ViewText::lineOfByte(qsizetype byteOffset) const
{
    auto it = std::upper_bound(
        m_lines.begin(), m_lines.end(), byteOffset, [](qsizetype b, const LineStart& l) { return b < l.byte; });
    return it == m_lines.begin() ? m_lines.front() : *std::prev(it);
}

qsizetype ViewText::toByte(qsizetype viewPosition) const
{
    viewPosition = std::clamp<qsizetype>(viewPosition, 0, m_text.size());
    const LineStart& line = lineOfView(viewPosition);
    qsizetype view = line.view;
    qsizetype byte = line.byte;
    while (view < viewPosition && byte < m_bytes.size()) {
        if (m_bytes[byte] == '\r' && byte + 1 < m_bytes.size() && m_bytes[byte + 1] == '\n')
            return byte; // the end of this line
        const int n = sequenceLength(uchar(m_bytes[byte]));
        view += n == 4 ? 2 : 1; // a 4-byte sequence is a surrogate pair in UTF-16
        byte += n;
    }
    return std::min(byte, m_bytes.size());
}

qsizetype ViewText::toView(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const LineStart& line = lineOfByte(byteOffset);
    qsizetype view = line.view;
    qsizetype byte = line.byte;
    while (byte < byteOffset) {
        if (m_bytes[byte] == '\r' || m_bytes[byte] == '\n')
            break;
        const int n = sequenceLength(uchar(m_bytes[byte]));
        view += n == 4 ? 2 : 1;
        byte += n;
    }
    return std::min(view, m_text.size());
}

DocumentEdit ViewText::editFor(qsizetype position, qsizetype removed, const QString& inserted) const
{
    const qsizetype begin = toByte(position);
    const qsizetype end = toByte(position + removed);
    QByteArray replacement = inserted.toUtf8();
    if (m_crlf)
        replacement.replace("\n", "\r\n");
    return { begin, end - begin, replacement };
}

} // namespace bw
