// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

#include "document.h"
#include "documentedit.h"
#include "fieldpath.h"
#include "yamlvalue.h"

namespace bw {

// Turns field-level changes ("set spec.endpoints[0].fqdn.port to 8443") into the smallest
// text edits that make them, written in the style and indentation the document already
// uses. Bytes outside the changed node never move, so comments, key order, quoting and
// blank lines survive. It only computes edits; applying them (and undo) is the caller's.
class StructuredEditor
{
public:
    struct Result
    {
        std::vector<DocumentEdit> edits;
        QString error; // names the field and what is wrong; empty on success
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    StructuredEditor(const Document& document, int yamlDocument);

    // Sets a scalar, creating missing parent mappings (`spec.tls.sni` under an absent `tls`).
    [[nodiscard]] Result setScalar(const FieldPath& path, const ScalarValue& value) const;
    // Like setScalar, but may also write a mapping or list where nothing (or null) is.
    [[nodiscard]] Result setValue(const FieldPath& path, const YamlValue& value) const;
    [[nodiscard]] Result addKey(const FieldPath& mapping, const QString& key, const YamlValue& value) const;
    [[nodiscard]] Result appendItem(const FieldPath& sequence, const YamlValue& value) const;
    [[nodiscard]] Result insertItem(const FieldPath& sequence, qsizetype index, const YamlValue& value) const;
    // Removes a mapping key or a list item, whichever the last path segment names.
    [[nodiscard]] Result remove(const FieldPath& path) const;
    // Moves item `from` of a block-style list to index `to`, each item with its lines (and the
    // comments on them), so nothing else in the file moves.
    [[nodiscard]] Result moveItem(const FieldPath& sequence, qsizetype from, qsizetype to) const;

    // How text a user typed for a field is read.
    enum class TextAs {
        String, // as the string it is (`0123`, `on` and `null` stay strings)
        Typed, // as a YAML plain scalar would be read (`8443` an integer, `true` a boolean)
        // typed, but a field holding a string keeps holding one: `0123` typed over a name
        // stays the string "0123" rather than turning the name into a number
        KeepString,
    };
    // Sets a field from the text typed for it, quoted where YAML would read it otherwise.
    [[nodiscard]] Result setFromText(const FieldPath& path, const QString& text, TextAs as) const;

    // Indentation the document uses for nested mappings, and for lists under a key
    // (0 when its lists sit at the key's own column).
    [[nodiscard]] int indentStep() const { return m_step; }
    [[nodiscard]] int sequenceOffset() const { return m_seqOffset; }

private:
    [[nodiscard]] Result fail(const QString& message) const { return { {}, message }; }
    [[nodiscard]] Result replaceNode(int node, const FieldPath& path, const YamlValue& value) const;
    [[nodiscard]] Result addEntry(int map, const QString& key, const YamlValue& value) const;
    [[nodiscard]] Result insertSequenceItem(
        int seq, const FieldPath& path, qsizetype index, const YamlValue& value) const;
    [[nodiscard]] Result removeEntry(int map, const FieldPath& path, qsizetype pair) const;
    [[nodiscard]] Result removeSequenceItem(int seq, const FieldPath& path, qsizetype index) const;
    [[nodiscard]] Result replaceWithEmpty(int collection, const QByteArray& empty) const;

    [[nodiscard]] bool inFlow(int node) const;
    [[nodiscard]] qsizetype slotStart(int node) const; // just after the `key:` or `-` holding node
    [[nodiscard]] int slotIndent(int node) const; // column of that key or dash
    [[nodiscard]] qsizetype dashOf(int item) const;
    [[nodiscard]] qsizetype lineStart(qsizetype p) const;
    [[nodiscard]] qsizetype lineEnd(qsizetype p) const;
    [[nodiscard]] qsizetype afterLineBreak(qsizetype p) const;
    [[nodiscard]] bool onlySpacesBefore(qsizetype p) const;
    [[nodiscard]] int column(qsizetype p) const { return int(p - lineStart(p)); }
    [[nodiscard]] QString describe(const FieldPath& path) const;

    [[nodiscard]] QByteArray formatKey(const QString& key, bool flow) const;
    [[nodiscard]] QByteArray renderFlow(const YamlValue& v) const;
    [[nodiscard]] QByteArray renderAfterKey(const YamlValue& v, int keyIndent) const;
    [[nodiscard]] QByteArray renderItem(const YamlValue& v, int dashIndent) const;

    const QByteArray& m_text;
    const YamlTree* m_tree = nullptr;
    QByteArray m_eol;
    int m_step = 2;
    int m_seqOffset = 2;
};

} // namespace bw
