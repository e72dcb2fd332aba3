// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/diskchangebar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "window/diskwatcher.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace bw {

DiskChangeBar::DiskChangeBar(Workspace* workspace, DiskWatcher* watcher, QWidget* parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_watcher(watcher)
{
    setObjectName(u"diskChangeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#diskChangeBar { background: #fff4ce; border: 1px solid #e0c36c; }"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    auto* reload = new QPushButton(tr("Reload from Disk"));
    reload->setObjectName(u"diskReload"_s);
    reload->setToolTip(tr("Discard the unsaved edits of these files and show what is on disk"));
    auto* keep = new QPushButton(tr("Keep My Edits"));
    keep->setObjectName(u"diskKeep"_s);
    keep->setToolTip(tr("Keep the text shown here; saving asks before it overwrites the other change"));
    layout->addWidget(reload);
    layout->addWidget(keep);
    connect(reload, &QPushButton::clicked, watcher, &DiskWatcher::reloadConflicts);
    connect(keep, &QPushButton::clicked, watcher, &DiskWatcher::keepConflicts);
    connect(watcher, &DiskWatcher::conflictsChanged, this, &DiskChangeBar::refresh);
    hide();
}

void DiskChangeBar::refresh()
{
    QStringList names;
    for (int id : m_watcher->conflicts()) {
        if (const Document* doc = m_workspace->document(id))
            names.append(QFileInfo(doc->path()).fileName()
                + (QFileInfo::exists(doc->path()) ? QString() : u" "_s + tr("(deleted)")));
    }
    if (names.isEmpty()) {
        hide();
        return;
    }
    constexpr int kShown = 6;
    QString list = QStringList(names.mid(0, kShown)).join(u", "_s);
    if (names.size() > kShown)
        list += u", "_s + tr("and %n more", nullptr, int(names.size() - kShown));
    m_text->setText(
        tr("%n file(s) changed on disk while you have unsaved edits in them: %1", nullptr, int(names.size()))
            .arg(list));
    show();
}

} // namespace bw
