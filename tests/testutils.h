// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include "document/document.h"

namespace bw::test {

// The signals a model emits, to check that an update was fine-grained (no reset).
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel* m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    { }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s", qPrintable(path));
    return f.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QStringList exampleFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(BW_EXAMPLES_DIR));
    for (const QString& f : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
        out.append(dir.filePath(f));
    return out;
}

// The text a node of YAML document `doc` covers (its valueRange), for assertions that read
// like the YAML itself.
// A private copy of the example workspace in `folder`/examples, so nothing a test does touches
// the sources.
inline QString copyExamples(const QString& folder)
{
    const QString target = folder + QStringLiteral("/examples");
    QDir().mkpath(target);
    for (const QString& f : exampleFiles())
        QFile::copy(f, target + u'/' + QFileInfo(f).fileName());
    return target;
}

inline QByteArray nodeText(const Document& d, const QString& path, int doc = 0)
{
    const auto p = FieldPath::parse(path);
    if (!p || size_t(doc) >= d.documents().size())
        return "<bad path or document>";
    const YamlTree& t = d.documents()[size_t(doc)].tree;
    const int n = t.find(*p);
    if (n < 0)
        return "<missing>";
    const SourceRange r = t.node(n).valueRange;
    return d.text().mid(r.begin, r.length());
}

inline QByteArray firstProblem(const Document& d)
{
    const auto problems = d.problems();
    return problems.empty() ? QByteArray() : problems.front().message.toUtf8();
}

} // namespace bw::test
