// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <functional>
#include <optional>

#include "workspace/resource.h"

namespace bw {

class DocumentBuffer;
class FormView;
class Workspace;
class YamlEditor;
struct Diagnostic;

// One editor tab: a resource's Form and the YAML of its file, two views of the same text.
// A file without a readable object (a syntax error) gets the YAML view alone. The YAML view
// (and the text document behind it, which holds the whole file) is made when it is first
// shown or asked for: a form over one object of a file of thousands costs only the object.
class ResourceEditor : public QTabWidget
{
    Q_OBJECT
public:
    enum View { FormPage = 0, YamlPage = 1 };

    // `buffer` gives the file's shared text document when the YAML view needs it.
    ResourceEditor(Workspace* workspace, int documentId, std::function<DocumentBuffer*()> buffer,
        std::optional<ResourceKey> resource, QWidget* parent = nullptr);

    [[nodiscard]] int documentId() const { return m_documentId; }
    [[nodiscard]] const std::optional<ResourceKey>& resource() const { return m_resource; }
    [[nodiscard]] FormView* form() const { return m_form; }
    // The YAML view, made now if it was not yet.
    [[nodiscard]] YamlEditor* yaml();
    [[nodiscard]] bool hasYaml() const { return m_yaml != nullptr; }
    [[nodiscard]] bool isYamlShown() const;
    [[nodiscard]] QString title() const;

    // Shows the YAML view with the cursor at a 1-based line and column.
    void showInYaml(int line, int column);
    // In the current view: the field's widget in the form, else its line in the YAML.
    void showProblem(const QString& fieldPath, int line, int column);

Q_SIGNALS:
    // From the YAML view, once there is one.
    void quickFixRequested(const bw::Diagnostic& diagnostic);
    void cursorMoved();

private:
    void createYaml();

    Workspace* m_workspace = nullptr;
    int m_documentId = -1;
    std::function<DocumentBuffer*()> m_bufferFor;
    std::optional<ResourceKey> m_resource;
    FormView* m_form = nullptr;
    YamlEditor* m_yaml = nullptr;
    QWidget* m_yamlPlaceholder = nullptr;
};

} // namespace bw
