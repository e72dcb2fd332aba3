// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <optional>

#include "workspace/resource.h"

namespace bw {

class DocumentBuffer;
class FormView;
class Workspace;
class YamlEditor;

// One editor tab: a resource's Form and the YAML of its file, two views of the same text.
// A file without a readable object (a syntax error) gets the YAML view alone.
class ResourceEditor : public QTabWidget
{
    Q_OBJECT
public:
    enum View { FormPage = 0, YamlPage = 1 };

    ResourceEditor(
        Workspace* workspace, DocumentBuffer* buffer, std::optional<ResourceKey> resource, QWidget* parent = nullptr);

    [[nodiscard]] int documentId() const;
    [[nodiscard]] const std::optional<ResourceKey>& resource() const { return m_resource; }
    [[nodiscard]] FormView* form() const { return m_form; }
    [[nodiscard]] YamlEditor* yaml() const { return m_yaml; }
    [[nodiscard]] QString title() const;

    // Shows the YAML view with the cursor at a 1-based line and column.
    void showInYaml(int line, int column);
    // In the current view: the field's widget in the form, else its line in the YAML.
    void showProblem(const QString& fieldPath, int line, int column);

private:
    DocumentBuffer* m_buffer = nullptr;
    std::optional<ResourceKey> m_resource;
    FormView* m_form = nullptr;
    YamlEditor* m_yaml = nullptr;
};

} // namespace bw
