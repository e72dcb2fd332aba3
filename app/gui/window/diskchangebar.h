// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace bw {

class DiskWatcher;
class Workspace;

// The bar above the editors naming the files changed on disk while edited here, with the
// two answers: reload them from disk, or keep the edits. Hidden when there is nothing to ask.
class DiskChangeBar : public QFrame
{
    Q_OBJECT
public:
    DiskChangeBar(Workspace* workspace, DiskWatcher* watcher, QWidget* parent = nullptr);

private:
    void refresh();

    Workspace* m_workspace = nullptr;
    DiskWatcher* m_watcher = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace bw
