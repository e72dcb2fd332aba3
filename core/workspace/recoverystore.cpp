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
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include "workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::RecoveryStore)
};

constexpr QFileDevice::Permissions kPrivateFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString lockPathOf(const QString& sessionDirectory)
{
    return sessionDirectory + u".lock"_s;
}

std::unique_ptr<QLockFile> makeLock(const QString& sessionDirectory)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(sessionDirectory));
    // Only a dead owner makes a lock stale, never its age: a window may run for weeks.
    lock->setStaleLockTime(0);
    return lock;
}

QJsonDocument readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

bool makePrivateFolder(const QString& path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, kPrivateFolder);
}

// Recovery written before windows had sessions of their own: the index and the texts lay in
// the root itself.
bool isLegacySession(const QString& root, const QString& directory)
{
    return QDir(directory) == QDir(root);
}
} // namespace

RecoveryStore::RecoveryStore(QString root)
    : m_root(std::move(root))
{ }

RecoveryStore::~RecoveryStore() = default;

bool RecoveryStore::writePrivately(const QString& path, const QByteArray& bytes, QString* error)
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

bool RecoveryStore::beginSession(QString* error)
{
    if (!makePrivateFolder(m_root)) {
        if (error)
            *error = Strings::tr("%1: cannot create the recovery folder").arg(m_root);
        return false;
    }
    // The lock comes first and the folder second, so no other window ever sees this session's
    // folder without its live lock and takes it for an orphan.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = u"%1-%2-%3"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(uint(QRandomGenerator::global()->generate() & 0xffffff), 6, 16, QChar(u'0'));
        const QString directory = m_root + u'/' + name;
        if (QFileInfo::exists(directory) || QFileInfo::exists(lockPathOf(directory)))
            continue;
        auto lock = makeLock(directory);
        if (!lock->tryLock(0))
            continue;
        if (!makePrivateFolder(directory)) {
            if (error)
                *error = Strings::tr("%1: cannot create the recovery folder").arg(directory);
            return false;
        }
        m_lock = std::move(lock);
        m_session = directory;
        m_startedAt = QDateTime::currentDateTimeUtc();
        return true;
    }
    if (error)
        *error = Strings::tr("%1: cannot lock a recovery session").arg(m_root);
    return false;
}

bool RecoveryStore::write(const Workspace& workspace, QString* error)
{
    if (m_session.isEmpty() && !beginSession(error))
        return false;
    // Someone may have removed the folder (a cleaner of old files): make it again.
    if (!QFileInfo::exists(m_session)) {
        m_written.clear();
        m_sessionFiles.clear();
        if (!makePrivateFolder(m_session)) {
            if (error)
                *error = Strings::tr("%1: cannot create the recovery folder").arg(m_session);
            return false;
        }
    }
    const QDir dir(m_session);
    QJsonArray entries;
    QStringList open;
    QSet<QString> kept;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int id : workspace.documentIds()) {
        const Document* doc = workspace.document(id);
        open.append(doc->path());
        if (!doc->isModified())
            continue;
        const QString stem
            = QString::fromLatin1(QCryptographicHash::hash(doc->path().toUtf8(), QCryptographicHash::Sha1).toHex());
        Written& w = m_written[doc->path()];
        const bool textKept = w.documentId == id && w.revision == doc->revision() && !w.savedAt.isEmpty();
        if (!textKept) {
            if (!writePrivately(dir.filePath(stem + u".yaml"_s), doc->text(), error))
                return false;
            w.documentId = id;
            w.revision = doc->revision();
            w.savedAt = now;
        }
        // Holding the base text keeps its bytes alive, so the same data means the same text.
        const bool baseKept = w.hasBase
            && ((w.base.constData() == doc->diskText().constData() && w.base.size() == doc->diskText().size())
                || w.base == doc->diskText());
        if (!baseKept) {
            if (!writePrivately(dir.filePath(stem + u".base"_s), doc->diskText(), error))
                return false;
            w.base = doc->diskText();
            w.hasBase = true;
        }
        kept.insert(doc->path());
        entries.append(QJsonObject { { u"path"_s, doc->path() }, { u"file"_s, QString(stem + u".yaml"_s) },
            { u"base"_s, QString(stem + u".base"_s) }, { u"savedAt"_s, w.savedAt } });
    }
    // Documents saved or closed since: their recovery text is no longer needed.
    for (auto it = m_written.begin(); it != m_written.end();) {
        if (kept.contains(it.key())) {
            ++it;
            continue;
        }
        const QString stem
            = QString::fromLatin1(QCryptographicHash::hash(it.key().toUtf8(), QCryptographicHash::Sha1).toHex());
        QFile::remove(dir.filePath(stem + u".yaml"_s));
        QFile::remove(dir.filePath(stem + u".base"_s));
        it = m_written.erase(it);
    }
    if (open != m_sessionFiles || !QFileInfo::exists(dir.filePath(u"session.json"_s))) {
        const QJsonObject session { { u"pid"_s, qint64(QCoreApplication::applicationPid()) },
            { u"startedAt"_s, m_startedAt.toString(Qt::ISODateWithMs) },
            { u"workspace"_s, QJsonArray::fromStringList(open) } };
        if (!writePrivately(
                dir.filePath(u"session.json"_s), QJsonDocument(session).toJson(QJsonDocument::Compact), error))
            return false;
        m_sessionFiles = open;
    }
    return writePrivately(dir.filePath(u"index.json"_s), QJsonDocument(entries).toJson(QJsonDocument::Indented), error);
}

std::vector<RecoveryStore::Session> RecoveryStore::claimOrphans()
{
    std::vector<Session> out;
    QDir root(m_root);
    if (!root.exists())
        return out;
    QStringList directories;
    if (QFileInfo::exists(root.filePath(u"index.json"_s)))
        directories.append(m_root);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        directories.append(root.filePath(name));
    for (const QString& directory : std::as_const(directories)) {
        if (directory == m_session || m_claimed.count(directory))
            continue;
        auto lock = makeLock(directory);
        // A live window holds its session's lock; a crashed one left it stale, which tryLock
        // takes over.
        if (!lock->tryLock(0))
            continue;
        Session s;
        s.directory = directory;
        const QJsonObject info = readJson(directory + u"/session.json"_s).object();
        s.pid = info.value(u"pid"_s).toInteger();
        s.startedAt = QDateTime::fromString(info.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
        for (const QJsonValue& v : info.value(u"workspace"_s).toArray())
            s.workspace.append(v.toString());
        for (const QJsonValue& v : readJson(directory + u"/index.json"_s).array()) {
            const QJsonObject o = v.toObject();
            Entry e { o.value(u"path"_s).toString(), directory + u'/' + o.value(u"file"_s).toString(),
                o.contains(u"base"_s) ? directory + u'/' + o.value(u"base"_s).toString() : QString(),
                QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs) };
            if (!e.path.isEmpty() && QFileInfo::exists(e.recoveryFile))
                s.entries.push_back(std::move(e));
        }
        m_claimed[directory] = std::move(lock);
        if (s.entries.empty()) {
            discard(s);
            continue;
        }
        out.push_back(std::move(s));
    }
    // Locks left without a folder (a crash between taking the lock and making the folder).
    for (const QString& name : root.entryList({ u"*.lock"_s }, QDir::Files | QDir::Hidden)) {
        const QString directory = root.filePath(name.chopped(5));
        if (QFileInfo::exists(directory) || directory == m_session)
            continue;
        auto lock = makeLock(directory);
        if (lock->tryLock(0))
            lock->unlock(); // removes the file
    }
    return out;
}

int RecoveryStore::recover(Workspace& workspace, const Entry& entry, QString* error)
{
    QFile f(entry.recoveryFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Strings::tr("%1: cannot read the recovery file: %2").arg(entry.recoveryFile, f.errorString());
        return -1;
    }
    const QByteArray text = f.readAll();
    std::optional<QByteArray> base;
    if (!entry.baseFile.isEmpty()) {
        QFile b(entry.baseFile);
        if (b.open(QIODevice::ReadOnly))
            base = b.readAll();
    }
    int id = workspace.findDocument(entry.path);
    if (id < 0) {
        if (QFileInfo::exists(entry.path))
            workspace.open({ entry.path });
        id = workspace.findDocument(entry.path);
        if (id < 0) // the file is gone (or was never saved): recover into a new document
            id = workspace.addText(entry.path, QByteArray());
    }
    Document* doc = workspace.document(id);
    // The edits were made to the text the file had then. If another program changed it since,
    // the document must not take the disk's new text for what the edits were based on.
    if (base)
        doc->setDiskText(*base);
    if (doc->text() != text
        && !workspace.applyEdits(id, { { 0, doc->text().size(), text } }, Strings::tr("Recover unsaved changes"))) {
        if (error)
            *error = Strings::tr("%1: the recovered text could not be applied").arg(entry.path);
        return -1;
    }
    return id;
}

void RecoveryStore::discard(const Session& session)
{
    if (isLegacySession(m_root, session.directory)) {
        QDir dir(m_root);
        for (const QString& f : dir.entryList({ u"*.yaml"_s, u"*.base"_s, u"index.json"_s }, QDir::Files))
            dir.remove(f);
    } else {
        QDir(session.directory).removeRecursively();
    }
    m_claimed.erase(session.directory); // unlocking removes the lock file
}

void RecoveryStore::clear()
{
    if (m_session.isEmpty())
        return;
    QDir(m_session).removeRecursively();
    m_lock.reset();
    m_session.clear();
    m_written.clear();
    m_sessionFiles.clear();
}

} // namespace bw
