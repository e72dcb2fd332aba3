// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: load arbitrary bytes as a document, validate it, then run structured
// edits and quick fixes and undo them. Beyond memory safety it checks the promises the rest
// of the program relies on: loading never alters the bytes, every problem is located inside
// the text, and undo restores the bytes exactly. In a temporary folder it also saves the bytes
// over a file (they land exactly, the mode stays, an outside change is refused) and runs two
// windows' recovery sessions side by side (one dies, the other ends cleanly: the dead one's
// text and the disk text it was based on come back, once).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

#include "document/document.h"
#include "document/structurededitor.h"
#include "workspace/recoverystore.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

void editAndUndo(const QByteArray& original, int yamlDocument, const bw::StructuredEditor::Result& r)
{
    if (!r.ok())
        return;
    bw::Document copy(u"fuzz.yaml"_s, original);
    const auto inverse = copy.apply(r.edits);
    check(inverse.has_value());
    check(copy.apply(*inverse).has_value());
    check(copy.text() == original);
    Q_UNUSED(yamlDocument)
}
const QTemporaryDir& scratch()
{
    // On a memory file system when there is one: the saves and the recovery store sync what
    // they write to disk, which costs a real disk far more than the rest of a run.
    static const QTemporaryDir dir(
        QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm/bw-fuzz-XXXXXX"_s : QDir::tempPath() + u"/bw-fuzz-XXXXXX"_s);
    check(dir.isValid());
    return dir;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    check(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    check(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size());
}

// The file on disk holds `before`; the user makes it `after` and saves.
void saveOver(const QByteArray& before, const QByteArray& after)
{
    const QString path = scratch().filePath(u"saved.yaml"_s);
    writeAll(path, before);
    const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    check(QFile::setPermissions(path, mode));
    bw::Workspace ws;
    const int id = ws.addText(path, before); // as opening it reads it, without a worker thread
    const QByteArray& text = ws.document(id)->text();
    if (text != after)
        check(ws.applyEdits(id, { { 0, text.size(), after } }, u"edit"_s));
    check(ws.save(id).status == bw::Document::SaveStatus::Saved);
    check(readAll(path) == after);
    check((QFile::permissions(path) & 0x7077) == (mode & 0x7077));
    // Another program writes; a save of further edits must not drop what it wrote.
    const QByteArray theirs = before + "#";
    writeAll(path, theirs);
    check(ws.applyEdits(id, { { 0, 0, "#" } }, u"edit"_s));
    check(ws.save(id).status == bw::Document::SaveStatus::ConflictOnDisk);
    check(readAll(path) == theirs);
}

// Two windows keep recovery sessions in one root. B dies, A ends cleanly: the next window is
// offered B's text only, with the disk text it was based on, and only once.
void recoverBesideAnotherWindow(const QByteArray& first, const QByteArray& second)
{
    const QString root = scratch().filePath(u"recovery"_s);
    QDir(root).removeRecursively();
    const QString fileA = scratch().filePath(u"a.yaml"_s);
    const QString fileB = scratch().filePath(u"b.yaml"_s);
    writeAll(fileA, second);
    writeAll(fileB, first);
    bw::Workspace a;
    bw::Workspace b;
    const int ida = a.addText(fileA, second);
    const int idb = b.addText(fileB, first);
    check(a.applyEdits(ida, { { 0, 0, "#a\n" } }, u"edit"_s));
    check(b.applyEdits(idb, { { 0, 0, second + "\n" } }, u"edit"_s));
    const QByteArray typedB = b.document(idb)->text();
    auto storeA = std::make_unique<bw::RecoveryStore>(root);
    auto storeB = std::make_unique<bw::RecoveryStore>(root);
    check(storeA->write(a) && storeB->write(b) && storeA->write(a));
    storeB.reset();
    storeA->clear();
    writeAll(fileB, second); // another program, after the crash
    bw::RecoveryStore next(root);
    const std::vector<bw::RecoveryStore::Session> sessions = next.claimOrphans();
    check(sessions.size() == 1 && sessions[0].entries.size() == 1);
    check(bw::RecoveryStore(root).claimOrphans().empty());
    bw::Workspace ws;
    const int id = bw::RecoveryStore::recover(ws, sessions[0].entries[0]);
    check(id >= 0);
    check(ws.document(id)->text() == typedB);
    check(ws.document(id)->diskText() == first);
    check(first == second || ws.save(id).status == bw::Document::SaveStatus::ConflictOnDisk);
    next.discard(sessions[0]);
    check(bw::RecoveryStore(root).claimOrphans().empty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    bw::Document doc(u"fuzz.yaml"_s, input);
    check(doc.text() == input);
    (void)doc.problems();

    // Line/column mapping stays inside the text and round-trips for line starts.
    for (qsizetype off = 0; off <= input.size(); off += 1 + input.size() / 7) {
        const bw::TextPosition pos = doc.positionAt(off);
        check(pos.line >= 1 && pos.column >= 1);
        check(doc.offsetAt({ pos.line, 1 }) <= off || (off <= 3 && doc.hasBom()));
    }

    {
        bw::Workspace ws;
        const int id = ws.addText(u"fuzz.yaml"_s, input);
        const std::vector<bw::Diagnostic> found = ws.diagnostics();
        for (const bw::Diagnostic& d : found) {
            check(d.range.begin >= 0 && d.range.end <= input.size() && d.range.begin <= d.range.end);
            check(d.position.line >= 1 && d.position.column >= 1);
        }
        for (size_t i = 0; i < found.size() && i < 4; ++i) {
            if (found[i].fix && ws.applyEdits(id, { *found[i].fix }, u"fix"_s)) {
                (void)ws.diagnostics();
                check(ws.undo());
                check(ws.document(id)->text() == input);
            }
        }
    }

    saveOver(input.left(input.size() / 2), input);
    recoverBesideAnotherWindow(input.left(input.size() / 3), input.mid(input.size() / 3));

    const QString value = QString::fromUtf8(input.left(12));
    const size_t docs = std::min<size_t>(doc.documents().size(), 4);
    for (size_t d = 0; d < docs; ++d) {
        const bw::YamlTree& tree = doc.documents()[d].tree;
        for (const bw::YamlNode& n : tree.nodes) {
            check(n.range.begin >= 0 && n.range.end <= input.size() && n.range.begin <= n.range.end);
            check(n.valueRange.begin >= n.range.begin && n.valueRange.end <= n.range.end);
        }
        const size_t count = tree.nodes.size();
        const size_t stride = std::max<size_t>(1, count / 6);
        const bw::StructuredEditor editor(doc, int(d));
        for (size_t i = 0; i < count; i += stride) {
            const bw::FieldPath path = tree.pathOf(int(i));
            editAndUndo(input, int(d), editor.setScalar(path, bw::ScalarValue::string(value)));
            editAndUndo(input, int(d), editor.setScalar(path, bw::ScalarValue::fromYamlText(value)));
            editAndUndo(input, int(d), editor.remove(path));
            editAndUndo(input, int(d), editor.setScalar(path.key(u"fuzz"_s), bw::ScalarValue::integer(1)));
            editAndUndo(input, int(d),
                editor.appendItem(path, bw::YamlValue::mapping({ { u"k"_s, bw::ScalarValue::string(value) } })));
            editAndUndo(input, int(d), editor.insertItem(path, 0, bw::ScalarValue::boolean(true)));
        }
    }
    return 0;
}
