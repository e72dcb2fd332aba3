// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineindex.h"

#include <algorithm>
#include <cstring>

namespace bw {

void LineIndex::rebuild(const QByteArray& text)
{
    m_text = &text;
    m_starts.clear();
    m_starts.push_back(0);
    const char* begin = text.constData();
    const char* p = begin;
    const char* end = begin + text.size();
    // A lone '\r' is not a line break for YAML 1.2 readers we care about; "\r\n" ends at '\n'.
    while (p < end) {
        const void* nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char*>(nl) + 1;
        m_starts.push_back(p - begin);
    }
}

TextPosition LineIndex::positionAt(qsizetype offset) const
{
    const qsizetype size = m_text ? m_text->size() : 0;
    offset = std::clamp<qsizetype>(offset, 0, size);
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const qsizetype line = qsizetype(it - m_starts.begin()); // 1-based
    const qsizetype start = m_starts[size_t(line - 1)];
    int column = 1;
    if (m_text) {
        const char* s = m_text->constData();
        for (qsizetype i = start; i < offset; ++i) {
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
                ++column;
        }
        // Columns after a UTF-8 BOM on line 1 count from the first real character.
        if (start == 0 && offset >= 3 && m_text->startsWith("\xEF\xBB\xBF"))
            column -= 1;
    }
    return { int(line), column };
}

qsizetype LineIndex::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (size_t(line) > m_starts.size())
        return m_text ? m_text->size() : 0;
    return m_starts[size_t(line - 1)];
}

qsizetype LineIndex::offsetAt(TextPosition pos) const
{
    qsizetype p = lineStart(pos.line);
    if (!m_text)
        return p;
    const char* s = m_text->constData();
    const qsizetype n = m_text->size();
    if (p == 0 && m_text->startsWith("\xEF\xBB\xBF"))
        p = 3;
    for (int col = 1; col < pos.column && p < n && s[p] != '\n'; ++col) {
        ++p;
        while (p < n && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80)
            ++p;
    }
    return p;
}

} // namespace bw
