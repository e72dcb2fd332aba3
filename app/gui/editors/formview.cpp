// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/formview.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "docks/probedock.h"
#include "document/structurededitor.h"
#include "schema/schemaexplainer.h"
#include "schema/schemaregistry.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

struct FormView::Context
{
    const YamlTree& tree;
    const SchemaRegistry& schemas;
};

namespace {
QString tooltipFor(const SchemaNode* schema)
{
    if (!schema)
        return {};
    QString tip = schema->description.toHtmlEscaped();
    const QStringList limits = SchemaExplainer::constraints(*schema);
    if (!limits.isEmpty())
        tip += u"<br/><i>"_s + limits.join(u"<br/>"_s).toHtmlEscaped() + u"</i>"_s;
    return tip;
}

QToolButton* smallButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

// The value a newly added field starts with.
YamlValue initialValue(const SchemaNode* schema)
{
    if (!schema)
        return ScalarValue::string(QString());
    if (schema->defaultValue && schema->type != SchemaNode::Type::Object && schema->type != SchemaNode::Type::Array)
        return ScalarValue::fromYamlText(schema->defaultValue->toString());
    switch (schema->type) {
    case SchemaNode::Type::Object:
        return YamlValue::mapping();
    case SchemaNode::Type::Array:
        return YamlValue::sequence();
    case SchemaNode::Type::Integer:
    case SchemaNode::Type::Number:
        return ScalarValue::integer(schema->minimum ? qint64(*schema->minimum) : 0);
    case SchemaNode::Type::Boolean:
        return ScalarValue::boolean(false);
    default:
        if (!schema->enumValues.isEmpty())
            return ScalarValue::string(schema->enumValues.first().toString());
        return ScalarValue::string(QString());
    }
}

// A new list item: for a one-of group the chosen member, with its required fields. The
// required fields are written without values (`hostname:`), not with a default that would be
// an error of its own (`port: 0`, `hostname: ""`): the user fills them in. `first` gets the path,
// below the item, of the first field to fill in.
YamlValue newItem(const SchemaNode* items, const QString& choice, FieldPath* first)
{
    if (!items || items->type != SchemaNode::Type::Object)
        return initialValue(items);
    const auto requiredOf = [](const SchemaNode* s) {
        QList<QPair<QString, YamlValue>> out;
        if (!s)
            return out;
        for (const QString& r : s->required) {
            const SchemaNode* p = s->property(r);
            const bool collection = p && (p->type == SchemaNode::Type::Object || p->type == SchemaNode::Type::Array);
            out.append({ r, collection ? initialValue(p) : YamlValue(ScalarValue::empty()) });
        }
        return out;
    };
    QList<QPair<QString, YamlValue>> entries;
    FieldPath firstField;
    if (!choice.isEmpty()) {
        const QList<QPair<QString, YamlValue>> inner = requiredOf(items->property(choice));
        entries.append({ choice, YamlValue::mapping(inner) });
        firstField = inner.isEmpty() ? FieldPath().key(choice) : FieldPath().key(choice).key(inner.first().first);
    } else {
        entries = requiredOf(items);
        if (!entries.isEmpty())
            firstField = FieldPath().key(entries.first().first);
    }
    if (first)
        *first = firstField;
    if (entries.isEmpty())
        return YamlValue::mapping();
    return YamlValue::mapping(entries);
}

bool isWheelGuarded(const QObject* o)
{
    return qobject_cast<const QAbstractSpinBox*>(o) || qobject_cast<const QComboBox*>(o);
}
} // namespace

FormView::FormView(Workspace* workspace, ResourceKey resource, QWidget* parent)
    : QScrollArea(parent)
    , m_workspace(workspace)
    , m_resource(std::move(resource))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange& change) {
        const int id = documentId();
        const bool mine = change.changedResources.contains(m_resource) || change.addedResources.contains(m_resource)
            || change.removedResources.contains(m_resource) || (id >= 0 && change.reloaded.contains(id));
        // Our own scalar edit: the widgets show it already, and rebuilding would take the
        // focus from the field being edited.
        const Document* doc = m_workspace ? m_workspace->document(id) : nullptr;
        if (mine && !m_committing && !(doc && doc->revision() == m_ownRevision)) {
            // Behind the YAML tab, typing there would rebuild it on every pause: once, when shown.
            if (!isVisible())
                m_stale = true;
            else
                QTimer::singleShot(0, this, &FormView::rebuild); // not under the widget that made the change
        } else if (id >= 0 && (change.diagnosticsChanged.contains(id) || change.textChanged.contains(id)))
            refreshProblems();
    });
    rebuild();
}

int FormView::documentId() const
{
    const Resource* r = m_workspace ? m_workspace->findResource(m_resource) : nullptr;
    return r ? r->documentId : -1;
}

int FormView::yamlDocument() const
{
    const Resource* r = m_workspace ? m_workspace->findResource(m_resource) : nullptr;
    return r ? r->yamlDocument : -1;
}

void FormView::showEvent(QShowEvent* event)
{
    QScrollArea::showEvent(event);
    if (m_stale)
        rebuild();
}

void FormView::rebuild()
{
    m_stale = false;
    const int scroll = verticalScrollBar()->value();
    m_problemLabels.clear();
    m_fieldWidgets.clear();
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    const Resource* resource = m_workspace ? m_workspace->findResource(m_resource) : nullptr;
    const YamlTree* tree = resource ? m_workspace->treeOf(*resource) : nullptr;
    const KindSchema* kind
        = resource ? m_workspace->schemas().find(resource->key.group, resource->key.kind, resource->version) : nullptr;
    if (!resource || !tree) {
        outer->addWidget(new QLabel(tr("This object is no longer in the workspace.")));
    } else if (!kind) {
        auto* label = new QLabel(tr("No schema is known for %1 (%2): edit it in the YAML view, or load its CRD.")
                                     .arg(resource->key.kind, resource->apiVersion));
        label->setWordWrap(true);
        outer->addWidget(label);
    } else {
        auto* title = new QLabel(u"<b>%1</b> %2"_s.arg(resource->key.kind.toHtmlEscaped(),
            (resource->key.namespace_.isEmpty() ? resource->key.name
                                                : resource->key.namespace_ + u'/' + resource->key.name)
                .toHtmlEscaped()));
        title->setToolTip(kind->description);
        if (ProbeDock::canProbe(m_resource)) {
            auto* heading = new QHBoxLayout;
            heading->addWidget(title, 1);
            auto* probe = new QPushButton(tr("Probe this backend"));
            probe->setObjectName(u"probeBackendButton"_s);
            probe->setToolTip(tr("Connect to each endpoint of this backend as the gateway would (DNS, TCP, TLS "
                                 "with the configured trust) and list what fails in the Probes dock"));
            connect(probe, &QPushButton::clicked, this, [this] { Q_EMIT probeRequested(m_resource); });
            heading->addWidget(probe);
            outer->addLayout(heading);
        } else {
            outer->addWidget(title);
        }
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        outer->addLayout(form);
        Context c { *tree, m_workspace->schemas() };
        buildObject(c, form, *kind->root, tree->resolve(tree->root), FieldPath(), 0);
    }
    outer->addStretch(1);
    setWidget(page);
    refreshProblems();
    verticalScrollBar()->setValue(scroll);
    if (!m_focusAfterRebuild.isEmpty() && isVisible()) {
        const QString focus = std::exchange(m_focusAfterRebuild, QString());
        focusField(focus);
    }
}

void FormView::buildObject(
    Context& c, QFormLayout* form, const SchemaNode& schemaIn, int node, const FieldPath& path, int depth)
{
    const SchemaNode* schema = &schemaIn;
    if (!schema->reference.isEmpty()) {
        if (const SchemaNode* def = c.schemas.definition(schema->reference))
            schema = def;
    }
    QStringList absent;
    for (const auto& [name, child] : schema->properties) {
        if (depth == 0 && (name == u"apiVersion"_s || name == u"kind"_s || name == u"status"_s))
            continue;
        const int value = node >= 0 ? c.tree.resolve(c.tree.child(node, name)) : -1;
        // Every object has metadata and a name, though ObjectMeta's schema marks neither required.
        const bool required = schema->isRequired(name) || (depth == 0 && name == u"metadata"_s)
            || (depth == 1 && path.toString() == u"metadata"_s && name == u"name"_s);
        if (value < 0 && !required) {
            absent.append(name);
            continue;
        }
        const SchemaNode* childSchema = child.get();
        if (depth == 0 && name == u"metadata"_s)
            childSchema = c.schemas.definition(u"ObjectMeta"_s) ? c.schemas.definition(u"ObjectMeta"_s) : child.get();
        buildField(c, form, name, childSchema, value, path.key(name), required, depth);
    }
    // Fields the schema does not know: kept as they are, shown read-only.
    if (node >= 0 && c.tree.node(node).isMapping()) {
        const YamlNode& n = c.tree.node(node);
        for (size_t k = 0; k + 1 < n.children.size(); k += 2) {
            const QString key = c.tree.scalarText(n.children[k]);
            if (schema->property(key) || schema->additionalProperties || key == u"<<"_s)
                continue;
            const Document* doc = m_workspace->document(documentId());
            const SourceRange r = c.tree.node(n.children[k + 1]).range;
            auto* raw = new QLabel(QString::fromUtf8(doc->text().mid(r.begin, std::min<qsizetype>(r.length(), 200))));
            raw->setObjectName(path.key(key).toString());
            raw->setToolTip(tr("Not a field of this kind: kept as written. Edit it in the YAML view."));
            raw->setEnabled(false);
            form->addRow(key + u" ⚠"_s, raw);
            addProblemLabel(form, path.key(key));
        }
    }
    if (!absent.isEmpty()) {
        auto* add = new QToolButton;
        add->setText(tr("Add field"));
        add->setPopupMode(QToolButton::InstantPopup);
        add->setObjectName(u"add:"_s + path.toString());
        auto* menu = new QMenu(add);
        for (const QString& name : std::as_const(absent)) {
            const SchemaNode* s = schema->property(name);
            QAction* a = menu->addAction(name, this, [this, path, name, s] {
                setValue(path.key(name), initialValue(s), tr("Add %1").arg(path.key(name).toString()));
            });
            a->setToolTip(s ? s->description : QString());
        }
        add->setMenu(menu);
        form->addRow(QString(), add);
    }
}

void FormView::buildField(Context& c, QFormLayout* form, const QString& name, const SchemaNode* schema, int node,
    const FieldPath& path, bool required, int depth)
{
    const QString label = required ? name + u" *"_s : name;
    const QString key = path.toString();
    const auto removeButton = [&](QWidget* parent) {
        QToolButton* b = smallButton(u"✕"_s, tr("Remove %1").arg(key), parent);
        b->setObjectName(u"remove:"_s + key);
        connect(b, &QToolButton::clicked, this, [this, path] { removeField(path); });
        return b;
    };
    const bool isMap = schema && schema->type == SchemaNode::Type::Object && schema->properties.empty()
        && schema->additionalProperties;
    if (schema && schema->type == SchemaNode::Type::Object && !isMap) {
        auto* box = new QGroupBox(label);
        box->setToolTip(tooltipFor(schema));
        box->setObjectName(key);
        auto* inner = new QFormLayout(box);
        inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        if (!required) {
            auto* row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(removeButton(box));
            inner->addRow(row);
        }
        addProblemLabel(inner, path);
        buildObject(c, inner, *schema, node, path, depth + 1);
        form->addRow(box);
        m_fieldWidgets.insert(key, box);
        return;
    }
    if (isMap) {
        auto* box = new QGroupBox(label);
        box->setObjectName(key);
        box->setToolTip(tooltipFor(schema));
        auto* inner = new QFormLayout(box);
        addProblemLabel(inner, path);
        if (node >= 0 && c.tree.node(node).isMapping()) {
            const YamlNode& n = c.tree.node(node);
            for (size_t k = 0; k + 1 < n.children.size(); k += 2) {
                const QString entry = c.tree.scalarText(n.children[k]);
                const FieldPath entryPath = path.key(entry);
                QWidget* editor = scalarEditor(
                    c, schema->additionalProperties.get(), c.tree.resolve(n.children[k + 1]), entryPath, false);
                auto* row = new QHBoxLayout;
                row->addWidget(editor, 1);
                QToolButton* remove = smallButton(u"✕"_s, tr("Remove %1").arg(entry), box);
                connect(remove, &QToolButton::clicked, this, [this, entryPath] { removeField(entryPath); });
                row->addWidget(remove);
                inner->addRow(entry, row);
                addProblemLabel(inner, entryPath);
            }
        }
        auto* keyEdit = new QLineEdit;
        keyEdit->setPlaceholderText(tr("new key, then Enter"));
        keyEdit->setObjectName(u"newkey:"_s + key);
        connect(keyEdit, &QLineEdit::returnPressed, this, [this, keyEdit, path] {
            const QString k = keyEdit->text().trimmed();
            if (!k.isEmpty())
                setValue(path.key(k), ScalarValue::string(QString()), tr("Add %1").arg(path.key(k).toString()));
        });
        inner->addRow(tr("Add"), keyEdit);
        form->addRow(box);
        m_fieldWidgets.insert(key, box);
        return;
    }
    if (schema && schema->type == SchemaNode::Type::Array) {
        auto* box = new QGroupBox(label);
        box->setObjectName(key);
        box->setToolTip(tooltipFor(schema));
        auto* inner = new QVBoxLayout(box);
        auto* problems = new QFormLayout;
        inner->addLayout(problems);
        addProblemLabel(problems, path);
        const SchemaNode* items = schema->items.get();
        const qsizetype count = node >= 0 && c.tree.node(node).isSequence() ? c.tree.node(node).entryCount() : 0;
        const bool flow = node >= 0 && c.tree.node(node).isFlow();
        const bool scalarItems
            = !items || (items->type != SchemaNode::Type::Object && items->type != SchemaNode::Type::Array);
        for (qsizetype i = 0; i < count; ++i) {
            const int item = c.tree.resolve(c.tree.item(node, i));
            const FieldPath itemPath = path.index(i);
            if (scalarItems) {
                // A list of values: one line per item, with its buttons beside it.
                auto* row = new QHBoxLayout;
                row->addWidget(scalarEditor(c, items, item, itemPath, true), 1);
                QToolButton* up = smallButton(u"↑"_s, tr("Move up"), box);
                QToolButton* down = smallButton(u"↓"_s, tr("Move down"), box);
                up->setEnabled(i > 0 && !flow);
                down->setEnabled(i + 1 < count && !flow);
                connect(up, &QToolButton::clicked, this, [this, path, i] { moveItem(path, i, i - 1); });
                connect(down, &QToolButton::clicked, this, [this, path, i] { moveItem(path, i, i + 1); });
                QToolButton* remove = smallButton(u"✕"_s, tr("Remove %1").arg(itemPath.toString()), box);
                remove->setObjectName(u"remove:"_s + itemPath.toString());
                connect(remove, &QToolButton::clicked, this, [this, itemPath] { removeField(itemPath); });
                row->addWidget(up);
                row->addWidget(down);
                row->addWidget(remove);
                inner->addLayout(row);
                auto* itemProblems = new QFormLayout;
                addProblemLabel(itemProblems, itemPath);
                inner->addLayout(itemProblems);
                continue;
            }
            auto* header = new QHBoxLayout;
            header->addWidget(new QLabel(u"<b>%1[%2]</b>"_s.arg(name).arg(i)));
            header->addStretch(1);
            QToolButton* up = smallButton(u"↑"_s, tr("Move up"), box);
            QToolButton* down = smallButton(u"↓"_s, tr("Move down"), box);
            up->setEnabled(i > 0 && !flow);
            down->setEnabled(i + 1 < count && !flow);
            connect(up, &QToolButton::clicked, this, [this, path, i] { moveItem(path, i, i - 1); });
            connect(down, &QToolButton::clicked, this, [this, path, i] { moveItem(path, i, i + 1); });
            header->addWidget(up);
            header->addWidget(down);
            QToolButton* remove = smallButton(u"✕"_s, tr("Remove %1").arg(itemPath.toString()), box);
            remove->setObjectName(u"remove:"_s + itemPath.toString());
            connect(remove, &QToolButton::clicked, this, [this, itemPath] { removeField(itemPath); });
            header->addWidget(remove);
            inner->addLayout(header);
            auto* itemForm = new QFormLayout;
            itemForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            itemForm->setContentsMargins(16, 0, 0, 6);
            addProblemLabel(itemForm, itemPath);
            if (items && items->type == SchemaNode::Type::Object)
                buildObject(c, itemForm, *items, item, itemPath, depth + 1);
            else
                itemForm->addRow(scalarEditor(c, items, item, itemPath, true));
            inner->addLayout(itemForm);
        }
        // Adding an item: a one-of group offers its members as the choice.
        auto* add = new QToolButton(box);
        add->setText(tr("Add %1 item").arg(name));
        add->setObjectName(u"add:"_s + key);
        const QStringList choices = items && !items->exactlyOne.isEmpty() ? items->exactlyOne.first() : QStringList();
        if (choices.isEmpty()) {
            connect(add, &QToolButton::clicked, this, [this, path, items, node, count] {
                addItem(path, items, {}, node < 0, count, tr("Add item to %1").arg(path.toString()));
            });
        } else {
            add->setPopupMode(QToolButton::InstantPopup);
            auto* menu = new QMenu(add);
            for (const QString& choice : choices) {
                menu->addAction(choice, this, [this, path, items, choice, node, count] {
                    addItem(path, items, choice, node < 0, count, tr("Add %1 item").arg(choice));
                });
            }
            add->setMenu(menu);
        }
        inner->addWidget(add, 0, Qt::AlignLeft);
        if (!required) {
            auto* row = new QHBoxLayout;
            row->addStretch(1);
            row->addWidget(removeButton(box));
            inner->addLayout(row);
        }
        form->addRow(box);
        m_fieldWidgets.insert(key, box);
        return;
    }
    QWidget* editor = scalarEditor(c, schema, node, path, required);
    QWidget* added = editor;
    if (!required && node >= 0) {
        added = new QWidget;
        auto* h = new QHBoxLayout(added);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(editor, 1);
        h->addWidget(removeButton(added));
    }
    form->addRow(label, added);
    if (QWidget* l = form->labelForField(added))
        l->setToolTip(tooltipFor(schema));
    addProblemLabel(form, path);
}

QWidget* FormView::scalarEditor(Context& c, const SchemaNode* schema, int node, const FieldPath& path, bool)
{
    const QString key = path.toString();
    const bool present = node >= 0;
    const QString text = present ? c.tree.scalarText(node) : QString();
    const YamlTree::ScalarKind kind = present ? c.tree.scalarKind(node) : YamlTree::ScalarKind::Null;
    QWidget* w = nullptr;
    if (schema && !schema->enumValues.isEmpty()) {
        auto* combo = new QComboBox;
        if (!schema->isRequired(key))
            combo->addItem(QString());
        for (const QVariant& v : schema->enumValues)
            combo->addItem(v.toString());
        if (present && combo->findText(text) < 0)
            combo->addItem(text); // an invalid value stays visible; its problem says why
        combo->setCurrentIndex(present ? combo->findText(text) : 0);
        guardWheel(combo);
        connect(combo, &QComboBox::activated, this, [this, combo, path] {
            if (combo->currentText().isEmpty())
                removeField(path);
            else
                setScalar(path, ScalarValue::string(combo->currentText()));
        });
        w = combo;
    } else if (schema && schema->type == SchemaNode::Type::Boolean
        && (!present || kind == YamlTree::ScalarKind::Bool)) {
        auto* box = new QCheckBox;
        const QString lower = text.toLower();
        box->setChecked(lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s);
        connect(box, &QCheckBox::toggled, this, [this, path](bool on) { setScalar(path, ScalarValue::boolean(on)); });
        w = box;
    } else if (schema && schema->type == SchemaNode::Type::Integer && (!present || kind == YamlTree::ScalarKind::Int)) {
        auto* spin = new QSpinBox;
        const qint64 value = text.toLongLong(nullptr, 0);
        const qint64 lo = schema->minimum ? qint64(*schema->minimum) : std::numeric_limits<int>::min();
        const qint64 hi = schema->maximum ? qint64(*schema->maximum) : std::numeric_limits<int>::max();
        // A value outside the bounds stays visible (its problem explains it) instead of being clamped.
        spin->setRange(int(std::clamp<qint64>(std::min(lo, value), INT_MIN, INT_MAX)),
            int(std::clamp<qint64>(std::max(hi, value), INT_MIN, INT_MAX)));
        spin->setValue(int(std::clamp<qint64>(value, INT_MIN, INT_MAX)));
        spin->setKeyboardTracking(false);
        guardWheel(spin);
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, path](int v) { setScalar(path, ScalarValue::integer(v)); });
        w = spin;
    } else {
        auto* edit = new QLineEdit(text);
        if (schema && schema->maxLength)
            edit->setPlaceholderText(tr("up to %n characters", nullptr, int(*schema->maxLength)));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, path, schema] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            const bool typed = schema
                && (schema->type == SchemaNode::Type::Integer || schema->type == SchemaNode::Type::Number
                    || schema->type == SchemaNode::Type::Boolean || schema->intOrString);
            setFromText(path, edit->text(), typed ? StructuredEditor::TextAs::Typed : StructuredEditor::TextAs::String);
        });
        w = edit;
    }
    w->setObjectName(key);
    w->setToolTip(tooltipFor(schema));
    m_fieldWidgets.insert(key, w);
    return w;
}

void FormView::addProblemLabel(QFormLayout* form, const FieldPath& path)
{
    auto* label = new QLabel;
    label->setObjectName(u"problems:"_s + path.toString());
    label->setWordWrap(true);
    label->setVisible(false);
    form->addRow(QString(), label);
    m_problemLabels.insert(path.toString(), label);
}

void FormView::refreshProblems()
{
    if (!m_workspace)
        return;
    const int id = documentId();
    QHash<QString, QStringList> byField;
    QHash<QString, int> worst;
    for (const Diagnostic& d : m_workspace->diagnostics(id)) {
        if (d.kind != m_resource.kind || d.name != m_resource.name || d.namespace_ != m_resource.namespace_)
            continue;
        byField[d.fieldPath].append(u"%1 %2"_s.arg(d.code, d.message.toHtmlEscaped()));
        worst[d.fieldPath] = std::min(worst.value(d.fieldPath, 3), int(d.severity));
    }
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setVisible(!messages.isEmpty());
        if (messages.isEmpty())
            continue;
        const char* color = worst.value(it.key()) == int(Severity::Error) ? "#c62828"
            : worst.value(it.key()) == int(Severity::Warning)             ? "#a36b00"
                                                                          : "#1e5bb8";
        it.value()->setText(
            u"<span style=\"color:%1\">%2</span>"_s.arg(QLatin1StringView(color), messages.join(u"<br/>"_s)));
    }
}

bool FormView::focusField(const QString& fieldPath)
{
    if (m_stale)
        rebuild();
    QString path = fieldPath;
    while (!path.isEmpty()) {
        if (QWidget* w = m_fieldWidgets.value(path)) {
            ensureWidgetVisible(w);
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
        const auto parsed = FieldPath::parse(path);
        if (!parsed || parsed->size() <= 1)
            break;
        path = parsed->parent().toString();
    }
    return false;
}

void FormView::setScalar(const FieldPath& path, const ScalarValue& value)
{
    commitField(path, [&](const StructuredEditor& editor) { return editor.setScalar(path, value); });
}

void FormView::setFromText(const FieldPath& path, const QString& text, StructuredEditor::TextAs as)
{
    commitField(path, [&](const StructuredEditor& editor) { return editor.setFromText(path, text, as); });
}

void FormView::commitField(
    const FieldPath& path, const std::function<StructuredEditor::Result(const StructuredEditor&)>& compute)
{
    const int id = documentId();
    if (id < 0)
        return;
    m_committing = true;
    const bool done = m_workspace->edit(
        id, [&] { return compute(StructuredEditor(*m_workspace->document(id), yamlDocument())); },
        tr("Set %1").arg(path.toString()));
    m_committing = false;
    if (done && m_workspace->document(id))
        m_ownRevision = m_workspace->document(id)->revision();
}

void FormView::addItem(const FieldPath& sequence, const SchemaNode* items, const QString& choice, bool createList,
    qsizetype index, const QString& description)
{
    FieldPath first;
    const YamlValue item = newItem(items, choice, &first);
    if (createList)
        setValue(sequence, YamlValue::sequence({ item }), description);
    else
        setValue(sequence.index(-1), item, description);
    // The form is built again for the new item: the first field to fill in gets the focus then.
    FieldPath focus = sequence.index(createList ? 0 : index);
    for (const FieldPath::Segment& segment : first.segments())
        focus = focus.key(segment.key);
    m_focusAfterRebuild = focus.toString();
}

bool FormView::eventFilter(QObject* watched, QEvent* event)
{
    // A wheel turned over a spin box or combo box the user is not editing scrolls the form,
    // as it does over a label, instead of changing a value that happened to pass under the pointer.
    if (event->type() == QEvent::Wheel && isWheelGuarded(watched) && !static_cast<QWidget*>(watched)->hasFocus()) {
        QCoreApplication::sendEvent(verticalScrollBar(), event);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

void FormView::guardWheel(QWidget* field)
{
    field->setFocusPolicy(Qt::StrongFocus); // clicked or tabbed into, not wheeled into
    field->installEventFilter(this);
}

void FormView::setValue(const FieldPath& path, const YamlValue& value, const QString& description)
{
    const int id = documentId();
    if (id < 0)
        return;
    m_workspace->edit(
        id,
        [&] {
            const StructuredEditor editor(*m_workspace->document(id), yamlDocument());
            const QList<FieldPath::Segment>& segments = path.segments();
            if (!segments.isEmpty() && segments.last().index == -1 && segments.last().key.isEmpty())
                return editor.appendItem(path.parent(), value);
            return editor.setValue(path, value);
        },
        description);
}

void FormView::removeField(const FieldPath& path)
{
    const int id = documentId();
    if (id < 0)
        return;
    m_workspace->edit(
        id, [&] { return StructuredEditor(*m_workspace->document(id), yamlDocument()).remove(path); },
        tr("Remove %1").arg(path.toString()));
}

void FormView::moveItem(const FieldPath& sequence, qsizetype from, qsizetype to)
{
    const int id = documentId();
    if (id < 0)
        return;
    m_workspace->edit(
        id, [&] { return StructuredEditor(*m_workspace->document(id), yamlDocument()).moveItem(sequence, from, to); },
        tr("Move %1 item %2").arg(sequence.toString()).arg(from));
}

} // namespace bw
