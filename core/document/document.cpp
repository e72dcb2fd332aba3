// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <unordered_map>

#include "parallelfor.h"
#include "yamlparser.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// Gives lupdate and the runtime the same translation context.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::Document)
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

void shiftDocument(YamlDocument& d, qsizetype delta)
{
    if (delta == 0)
        return;
    d.range.shift(delta);
    d.tree.shift(delta);
    for (ParseProblem& p : d.problems)
        p.range.shift(delta);
}
} // namespace

Document::Document(QString path, QByteArray bytes, ParseLimits limits)
    : m_path(std::move(path))
    , m_text(std::move(bytes))
    , m_diskText(m_text)
    , m_limits(limits)
{
    reparse(std::nullopt, 0);
}

std::unique_ptr<Document> Document::load(const QString& path, const LoadOptions& options, QString* error)
{
    auto fail = [&](const QString& message) -> std::unique_ptr<Document> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Strings::tr("%1: no such file").arg(path));
    if (info.isDir())
        return fail(Strings::tr("%1: is a folder, not a file").arg(path));
    if (info.size() > options.maxFileSize) {
        return fail(Strings::tr("%1: the file is %2 MB, over the %3 MB limit for one file; it was not opened "
                                "(raise the limit with --max-file-size if it really is a manifest)")
                        .arg(path, megabytes(info.size()), megabytes(options.maxFileSize)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Strings::tr("%1: cannot read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(options.maxFileSize + 1);
    if (bytes.size() > options.maxFileSize) {
        return fail(Strings::tr("%1: the file grew past the %2 MB limit while it was read; it was not opened")
                        .arg(path, megabytes(options.maxFileSize)));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(Strings::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return std::make_unique<Document>(path, std::move(bytes), options.limits);
}

int Document::documentAt(qsizetype offset) const
{
    auto it = std::upper_bound(m_documents.begin(), m_documents.end(), offset,
        [](qsizetype o, const YamlDocument& d) { return o < d.range.begin; });
    if (it == m_documents.begin())
        return m_documents.empty() ? -1 : 0;
    const int i = int(it - m_documents.begin()) - 1;
    if (offset <= m_documents[size_t(i)].range.end)
        return i;
    return -1;
}

std::vector<ParseProblem> Document::problems() const
{
    std::vector<ParseProblem> all = m_fileProblems;
    for (const YamlDocument& d : m_documents)
        all.insert(all.end(), d.problems.begin(), d.problems.end());
    std::stable_sort(all.begin(), all.end(),
        [](const ParseProblem& a, const ParseProblem& b) { return a.range.begin < b.range.begin; });
    return all;
}

bool Document::hasSyntaxErrors() const
{
    if (!m_fileProblems.empty())
        return true;
    return std::any_of(m_documents.begin(), m_documents.end(), [](const YamlDocument& d) { return d.syntaxError; });
}

QByteArray Document::lineEnding() const
{
    const qsizetype nl = m_text.indexOf('\n');
    if (nl > 0 && m_text.at(nl - 1) == '\r')
        return "\r\n"_ba;
    return "\n"_ba;
}

std::optional<std::vector<DocumentEdit>> Document::apply(std::vector<DocumentEdit> edits)
{
    if (edits.empty())
        return std::vector<DocumentEdit> {};
    std::sort(edits.begin(), edits.end(), [](const DocumentEdit& a, const DocumentEdit& b) {
        return a.offset < b.offset || (a.offset == b.offset && a.length < b.length);
    });
    for (size_t i = 0; i < edits.size(); ++i) {
        if (!edits[i].isValidFor(m_text))
            return std::nullopt;
        if (i > 0 && edits[i - 1].offset + edits[i - 1].length > edits[i].offset)
            return std::nullopt;
    }
    std::vector<DocumentEdit> inverses;
    inverses.reserve(edits.size());
    qsizetype delta = 0;
    for (const DocumentEdit& e : edits) {
        DocumentEdit inv = e.inverse(m_text); // before any edit is applied
        inv.offset += delta;
        inverses.push_back(std::move(inv));
        delta += e.replacement.size() - e.length;
    }
    for (auto it = edits.rbegin(); it != edits.rend(); ++it)
        it->applyTo(m_text);
    const SourceRange changedOld { edits.front().offset, edits.back().offset + edits.back().length };
    reparse(changedOld, delta);
    return inverses;
}

DocumentEdit Document::editReplacingText(const QByteArray& text) const
{
    const qsizetype limit = std::min(text.size(), m_text.size());
    qsizetype prefix = 0;
    while (prefix < limit && text[prefix] == m_text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < limit - prefix && text[text.size() - 1 - suffix] == m_text[m_text.size() - 1 - suffix])
        ++suffix;
    return DocumentEdit { prefix, m_text.size() - prefix - suffix, text.mid(prefix, text.size() - prefix - suffix) };
}

void Document::reparse(std::optional<SourceRange> changedOld, qsizetype delta)
{
    ++m_revision;
    m_lines.rebuild(m_text);
    // Text that was valid UTF-8 can only have become invalid where it was edited: look at the
    // edited lines, not the file (lines start after a '\n', which no sequence spans).
    qsizetype scanFrom = 0;
    qsizetype scanTo = -1;
    if (changedOld && m_fileProblems.empty()) {
        scanFrom = changedOld->begin > 0 ? m_text.lastIndexOf('\n', changedOld->begin - 1) + 1 : 0;
        const qsizetype editEnd = std::min(changedOld->end + delta, m_text.size());
        const qsizetype nl = m_text.indexOf('\n', editEnd);
        scanTo = nl < 0 ? m_text.size() : nl + 1;
    }
    m_fileProblems.clear();
    m_reparsed.clear();
    m_previous.clear();
    std::vector<YamlDocument> old = std::move(m_documents);
    m_documents.clear();

    if (const qsizetype bad = YamlParser::findInvalidUtf8(m_text, scanFrom, scanTo); bad >= 0) {
        ParseProblem p;
        p.code = u"BW0007"_s;
        p.message = Strings::tr("invalid UTF-8 (byte 0x%1); manifests must be UTF-8, so this file was not read further")
                        .arg(QString::number(static_cast<unsigned char>(m_text.at(bad)), 16).toUpper());
        p.range = { bad, bad + 1 };
        m_fileProblems.push_back(std::move(p));
        return;
    }

    std::unordered_map<qsizetype, size_t> oldByBegin;
    if (changedOld) {
        for (size_t i = 0; i < old.size(); ++i)
            oldByBegin.emplace(old[i].range.begin, i);
    }
    const qsizetype start = hasBom() ? 3 : 0;
    const std::vector<SourceRange> segments = YamlParser::splitDocuments(m_text, start);
    m_documents.resize(segments.size());
    m_previous.assign(segments.size(), -1);
    std::vector<size_t> toParse;
    for (size_t s = 0; s < segments.size(); ++s) {
        const SourceRange& seg = segments[s];
        std::optional<size_t> reuse;
        if (changedOld) {
            const qsizetype editEndNew = changedOld->end + delta;
            qsizetype oldBegin = -1;
            if (seg.end <= changedOld->begin)
                oldBegin = seg.begin;
            else if (seg.begin >= editEndNew && seg.begin >= changedOld->begin + (delta > 0 ? delta : 0))
                oldBegin = seg.begin - delta;
            if (oldBegin >= 0) {
                if (auto it = oldByBegin.find(oldBegin);
                    it != oldByBegin.end() && old[it->second].range.length() == seg.length())
                    reuse = it->second;
            }
        }
        if (reuse) {
            YamlDocument d = std::move(old[*reuse]);
            shiftDocument(d, seg.begin - d.range.begin);
            m_documents[s] = std::move(d);
            m_previous[s] = int(*reuse);
            continue;
        }
        toParse.push_back(s);
        m_reparsed.push_back(int(s));
    }
    // Documents parse independently, so a large file parses on all cores.
    ParallelFor::run(
        qsizetype(toParse.size()),
        [&](qsizetype i) {
            const size_t s = toParse[size_t(i)];
            YamlParser::Result r = YamlParser::parse(m_text, segments[s], m_limits);
            m_documents[s] = YamlDocument { segments[s], std::move(r.tree), std::move(r.problems), r.syntaxError };
        },
        32);
}

Document::SaveResult Document::save(bool overwriteExternalChanges)
{
    const QFileInfo info(m_path);
    const bool existed = info.exists();
    QFileDevice::Permissions permissions;
    if (existed) {
        permissions = info.permissions();
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly))
            return { SaveStatus::Failed,
                Strings::tr("%1: cannot read the file before saving: %2").arg(m_path, current.errorString()) };
        if (!overwriteExternalChanges && current.readAll() != m_diskText) {
            return { SaveStatus::ConflictOnDisk,
                Strings::tr(
                    "%1: the file changed on disk since it was opened; nothing was written. Reload it to see the "
                    "other change, or save again choosing to overwrite it")
                    .arg(m_path) };
        }
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return { SaveStatus::Failed, Strings::tr("%1: cannot write: %2").arg(m_path, out.errorString()) };
    if (out.write(m_text) != m_text.size()) {
        out.cancelWriting();
        return { SaveStatus::Failed, Strings::tr("%1: cannot write: %2").arg(m_path, out.errorString()) };
    }
    if (!out.commit())
        return { SaveStatus::Failed, Strings::tr("%1: cannot write: %2").arg(m_path, out.errorString()) };
    if (existed && QFileInfo(m_path).permissions() != permissions)
        QFile::setPermissions(m_path, permissions);
    m_diskText = m_text;
    return { SaveStatus::Saved, QString() };
}

std::optional<QByteArray> Document::readDisk(QString* error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Strings::tr("%1: cannot read: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace bw
