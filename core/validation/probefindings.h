// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

#include "finding.h"
#include "probe/probefailure.h"

namespace bw {

struct ProbeResult;

// Turns probe results into findings on the probed endpoints: BW0900 (error) when a probe
// failed, BW0901 (warning) for each risk a probe noticed on a working connection (DNS
// answers in private ranges, verification switched off). Cancelled probes say nothing.
class ProbeFindings
{
public:
    static constexpr const char16_t* failedCode = u"BW0900";
    static constexpr const char16_t* warningCode = u"BW0901";

    // The Workspace::setFindings source for one backend's probe results, so probing one
    // backend replaces only what was found on that backend.
    [[nodiscard]] static QString sourceFor(const ResourceKey& backend);
    [[nodiscard]] static bool isProbeSource(const QString& source);
    [[nodiscard]] static std::vector<Finding> of(const ProbeResult& result);
    // The category as the window shows it: "refused", "expired", ... in the user's language.
    [[nodiscard]] static QString categoryLabel(ProbeFailure failure);
};

} // namespace bw
