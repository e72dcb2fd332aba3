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
    decode(bytes, start, bytes.size(), 0, m_text, m_lines);
}

void ViewText::decode(const QByteArray& bytes, qsizetype from, qsizetype to, qsizetype viewBase, QString& text,
    std::vector<LineStart>& lines)
{
    qsizetype lineBegin = from;
    for (qsizetype i = from; i < to;) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) {
            text += QString::fromUtf8(bytes.constData() + lineBegin, i - lineBegin);
            text += u'\n';
            i += bytes[i] == '\r' ? 2 : 1;
            lineBegin = i;
            lines.push_back({ viewBase + text.size(), i });
            continue;
        }
        ++i;
    }
    text += QString::fromUtf8(bytes.constData() + lineBegin, to - lineBegin);
}

void ViewText::apply(const DocumentEdit& edit, const QByteArray& bytes)
{
    const qsizetype byteDelta = edit.replacement.size() - edit.length;
    const bool touchesStart = edit.offset < 4; // the BOM, or a line break split at the start
    if (m_lines.empty() || touchesStart || bytes.size() != m_bytes.size() + byteDelta) {
        *this = ViewText(bytes);
        return;
    }
    // The lines from the one holding the edit's start to the end of the one holding its end.
    const auto firstLine = std::prev(std::upper_bound(
        m_lines.begin(), m_lines.end(), edit.offset, [](qsizetype b, const LineStart& l) { return b < l.byte; }));
    const auto afterLast = std::upper_bound(m_lines.begin(), m_lines.end(), edit.offset + edit.length,
        [](qsizetype b, const LineStart& l) { return b < l.byte; });
    const qsizetype byteBegin = firstLine->byte;
    const qsizetype viewBegin = firstLine->view;
    // A line break the edit ends right before is part of the next line's start: include it.
    const qsizetype oldByteEnd = afterLast == m_lines.end() ? m_bytes.size() : afterLast->byte;
    const qsizetype oldViewEnd = afterLast == m_lines.end() ? m_text.size() : afterLast->view;
    const qsizetype newByteEnd = oldByteEnd + byteDelta;
    if (newByteEnd < byteBegin || newByteEnd > bytes.size()) {
        *this = ViewText(bytes);
        return;
    }
    QString text;
    std::vector<LineStart> inner;
    decode(bytes, byteBegin, newByteEnd, viewBegin, text, inner);
    // A span ending in a line break has produced the start of the line after it: that one
    // stays in the list already (shifted below).
    if (!inner.empty() && afterLast != m_lines.end() && inner.back().byte == newByteEnd)
        inner.pop_back();
    const qsizetype viewDelta = text.size() - (oldViewEnd - viewBegin);
    m_text.replace(viewBegin, oldViewEnd - viewBegin, text);
    const auto firstIndex = firstLine - m_lines.begin();
    auto it = m_lines.erase(firstLine + 1, afterLast);
    it = m_lines.insert(it, inner.begin(), inner.end());
    for (it += qsizetype(inner.size()); it != m_lines.end(); ++it) {
        it->view += viewDelta;
        it->byte += byteDelta;
    }
    Q_UNUSED(firstIndex)
    m_bytes = bytes;
    if (edit.replacement.contains('\r') || m_crlf)
        m_crlf = m_bytes.contains("\r\n");
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
