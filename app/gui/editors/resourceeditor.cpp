// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/resourceeditor.h"

#include <QFileInfo>
#include <QSyntaxHighlighter>

#include "editors/documentbuffer.h"
#include "editors/formview.h"
#include "editors/yamleditor.h"
#include "editors/yamlhighlighter.h"
#include "workspace/workspace.h"

#ifdef BW_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// Where an object's text starts: past the `---` and the blank lines before it (not its
// comments, which belong to it).
qsizetype firstContentLine(const QByteArray& text, qsizetype from)
{
    qsizetype p = from;
    while (p < text.size()) {
        const qsizetype nl = text.indexOf('\n', p);
        const qsizetype end = nl < 0 ? text.size() : nl;
        const QByteArray line = text.mid(p, end - p).trimmed();
        if (!(line.isEmpty() || line == "---" || (line.startsWith("--- ") && line.mid(4).trimmed().startsWith('#'))))
            return p;
        if (nl < 0)
            break;
        p = nl + 1;
    }
    return from;
}
} // namespace

ResourceEditor::ResourceEditor(Workspace* workspace, int documentId, std::function<DocumentBuffer*()> buffer,
    std::optional<ResourceKey> resource, QWidget* parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
    , m_documentId(documentId)
    , m_bufferFor(std::move(buffer))
    , m_resource(std::move(resource))
{
    setTabPosition(QTabWidget::South);
    setDocumentMode(true);
    if (m_resource) {
        m_form = new FormView(workspace, *m_resource, this);
        addTab(m_form, tr("Form"));
        m_yamlPlaceholder = new QWidget;
        addTab(m_yamlPlaceholder, tr("YAML"));
        connect(this, &QTabWidget::currentChanged, this, [this](int index) {
            if (!m_yaml && index >= 0 && widget(index) == m_yamlPlaceholder)
                createYaml();
        });
    } else {
        createYaml();
    }
}

bool ResourceEditor::isYamlShown() const
{
    return m_yaml && currentWidget() == m_yaml;
}

YamlEditor* ResourceEditor::yaml()
{
    if (!m_yaml)
        createYaml();
    return m_yaml;
}

void ResourceEditor::createYaml()
{
    DocumentBuffer* buffer = m_bufferFor();
    m_yaml = new YamlEditor(buffer, this);
    // One highlighter per text document, shared by every view of the file.
    if (!buffer->textDocument()->findChild<QSyntaxHighlighter*>()) {
#ifdef BW_HAVE_KSYNTAXHIGHLIGHTING
        static KSyntaxHighlighting::Repository repository;
        auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(buffer->textDocument());
        highlighter->setTheme(repository.defaultTheme(palette().color(QPalette::Base).lightness() < 128
                ? KSyntaxHighlighting::Repository::DarkTheme
                : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(repository.definitionForName(u"YAML"_s));
#else
        new YamlHighlighter(buffer->textDocument());
#endif
    }
    connect(m_yaml, &YamlEditor::quickFixRequested, this, &ResourceEditor::quickFixRequested);
    connect(m_yaml, &QPlainTextEdit::cursorPositionChanged, this, &ResourceEditor::cursorMoved);
    if (m_workspace)
        m_yaml->setDiagnostics(m_workspace->diagnostics(m_documentId));
    // The file may hold many objects: the tab's own is the one shown.
    if (const Resource* r = m_resource && m_workspace ? m_workspace->findResource(*m_resource) : nullptr) {
        const Document* doc = m_workspace->document(r->documentId);
        const qsizetype begin = firstContentLine(doc->text(), r->range.begin);
        m_yaml->showLineAtTop(doc->positionAt(begin).line);
    }
    if (!m_yamlPlaceholder) {
        addTab(m_yaml, tr("YAML"));
        return;
    }
    // In the placeholder's place, shown if the placeholder was.
    const int index = indexOf(m_yamlPlaceholder);
    const bool shown = currentIndex() == index;
    insertTab(index, m_yaml, tr("YAML"));
    removeTab(indexOf(m_yamlPlaceholder));
    delete std::exchange(m_yamlPlaceholder, nullptr);
    if (shown)
        setCurrentWidget(m_yaml);
}

QString ResourceEditor::title() const
{
    if (m_resource)
        return m_resource->name;
    const Document* doc = m_workspace ? m_workspace->document(m_documentId) : nullptr;
    return tr("%1 (text)").arg(doc ? QFileInfo(doc->path()).fileName() : QString());
}

void ResourceEditor::showInYaml(int line, int column)
{
    setCurrentWidget(yaml());
    m_yaml->goToLine(line, column);
}

void ResourceEditor::showProblem(const QString& fieldPath, int line, int column)
{
    if (m_form && currentWidget() == m_form && m_form->focusField(fieldPath))
        return;
    showInYaml(line, column);
}

} // namespace bw
