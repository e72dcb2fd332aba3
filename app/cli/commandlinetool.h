// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace bw {

class Workspace;
struct ConnectToRule;
struct FailoverScenario;
struct RuleSimulation;

// The headless sub-commands (`validate`, `export`, `set`, `explain`, `graph`, `probe`). They run on the same core as
// the GUI, with QCoreApplication only, so they work over SSH and in CI without a display.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)
public:
    enum ExitCode { Success = 0, Problems = 1, UsageOrInput = 2 };

    // True when the arguments name a sub-command (or --help/--version) rather than files
    // for the GUI to open.
    static bool isCommandLine(const QStringList& arguments);

    CommandLineTool(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int runValidate(const QStringList& args);
    int runExport(const QStringList& args);
    int runSet(const QStringList& args);
    int runExplain(const QStringList& args);
    int runGraph(const QStringList& args);
    int runProbe(const QStringList& args);
    int runSimulate(const QStringList& args);
    int runScenario(const FailoverScenario& scenario, const std::vector<RuleSimulation>& rules, const QString& format);
    int usage(const QString& message);
    // Common options, `--format` (one of `formats`, the first the default) and paths; returns
    // Success or the exit code of the usage error it printed.
    int readFormatAndPaths(const QStringList& args, const QString& command, const QStringList& formats,
        Workspace& workspace, QString* format, QStringList* paths);
    bool applyCommonOptions(const QStringList& args, qsizetype& i, Workspace& workspace, bool* handled);
    // For an option of `valued` ("--x V" or "--x=V"): splits `*name` into the option and its
    // value, taking the next argument when needed; false when that is missing.
    static bool splitOption(
        const QStringList& args, qsizetype& i, const QStringList& valued, QString* name, QString* value);
    // Parses a --connect-to value into `rules`; false (with the usage error printed) when malformed.
    bool addConnectTo(const QString& value, QList<ConnectToRule>& rules);
    // Opens the paths; false (with the errors printed) when a file could not be read.
    bool openInput(Workspace& workspace, const QStringList& paths);
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace bw
