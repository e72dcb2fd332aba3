// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QScrollArea>

#include <functional>

#include "document/fieldpath.h"
#include "document/scalarvalue.h"
#include "document/structurededitor.h"
#include "document/yamlvalue.h"
#include "workspace/resource.h"

class QFormLayout;
class QLabel;

namespace bw {

class SchemaNode;
class Workspace;
class YamlTree;

// A form for one object, generated from the schema of its kind: the right widget per field
// (spin boxes with the schema's bounds, combo boxes for enums, check boxes, line edits),
// repeated sections for lists with add, remove and reorder, one-of choices when adding list
// items, the field's description as its tooltip and its problems right below it. Every change
// is a structured edit of the YAML, so the YAML view follows and comments survive; fields the
// schema does not know are kept and shown read-only.
class FormView : public QScrollArea
{
    Q_OBJECT
public:
    FormView(Workspace* workspace, ResourceKey resource, QWidget* parent = nullptr);

    [[nodiscard]] const ResourceKey& resource() const { return m_resource; }
    // Rebuilds the form from the current text (after an edit made elsewhere).
    void rebuild();
    // Brings the widget of a field into view and focuses it; false if the form has none.
    bool focusField(const QString& fieldPath);

Q_SIGNALS:
    // "Probe this backend" was pressed (backend kinds only).
    void probeRequested(const ResourceKey& backend);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Context;
    void buildObject(
        Context& c, QFormLayout* form, const SchemaNode& schema, int node, const FieldPath& path, int depth);
    void buildField(Context& c, QFormLayout* form, const QString& name, const SchemaNode* schema, int node,
        const FieldPath& path, bool required, int depth);
    QWidget* scalarEditor(Context& c, const SchemaNode* schema, int node, const FieldPath& path, bool required);
    void addProblemLabel(QFormLayout* form, const FieldPath& path);
    void refreshProblems();

    void setScalar(const FieldPath& path, const ScalarValue& value);
    void setFromText(const FieldPath& path, const QString& text, StructuredEditor::TextAs as);
    void commitField(
        const FieldPath& path, const std::function<StructuredEditor::Result(const StructuredEditor&)>& compute);
    // Adds an item to a list (making the list when `createList`) with its required fields
    // empty; the first of them has the focus once the form shows the item.
    void addItem(const FieldPath& sequence, const SchemaNode* items, const QString& choice, bool createList,
        qsizetype index, const QString& description);
    void guardWheel(QWidget* field);
    void setValue(const FieldPath& path, const YamlValue& value, const QString& description);
    void removeField(const FieldPath& path);
    void moveItem(const FieldPath& sequence, qsizetype from, qsizetype to);
    [[nodiscard]] int documentId() const;
    [[nodiscard]] int yamlDocument() const;

    QPointer<Workspace> m_workspace;
    ResourceKey m_resource;
    QHash<QString, QLabel*> m_problemLabels;
    QHash<QString, QWidget*> m_fieldWidgets;
    bool m_stale = false; // the text changed while hidden
    bool m_committing = false; // our own scalar edit, announced at once (checks not in the background)
    quint64 m_ownRevision = 0; // of the document after our own scalar edit: the widgets show it
    QString m_focusAfterRebuild; // the field of a list item just added
};

} // namespace bw
