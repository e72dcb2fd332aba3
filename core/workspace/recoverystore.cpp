// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::RecoveryStore)
};

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    // Unsaved text may hold a Secret's key: only the user may read what is kept of it.
    if (f.open(QIODevice::WriteOnly) && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && f.write(bytes) == bytes.size() && f.commit())
        return true;
    if (error)
        *error = Strings::tr("%1: cannot write the recovery file: %2").arg(path, f.errorString());
    return false;
}
} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString RecoveryStore::indexFile() const
{
    return m_directory + u"/index.json"_s;
}

bool RecoveryStore::write(const Workspace& workspace, QString* error)
{
    if (!QDir().mkpath(m_directory)
        || !QFile::setPermissions(
            m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = Strings::tr("%1: cannot create the recovery folder").arg(m_directory);
        return false;
    }
    QJsonArray entries;
    QStringList keep { u"index.json"_s };
    for (int id : workspace.documentIds()) {
        const Document* doc = workspace.document(id);
        if (!doc->isModified())
            continue;
        const QString name
            = QString::fromLatin1(QCryptographicHash::hash(doc->path().toUtf8(), QCryptographicHash::Sha1).toHex())
            + u".yaml"_s;
        if (!writeAtomically(m_directory + u'/' + name, doc->text(), error))
            return false;
        keep.append(name);
        entries.append(QJsonObject { { u"path"_s, doc->path() }, { u"file"_s, name },
            { u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    }
    if (!writeAtomically(indexFile(), QJsonDocument(entries).toJson(QJsonDocument::Indented), error))
        return false;
    // Recovery text of documents that were saved or closed since is no longer needed.
    const QDir dir(m_directory);
    for (const QString& f : dir.entryList({ u"*.yaml"_s }, QDir::Files)) {
        if (!keep.contains(f))
            QFile::remove(dir.filePath(f));
    }
    return true;
}

std::vector<RecoveryStore::Entry> RecoveryStore::pending() const
{
    std::vector<Entry> out;
    QFile f(indexFile());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        Entry e { o.value(u"path"_s).toString(), m_directory + u'/' + o.value(u"file"_s).toString(),
            QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs) };
        if (!e.path.isEmpty() && QFileInfo::exists(e.recoveryFile))
            out.push_back(std::move(e));
    }
    return out;
}

int RecoveryStore::recover(Workspace& workspace, const Entry& entry, QString* error) const
{
    QFile f(entry.recoveryFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Strings::tr("%1: cannot read the recovery file: %2").arg(entry.recoveryFile, f.errorString());
        return -1;
    }
    const QByteArray text = f.readAll();
    int id = workspace.findDocument(entry.path);
    if (id < 0) {
        if (QFileInfo::exists(entry.path))
            workspace.open({ entry.path });
        id = workspace.findDocument(entry.path);
        if (id < 0) // the file is gone (or was never saved): recover into a new document
            id = workspace.addText(entry.path, QByteArray());
    }
    const Document* doc = workspace.document(id);
    if (doc->text() != text
        && !workspace.applyEdits(id, { { 0, doc->text().size(), text } }, Strings::tr("Recover unsaved changes"))) {
        if (error)
            *error = Strings::tr("%1: the recovered text could not be applied").arg(entry.path);
        return -1;
    }
    return id;
}

void RecoveryStore::clear()
{
    QDir dir(m_directory);
    for (const QString& f : dir.entryList({ u"*.yaml"_s, u"index.json"_s }, QDir::Files))
        dir.remove(f);
}

} // namespace bw
