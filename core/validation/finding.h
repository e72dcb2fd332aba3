// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "diagnostic.h"
#include "workspace/resource.h"

namespace bw {

// A problem found outside the files (a probe of an endpoint), attached to a field of an object
// rather than to a byte range: the workspace places it in the current text each time its
// diagnostics are asked for, so it follows edits around it. It lapses once the object or the
// field is gone, or once the field's text changed (what was probed is no longer what the file
// says).
struct Finding
{
    ResourceKey object;
    QString fieldPath; // "spec.endpoints[1]"; empty: the object as a whole (shown at its name)
    QString code; // "BW09xx"
    Severity severity = Severity::Error;
    QString message;
};

} // namespace bw
