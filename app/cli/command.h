// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <vector>

#include "validation/diagnostic.h"

namespace bw {

class CommandLineOptions;
struct ConnectToRule;
class Workspace;

// What every sub-command shares: its output streams, usage errors, the common options and
// opening its input. Each sub-command is one subclass in its own file.
class Command
{
    // One translation context for the whole command line, so translations follow the code.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)
public:
    enum ExitCode { Success = 0, Problems = 1, UsageOrInput = 2 };
    // Returned by parse() when the command should go on.
    static constexpr int Continue = -1;

    Command(const QString& name, QTextStream& out, QTextStream& err);
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    // `arguments` are those after the command's name.
    virtual int run(const QStringList& arguments) = 0;

    // FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], as compilers print it, so editors can jump there.
    [[nodiscard]] static QString formatLine(const Diagnostic& d);
    [[nodiscard]] static bool isLoadError(const Diagnostic& d);
    [[nodiscard]] static bool hasLoadErrors(const std::vector<Diagnostic>& diagnostics);

protected:
    [[nodiscard]] const QString& name() const { return m_name; }
    int usage(const QString& message);
    // Parses the arguments and applies the common options to `workspace` (when given):
    // Continue, or the exit code of the help or usage error it printed.
    int parse(CommandLineOptions& options, const QStringList& arguments, Workspace* workspace);
    // Parse() for commands that take PATH...: also requires at least one path.
    int parseWithPaths(CommandLineOptions& options, const QStringList& arguments, Workspace& workspace);
    // The value of --format, one of `formats` (the first the default); false (with the usage
    // error printed) for another.
    bool readFormat(const CommandLineOptions& options, const QStringList& formats, QString* format);
    // The --connect-to rules; false (with the usage error printed) when one is malformed.
    bool readConnectTo(const CommandLineOptions& options, QList<ConnectToRule>* rules);
    // Opens the paths; prints the load errors (unreadable, too large) to the error stream.
    // False when there were some.
    bool openInput(Workspace& workspace, const QStringList& paths);
    // After Workspace::open: the usage error for the first path that holds no manifest, or
    // Continue when every path holds one (or could not be read, which is reported apart).
    int requireManifests(const Workspace& workspace, const QStringList& paths);
    // Bytes as they are (export is byte for byte), to the output stream's device or string.
    bool writeOut(const QByteArray& bytes);

    QTextStream& m_out;
    QTextStream& m_err;

private:
    QString m_name;
};

} // namespace bw
