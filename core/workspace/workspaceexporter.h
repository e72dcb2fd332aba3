// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace bw {

class Workspace;

// Joins documents into one multi-document YAML stream, byte for byte: one file comes out
// exactly as it is; several are separated by `---` where they are not already.
class WorkspaceExporter
{
public:
    static QByteArray exportDocuments(const Workspace& workspace, const QList<int>& documentIds);
};

} // namespace bw
