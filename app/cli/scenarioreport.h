// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace bw {

struct FailoverScenario;
struct RuleSimulation;

// `simulate --scenario FILE`: plays the scenario through the rule's health checks and prints
// the timeline (text or JSON).
class ScenarioReport
{
    // One translation context for the whole command line, so translations follow the code.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)
public:
    // True when some requests fail at some point of the scenario.
    static bool write(
        QTextStream& out, const FailoverScenario& scenario, const RuleSimulation& rule, const QString& format);
};

} // namespace bw
