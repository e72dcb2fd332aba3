// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "documentedit.h"
#include "lineindex.h"
#include "parseproblem.h"
#include "yamltree.h"

namespace bw {

// One YAML document inside a file (files may hold several, separated by `---`).
struct YamlDocument
{
    SourceRange range;
    YamlTree tree;
    std::vector<ParseProblem> problems;
    bool syntaxError = false;
};

// One file: its exact bytes and their parse. The bytes are the source of truth; the parse
// is derived from them after every edit. A file that fails to parse stays open with its
// text intact and located problems, so nothing the user wrote is ever dropped.
class Document
{
public:
    struct LoadOptions
    {
        qint64 maxFileSize = 64 * 1024 * 1024;
        ParseLimits limits;
    };

    enum class SaveStatus { Saved, ConflictOnDisk, Failed };
    struct SaveResult
    {
        SaveStatus status = SaveStatus::Failed;
        QString message;
    };

    Document(QString path, QByteArray bytes, ParseLimits limits = {});
    Q_DISABLE_COPY_MOVE(Document)

    // Reads a file. On failure returns nullptr and fills `error` with a message that names
    // the file (unreadable, too large, ...).
    static std::unique_ptr<Document> load(const QString& path, const LoadOptions& options, QString* error);

    [[nodiscard]] const QString& path() const { return m_path; }
    void setPath(const QString& path) { m_path = path; }
    [[nodiscard]] const QByteArray& text() const { return m_text; }
    [[nodiscard]] const std::vector<YamlDocument>& documents() const { return m_documents; }
    // Index of the YAML document holding `offset`, or -1.
    [[nodiscard]] int documentAt(qsizetype offset) const;
    // Every problem of the text: encoding, syntax, duplicate keys, aliases. Sorted by offset.
    [[nodiscard]] std::vector<ParseProblem> problems() const;
    [[nodiscard]] bool hasSyntaxErrors() const;

    [[nodiscard]] TextPosition positionAt(qsizetype offset) const { return m_lines.positionAt(offset); }
    [[nodiscard]] qsizetype offsetAt(TextPosition pos) const { return m_lines.offsetAt(pos); }
    [[nodiscard]] const LineIndex& lines() const { return m_lines; }
    [[nodiscard]] QByteArray lineEnding() const; // what the file already uses
    [[nodiscard]] bool hasBom() const { return m_text.startsWith("\xEF\xBB\xBF"); }
    [[nodiscard]] quint64 revision() const { return m_revision; }
    // Which YAML documents the last edit re-parsed (the others were reused as they were).
    [[nodiscard]] const std::vector<int>& reparsedDocuments() const { return m_reparsed; }
    // For each YAML document, the index it had before the last edit when it was reused as it
    // was (only moved), else -1.
    [[nodiscard]] const std::vector<int>& previousIndices() const { return m_previous; }

    // Applies edits that do not overlap (in any order) as one change and re-parses.
    // Returns the edits that undo it, or nullopt (text unchanged) if an edit is out of range
    // or two overlap.
    std::optional<std::vector<DocumentEdit>> apply(std::vector<DocumentEdit> edits);
    // The one edit that turns the text into `text`: the span between their common ends.
    [[nodiscard]] DocumentEdit editReplacingText(const QByteArray& text) const;

    // True when the text differs from what was last read from or written to disk.
    [[nodiscard]] bool isModified() const { return m_text != m_diskText; }
    [[nodiscard]] const QByteArray& diskText() const { return m_diskText; }
    // Writes atomically (QSaveFile), keeping the file's permissions. Refuses, unless
    // `overwriteExternalChanges`, when the file on disk changed since it was read.
    SaveResult save(bool overwriteExternalChanges = false);
    // What is on disk, for reloading through the caller's own edit path; nullopt (with
    // `error` naming the file) when it cannot be read.
    [[nodiscard]] std::optional<QByteArray> readDisk(QString* error) const;
    // The text now matches the file on disk (read or written by the caller).
    void setDiskText(const QByteArray& text) { m_diskText = text; }

private:
    // `changedOld` is the byte range the edit replaced (in the old text) and `delta` how much
    // the text grew; documents outside it are reused instead of parsed again.
    void reparse(std::optional<SourceRange> changedOld, qsizetype delta);

    QString m_path;
    QByteArray m_text;
    QByteArray m_diskText;
    ParseLimits m_limits;
    LineIndex m_lines;
    std::vector<YamlDocument> m_documents;
    std::vector<ParseProblem> m_fileProblems; // not tied to one YAML document (encoding)
    std::vector<int> m_reparsed;
    std::vector<int> m_previous;
    quint64 m_revision = 0;
};

} // namespace bw
