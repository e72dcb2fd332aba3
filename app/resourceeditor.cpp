// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceeditor.h"

#include <QFileInfo>

#include "documentbuffer.h"
#include "formview.h"
#include "workspace/workspace.h"
#include "yamleditor.h"
#include "yamlhighlighter.h"

#ifdef BW_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace bw {

ResourceEditor::ResourceEditor(
    Workspace* workspace, DocumentBuffer* buffer, std::optional<ResourceKey> resource, QWidget* parent)
    : QTabWidget(parent)
    , m_buffer(buffer)
    , m_resource(std::move(resource))
{
    setTabPosition(QTabWidget::South);
    setDocumentMode(true);
    if (m_resource) {
        m_form = new FormView(workspace, *m_resource, this);
        addTab(m_form, tr("Form"));
    }
    m_yaml = new YamlEditor(buffer, this);
    addTab(m_yaml, tr("YAML"));
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
}

int ResourceEditor::documentId() const
{
    return m_buffer->documentId();
}

QString ResourceEditor::title() const
{
    if (m_resource)
        return m_resource->name;
    return tr("%1 (text)")
        .arg(QFileInfo(m_buffer->textDocument()->metaInformation(QTextDocument::DocumentUrl)).fileName());
}

void ResourceEditor::showInYaml(int line, int column)
{
    setCurrentWidget(m_yaml);
    m_yaml->goToLine(line, column);
}

void ResourceEditor::showProblem(const QString& fieldPath, int line, int column)
{
    if (m_form && currentWidget() == m_form && m_form->focusField(fieldPath))
        return;
    showInYaml(line, column);
}

} // namespace bw
