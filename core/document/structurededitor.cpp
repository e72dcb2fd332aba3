// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structurededitor.h"

#include <QCoreApplication>

#include "scalarformatter.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// Gives lupdate and the runtime the same translation context.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::StructuredEditor)
};

QByteArray spaces(int n)
{
    return QByteArray(qMax(0, n), ' ');
}

QString typeName(const YamlNode& n)
{
    switch (n.type) {
    case YamlNode::Type::Mapping:
        return Strings::tr("a mapping");
    case YamlNode::Type::Sequence:
        return Strings::tr("a list");
    case YamlNode::Type::Scalar:
        return Strings::tr("a scalar");
    case YamlNode::Type::Null:
        return Strings::tr("null");
    case YamlNode::Type::Alias:
        return Strings::tr("an alias");
    }
    return {};
}

YamlValue nest(const QList<FieldPath::Segment>& keys, const YamlValue& leaf)
{
    YamlValue v = leaf;
    for (auto it = keys.rbegin(); it != keys.rend(); ++it)
        v = YamlValue::mapping({ { it->key, v } });
    return v;
}
} // namespace

StructuredEditor::StructuredEditor(const Document& document, int yamlDocument)
    : m_text(document.text())
    , m_eol(document.lineEnding())
{
    // Never edit a document whose parse is incomplete: positions after the error are unknown.
    if (yamlDocument >= 0 && size_t(yamlDocument) < document.documents().size()
        && !document.documents()[size_t(yamlDocument)].syntaxError)
        m_tree = &document.documents()[size_t(yamlDocument)].tree;
    if (!m_tree)
        return;
    // Learn the document's indentation habits from its first nested block collections.
    bool stepFound = false;
    bool seqFound = false;
    for (size_t i = 0; i < m_tree->nodes.size() && !(stepFound && seqFound); ++i) {
        const YamlNode& n = m_tree->nodes[i];
        if (n.isFlow() || !n.isCollection() || n.parent < 0 || n.children.empty())
            continue;
        const YamlNode& p = m_tree->node(n.parent);
        if (!p.isMapping() || p.isFlow())
            continue;
        const int keyCol = slotIndent(int(i));
        const int ownCol = column(n.valueRange.begin);
        if (keyCol < 0 || !onlySpacesBefore(n.valueRange.begin))
            continue;
        if (n.isMapping() && !stepFound && ownCol > keyCol) {
            m_step = ownCol - keyCol;
            stepFound = true;
        } else if (n.isSequence() && !seqFound && ownCol >= keyCol) {
            m_seqOffset = ownCol - keyCol;
            seqFound = true;
        }
    }
    if (!seqFound)
        m_seqOffset = m_step;
}

QString StructuredEditor::describe(const FieldPath& path) const
{
    return path.isEmpty() ? Strings::tr("the document") : path.toString();
}

qsizetype StructuredEditor::lineStart(qsizetype p) const
{
    while (p > 0 && m_text[p - 1] != '\n')
        --p;
    return p;
}

qsizetype StructuredEditor::lineEnd(qsizetype p) const
{
    const qsizetype n = m_text.size();
    while (p < n && m_text[p] != '\n' && m_text[p] != '\r')
        ++p;
    return p;
}

qsizetype StructuredEditor::afterLineBreak(qsizetype p) const
{
    p = lineEnd(p);
    if (p < m_text.size() && m_text[p] == '\r')
        ++p;
    if (p < m_text.size() && m_text[p] == '\n')
        ++p;
    return p;
}

bool StructuredEditor::onlySpacesBefore(qsizetype p) const
{
    for (qsizetype i = lineStart(p); i < p; ++i) {
        if (m_text[i] != ' ')
            return false;
    }
    return true;
}

bool StructuredEditor::inFlow(int node) const
{
    for (int p = m_tree->node(node).parent; p >= 0; p = m_tree->node(p).parent) {
        if (m_tree->node(p).isFlow())
            return true;
    }
    return false;
}

qsizetype StructuredEditor::slotStart(int node) const
{
    const YamlNode& n = m_tree->node(node);
    if (n.parent < 0)
        return n.range.begin;
    const YamlNode& p = m_tree->node(n.parent);
    qsizetype from = n.range.begin;
    char indicator = '-';
    if (p.isMapping()) {
        for (size_t k = 1; k < p.children.size(); k += 2) {
            if (p.children[k] == node) {
                from = m_tree->node(p.children[k - 1]).range.end;
                indicator = ':';
            }
        }
        qsizetype q = from;
        while (q < n.range.begin && m_text[q] != indicator)
            ++q;
        return q < n.range.begin || (q == n.range.begin && q < m_text.size() && m_text[q] == indicator) ? q + 1
                                                                                                        : n.range.begin;
    }
    const qsizetype dash = dashOf(node);
    return dash >= 0 ? dash + 1 : n.range.begin;
}

int StructuredEditor::slotIndent(int node) const
{
    const YamlNode& n = m_tree->node(node);
    if (n.parent < 0)
        return 0;
    const YamlNode& p = m_tree->node(n.parent);
    if (p.isMapping()) {
        for (size_t k = 1; k < p.children.size(); k += 2) {
            if (p.children[k] == node)
                return column(m_tree->node(p.children[k - 1]).range.begin);
        }
        return -1;
    }
    const qsizetype dash = dashOf(node);
    return dash >= 0 ? column(dash) : -1;
}

qsizetype StructuredEditor::dashOf(int item) const
{
    qsizetype p = m_tree->node(item).range.begin - 1;
    while (p >= 0 && (m_text[p] == ' ' || m_text[p] == '\n' || m_text[p] == '\r'))
        --p;
    return p >= 0 && m_text[p] == '-' ? p : -1;
}

QByteArray StructuredEditor::formatKey(const QString& key, bool flow) const
{
    return ScalarFormatter::format(
        ScalarValue::string(key), flow ? ScalarFormatter::Context::Flow : ScalarFormatter::Context::Block);
}

QByteArray StructuredEditor::renderFlow(const YamlValue& v) const
{
    switch (v.kind()) {
    case YamlValue::Kind::Scalar:
        return ScalarFormatter::format(v.scalar(), ScalarFormatter::Context::Flow);
    case YamlValue::Kind::Mapping: {
        QByteArray out = "{";
        for (qsizetype i = 0; i < v.entries().size(); ++i) {
            if (i > 0)
                out += ", ";
            out += formatKey(v.entries()[i].first, true) + ": " + renderFlow(v.entries()[i].second);
        }
        return out + "}";
    }
    case YamlValue::Kind::Sequence: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < v.items().size(); ++i) {
            if (i > 0)
                out += ", ";
            out += renderFlow(v.items()[i]);
        }
        return out + "]";
    }
    }
    return {};
}

QByteArray StructuredEditor::renderAfterKey(const YamlValue& v, int keyIndent) const
{
    if (v.isScalar() && v.scalar().isEmpty())
        return {};
    if (v.isScalar())
        return " " + ScalarFormatter::format(v.scalar(), ScalarFormatter::Context::Block);
    if (v.isEmptyCollection())
        return v.kind() == YamlValue::Kind::Mapping ? " {}"_ba : " []"_ba;
    QByteArray out;
    if (v.kind() == YamlValue::Kind::Mapping) {
        const int indent = keyIndent + m_step;
        for (const auto& [key, child] : v.entries())
            out += m_eol + spaces(indent) + formatKey(key, false) + ":" + renderAfterKey(child, indent);
    } else {
        const int indent = keyIndent + m_seqOffset;
        for (const YamlValue& item : v.items())
            out += m_eol + spaces(indent) + "-" + renderItem(item, indent);
    }
    return out;
}

QByteArray StructuredEditor::renderItem(const YamlValue& v, int dashIndent) const
{
    if (v.isScalar() || v.isEmptyCollection())
        return renderAfterKey(v, dashIndent);
    const int inner = dashIndent + 2;
    QByteArray out;
    if (v.kind() == YamlValue::Kind::Mapping) {
        bool first = true;
        for (const auto& [key, child] : v.entries()) {
            out += (first ? " "_ba : m_eol + spaces(inner)) + formatKey(key, false) + ":"
                + renderAfterKey(child, inner);
            first = false;
        }
    } else {
        bool first = true;
        for (const YamlValue& item : v.items()) {
            out += (first ? " "_ba : m_eol + spaces(inner)) + "-" + renderItem(item, inner);
            first = false;
        }
    }
    return out;
}

StructuredEditor::Result StructuredEditor::setScalar(const FieldPath& path, const ScalarValue& value) const
{
    return setValue(path, YamlValue(value));
}

StructuredEditor::Result StructuredEditor::setValue(const FieldPath& path, const YamlValue& value) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(path)));
    const YamlTree::PartialMatch m = m_tree->findPartial(path);
    if (m.consumed == path.size())
        return replaceNode(m.node, path, value);
    const FieldPath found = path.left(m.consumed);
    const FieldPath::Segment& next = path.segments()[m.consumed];
    const YamlNode& at = m_tree->node(m.node);
    if (next.isIndex()) {
        return fail(Strings::tr("%1: there is no item [%2]; %3 has %4 items")
                        .arg(describe(path.left(m.consumed + 1)))
                        .arg(next.index)
                        .arg(describe(found))
                        .arg(at.isSequence() ? at.children.size() : 0));
    }
    const QList<FieldPath::Segment> rest = path.segments().mid(m.consumed + 1);
    for (const FieldPath::Segment& s : rest) {
        if (s.isIndex())
            return fail(Strings::tr("%1: cannot create list item [%2] of a list that does not exist")
                            .arg(describe(path))
                            .arg(s.index));
    }
    const YamlValue nested = nest(rest, value);
    if (at.type == YamlNode::Type::Alias)
        return fail(Strings::tr("%1 is an alias; edit the anchored node it refers to instead").arg(describe(found)));
    if (at.isMapping())
        return addEntry(m.node, next.key, nested);
    if (at.isNull())
        return replaceNode(m.node, found, YamlValue::mapping({ { next.key, nested } }));
    return fail(
        Strings::tr("%1 is %2, so it cannot hold the field \"%3\"").arg(describe(found), typeName(at), next.key));
}

StructuredEditor::Result StructuredEditor::replaceNode(int node, const FieldPath& path, const YamlValue& value) const
{
    const YamlNode& n = m_tree->node(node);
    const bool flow = inFlow(node);
    if (n.isCollection()) {
        return fail(Strings::tr("%1 is %2; set one of its fields instead of replacing all of it")
                        .arg(describe(path), typeName(n)));
    }
    const SourceRange target = n.type == YamlNode::Type::Alias ? n.range : n.valueRange;
    if (value.isScalar() || flow || value.isEmptyCollection()) {
        QByteArray text = value.isScalar() ? ScalarFormatter::format(value.scalar(),
                              flow ? ScalarFormatter::Context::Flow : ScalarFormatter::Context::Block, n.style)
                                           : renderFlow(value);
        if (target.isEmpty() && target.begin > 0 && m_text[target.begin - 1] != ' ')
            text.prepend(' ');
        return { { DocumentEdit { target.begin, target.length(), text } }, {} };
    }
    // A block mapping or list where a scalar or null was: it starts on the next line.
    if (n.parent < 0)
        return fail(Strings::tr("%1: cannot replace the whole document").arg(describe(path)));
    const qsizetype from = slotStart(node);
    const int indent = slotIndent(node);
    const bool isItem = m_tree->node(n.parent).isSequence();
    const QByteArray text = isItem ? renderItem(value, indent) : renderAfterKey(value, indent);
    return { { DocumentEdit { from, n.range.end - from, text } }, {} };
}

StructuredEditor::Result StructuredEditor::addKey(
    const FieldPath& mapping, const QString& key, const YamlValue& value) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(mapping)));
    const int map = m_tree->find(mapping);
    if (map < 0)
        return fail(Strings::tr("%1 does not exist").arg(describe(mapping)));
    if (!m_tree->node(map).isMapping())
        return fail(Strings::tr("%1 is %2, not a mapping").arg(describe(mapping), typeName(m_tree->node(map))));
    if (m_tree->keyNode(map, key) >= 0)
        return fail(Strings::tr("%1 already has the key \"%2\"").arg(describe(mapping), key));
    return addEntry(map, key, value);
}

StructuredEditor::Result StructuredEditor::addEntry(int map, const QString& key, const YamlValue& value) const
{
    const YamlNode& m = m_tree->node(map);
    if (m.isFlow()) {
        const QByteArray entry = formatKey(key, true) + ": " + renderFlow(value);
        if (m.children.empty())
            return { { DocumentEdit { m.valueRange.begin + 1, 0, entry } }, {} };
        const qsizetype end = m_tree->node(m.children.back()).range.end;
        return { { DocumentEdit { end, 0, ", " + entry } }, {} };
    }
    const int indent = column(m_tree->node(m.children.front()).range.begin);
    qsizetype lastEnd = m.valueRange.begin;
    for (int c : m.children)
        lastEnd = std::max(lastEnd, m_tree->node(c).range.end);
    const qsizetype at = lineEnd(lastEnd);
    const QByteArray text = m_eol + spaces(indent) + formatKey(key, false) + ":" + renderAfterKey(value, indent);
    return { { DocumentEdit { at, 0, text } }, {} };
}

StructuredEditor::Result StructuredEditor::appendItem(const FieldPath& sequence, const YamlValue& value) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(sequence)));
    const int seq = m_tree->find(sequence);
    if (seq < 0)
        return setValue(sequence, YamlValue::sequence({ value }));
    const YamlNode& s = m_tree->node(seq);
    if (s.isNull())
        return replaceNode(seq, sequence, YamlValue::sequence({ value }));
    if (!s.isSequence())
        return fail(Strings::tr("%1 is %2, not a list").arg(describe(sequence), typeName(s)));
    return insertSequenceItem(seq, sequence, qsizetype(s.children.size()), value);
}

StructuredEditor::Result StructuredEditor::insertItem(
    const FieldPath& sequence, qsizetype index, const YamlValue& value) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(sequence)));
    const int seq = m_tree->find(sequence);
    if (seq < 0 || !m_tree->node(seq).isSequence())
        return fail(Strings::tr("%1 is not a list").arg(describe(sequence)));
    if (index < 0 || index > qsizetype(m_tree->node(seq).children.size()))
        return fail(Strings::tr("%1: index %2 is out of range (the list has %3 items)")
                        .arg(describe(sequence))
                        .arg(index)
                        .arg(m_tree->node(seq).children.size()));
    return insertSequenceItem(seq, sequence, index, value);
}

StructuredEditor::Result StructuredEditor::insertSequenceItem(
    int seq, const FieldPath& path, qsizetype index, const YamlValue& value) const
{
    const YamlNode& s = m_tree->node(seq);
    const qsizetype count = qsizetype(s.children.size());
    if (s.isFlow()) {
        const QByteArray item = renderFlow(value);
        if (count == 0)
            return { { DocumentEdit { s.valueRange.begin + 1, 0, item } }, {} };
        if (index == count)
            return { { DocumentEdit { m_tree->node(s.children.back()).range.end, 0, ", " + item } }, {} };
        return { { DocumentEdit { m_tree->node(s.children[size_t(index)]).range.begin, 0, item + ", " } }, {} };
    }
    const qsizetype firstDash = dashOf(s.children.front());
    const int indent = column(firstDash >= 0 ? firstDash : s.valueRange.begin);
    if (index == count) {
        const qsizetype at = lineEnd(m_tree->node(s.children.back()).range.end);
        return { { DocumentEdit { at, 0, m_eol + spaces(indent) + "-" + renderItem(value, indent) } }, {} };
    }
    const qsizetype dash = dashOf(s.children[size_t(index)]);
    if (dash < 0)
        return fail(Strings::tr("%1: cannot find the '-' of item %2").arg(describe(path)).arg(index));
    if (onlySpacesBefore(dash))
        return { { DocumentEdit { lineStart(dash), 0, spaces(indent) + "-" + renderItem(value, indent) + m_eol } },
            {} };
    return { { DocumentEdit { dash, 0, "-" + renderItem(value, indent) + m_eol + spaces(indent) } }, {} };
}

StructuredEditor::Result StructuredEditor::remove(const FieldPath& path) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(path)));
    if (path.isEmpty())
        return fail(Strings::tr("cannot remove the whole document this way"));
    const int parent = m_tree->find(path.parent());
    const FieldPath::Segment& last = path.segments().back();
    if (parent < 0)
        return fail(Strings::tr("%1 does not exist").arg(describe(path.parent())));
    const YamlNode& p = m_tree->node(parent);
    if (last.isIndex()) {
        if (!p.isSequence() || last.index >= qsizetype(p.children.size()))
            return fail(Strings::tr("%1 does not exist").arg(describe(path)));
        return removeSequenceItem(parent, path, last.index);
    }
    if (!p.isMapping())
        return fail(Strings::tr("%1 is %2, not a mapping").arg(describe(path.parent()), typeName(p)));
    for (size_t k = 0; k + 1 < p.children.size(); k += 2) {
        const YamlNode& key = m_tree->node(p.children[k]);
        if (key.isScalar() && QString::fromStdString(key.value) == last.key)
            return removeEntry(parent, path, qsizetype(k / 2));
    }
    return fail(Strings::tr("%1 does not exist").arg(describe(path)));
}

StructuredEditor::Result StructuredEditor::replaceWithEmpty(int collection, const QByteArray& empty) const
{
    const YamlNode& c = m_tree->node(collection);
    if (c.isFlow() || c.parent < 0)
        return { { DocumentEdit { c.valueRange.begin, c.valueRange.length(), empty } }, {} };
    const qsizetype from = slotStart(collection);
    return { { DocumentEdit { from, c.range.end - from, " " + empty } }, {} };
}

StructuredEditor::Result StructuredEditor::removeEntry(int map, const FieldPath& path, qsizetype pair) const
{
    const YamlNode& m = m_tree->node(map);
    const qsizetype count = qsizetype(m.children.size() / 2);
    const YamlNode& key = m_tree->node(m.children[size_t(2 * pair)]);
    const YamlNode& val = m_tree->node(m.children[size_t(2 * pair + 1)]);
    const qsizetype entryEnd = std::max(key.range.end, val.range.end);
    if (m.isFlow()) {
        if (count == 1)
            return { { DocumentEdit { key.range.begin, entryEnd - key.range.begin, {} } }, {} };
        if (pair + 1 < count) {
            const qsizetype next = m_tree->node(m.children[size_t(2 * pair + 2)]).range.begin;
            return { { DocumentEdit { key.range.begin, next - key.range.begin, {} } }, {} };
        }
        const qsizetype prevEnd = m_tree->node(m.children[size_t(2 * pair - 1)]).range.end;
        return { { DocumentEdit { prevEnd, entryEnd - prevEnd, {} } }, {} };
    }
    if (count == 1)
        return replaceWithEmpty(map, "{}");
    if (onlySpacesBefore(key.range.begin)) {
        qsizetype from = lineStart(key.range.begin);
        qsizetype to = afterLineBreak(entryEnd);
        if (to == lineEnd(entryEnd) && from > 0) {
            // Last line of a file without a final newline: take the break before it instead.
            from = lineEnd(lineStart(from - 1));
        }
        return { { DocumentEdit { from, to - from, {} } }, {} };
    }
    if (pair + 1 < count) {
        const qsizetype next = m_tree->node(m.children[size_t(2 * pair + 2)]).range.begin;
        return { { DocumentEdit { key.range.begin, next - key.range.begin, {} } }, {} };
    }
    return fail(Strings::tr("%1: cannot remove this entry without rewriting its line").arg(describe(path)));
}

StructuredEditor::Result StructuredEditor::removeSequenceItem(int seq, const FieldPath& path, qsizetype index) const
{
    const YamlNode& s = m_tree->node(seq);
    const qsizetype count = qsizetype(s.children.size());
    const YamlNode& item = m_tree->node(s.children[size_t(index)]);
    if (s.isFlow()) {
        if (count == 1)
            return { { DocumentEdit { item.range.begin, item.range.length(), {} } }, {} };
        if (index + 1 < count) {
            const qsizetype next = m_tree->node(s.children[size_t(index + 1)]).range.begin;
            return { { DocumentEdit { item.range.begin, next - item.range.begin, {} } }, {} };
        }
        const qsizetype prevEnd = m_tree->node(s.children[size_t(index - 1)]).range.end;
        return { { DocumentEdit { prevEnd, item.range.end - prevEnd, {} } }, {} };
    }
    if (count == 1)
        return replaceWithEmpty(seq, "[]");
    const qsizetype dash = dashOf(s.children[size_t(index)]);
    if (dash < 0)
        return fail(Strings::tr("%1: cannot find the '-' of this item").arg(describe(path)));
    if (onlySpacesBefore(dash)) {
        qsizetype from = lineStart(dash);
        qsizetype to = afterLineBreak(std::max(item.range.end, dash + 1));
        if (to == lineEnd(std::max(item.range.end, dash + 1)) && from > 0)
            from = lineEnd(lineStart(from - 1));
        return { { DocumentEdit { from, to - from, {} } }, {} };
    }
    if (index + 1 < count) {
        const qsizetype next = dashOf(s.children[size_t(index + 1)]);
        return { { DocumentEdit { dash, next - dash, {} } }, {} };
    }
    return fail(Strings::tr("%1: cannot remove this item without rewriting its line").arg(describe(path)));
}

StructuredEditor::Result StructuredEditor::moveItem(const FieldPath& sequence, qsizetype from, qsizetype to) const
{
    if (!m_tree || m_tree->isEmpty())
        return fail(Strings::tr("%1: the document is empty or could not be parsed").arg(describe(sequence)));
    const int seq = m_tree->resolve(m_tree->find(sequence));
    if (seq < 0)
        return fail(Strings::tr("%1 does not exist").arg(describe(sequence)));
    const YamlNode& s = m_tree->node(seq);
    if (!s.isSequence())
        return fail(Strings::tr("%1 is %2, not a list").arg(describe(sequence), typeName(s)));
    const qsizetype count = qsizetype(s.children.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return fail(Strings::tr("%1: there is no item [%2]; the list has %n item(s)", nullptr, int(count))
                        .arg(describe(sequence))
                        .arg(from < 0 || from >= count ? from : to));
    if (from == to)
        return {};
    if (s.isFlow() || inFlow(seq))
        return fail(Strings::tr("%1 is written inline ([a, b]): reorder it in the YAML view").arg(describe(sequence)));
    const qsizetype lo = std::min(from, to);
    const qsizetype hi = std::max(from, to);
    // Each item from its dash's line to the next item's: the lines between them (comments)
    // move with the item above.
    std::vector<qsizetype> starts;
    for (qsizetype k = lo; k <= hi; ++k) {
        const qsizetype dash = dashOf(s.children[size_t(k)]);
        if (dash < 0 || !onlySpacesBefore(dash))
            return fail(Strings::tr("%1: item [%2] does not start its own line").arg(describe(sequence)).arg(k));
        starts.push_back(lineStart(dash));
    }
    const qsizetype lastEnd = m_tree->node(s.children[size_t(hi)]).range.end;
    const qsizetype nl = m_text.indexOf('\n', std::max<qsizetype>(lastEnd - 1, starts.back()));
    const qsizetype end = nl < 0 ? m_text.size() : nl + 1;
    std::vector<QByteArray> blocks;
    for (size_t k = 0; k < starts.size(); ++k) {
        const qsizetype b = starts[k];
        const qsizetype e = k + 1 < starts.size() ? starts[k + 1] : end;
        if (e <= b)
            return fail(
                Strings::tr("%1: cannot tell where item [%2] ends").arg(describe(sequence)).arg(lo + qsizetype(k)));
        blocks.push_back(m_text.mid(b, e - b));
    }
    // The last item of a file without a final newline: it gets one, and the item that is
    // last now gives its up.
    const bool noFinalBreak = !blocks.back().endsWith('\n');
    if (noFinalBreak)
        blocks.back() += m_eol;
    QByteArray moved = std::move(blocks[size_t(from - lo)]);
    blocks.erase(blocks.begin() + (from - lo));
    blocks.insert(blocks.begin() + (to - lo), std::move(moved));
    if (noFinalBreak)
        blocks.back().chop(blocks.back().endsWith("\r\n") ? 2 : 1);
    QByteArray text;
    for (const QByteArray& b : blocks)
        text += b;
    return { { DocumentEdit { starts.front(), end - starts.front(), text } }, {} };
}

StructuredEditor::Result StructuredEditor::setFromText(const FieldPath& path, const QString& text, TextAs as) const
{
    ScalarValue value = as == TextAs::String ? ScalarValue::string(text) : ScalarValue::fromYamlText(text);
    if (as == TextAs::KeepString && value.type != ScalarValue::Type::String && m_tree) {
        const int existing = m_tree->find(path);
        if (existing >= 0 && m_tree->node(existing).isScalar()
            && m_tree->scalarKind(existing) == YamlTree::ScalarKind::String)
            value = ScalarValue::string(text);
    }
    return setScalar(path, value);
}

} // namespace bw
