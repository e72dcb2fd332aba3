// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bw {

// The headless sub-commands (`validate`, `export`, `set`, `explain`, `graph`, `probe`,
// `simulate`), one class each (see command.h). They run on the same core as the GUI, with
// QCoreApplication only, so they work over SSH and in CI without a display, and in-process
// in tests: construct the tool on two streams and call run().
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)
public:
    enum ExitCode { Success = 0, Problems = 1, UsageOrInput = 2 };

    // True when the arguments are for the command line rather than files for the window to
    // open: a sub-command, --help/--version, or a first argument that is neither a Qt
    // option nor an existing file or folder (which run() then reports as a usage error).
    static bool isCommandLine(const QStringList& arguments);
    // Empty when the window can be shown; else why not. Checked before QApplication exists,
    // as Qt aborts in the platform plugin when no display can be reached.
    static QString windowUnavailable();

    CommandLineTool(QTextStream& out, QTextStream& err);
    // `arguments` as main() gets them (the program's name first).
    int run(const QStringList& arguments);

    // The help for every command, and the part of it about one command.
    static QString helpText();
    static QString helpFor(const QString& command);
    // Prints "backend-workbench: MESSAGE" and the hint to --help; returns UsageOrInput.
    static int usage(QTextStream& err, const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace bw
