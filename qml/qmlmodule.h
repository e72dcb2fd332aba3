// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace bw {

// Makes the BackendWorkbench module importable in `engine`: its C++ types registered (the
// module lives in a static library with no plugin, so nothing else pulls its registration
// into the program) and its resource directory on the import path. Each host calls this
// before it loads a QML file of the module.
void registerQmlModule(QQmlEngine* engine);

} // namespace bw
