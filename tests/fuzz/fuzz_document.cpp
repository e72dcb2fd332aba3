// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: load arbitrary bytes as a document, validate it, then run structured
// edits and quick fixes and undo them. Beyond memory safety it checks the promises the rest
// of the program relies on: loading never alters the bytes, every problem is located inside
// the text, and undo restores the bytes exactly.
#include <cstdint>
#include <cstdlib>

#include "document/document.h"
#include "document/structurededitor.h"
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
