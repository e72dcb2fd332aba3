// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace bw {

// The one table of options every sub-command draws from, and the parser over it, kubectl
// style: `--flag=value` and `--flag value`, `-o`/`-r`/`-h` short forms, `--` ends the options,
// `-` is a path (standard input). Each command names the options it takes; the common ones
// (`--crd`, `--max-file-size`, `--namespace`, `-h`/`--help`) are taken by all of them. An
// unknown option is a usage error that suggests the closest one the command takes.
class CommandLineOptions
{
    // One translation context for the whole command line, so translations follow the code.
    Q_DECLARE_TR_FUNCTIONS(bw::CommandLineTool)
public:
    struct Option
    {
        QString name; // "--format"
        QString shortName; // "-o", or empty
        bool takesValue = false;
    };

    // Every option of every command.
    [[nodiscard]] static const std::vector<Option>& table();
    // Taken by every command.
    [[nodiscard]] static const QStringList& commonOptions();

    // `accepted` names options of table() by their long name.
    CommandLineOptions(const QString& command, const QStringList& accepted);

    // False when the arguments are not valid; error() says why.
    bool parse(const QStringList& arguments);
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] bool helpRequested() const { return isSet(QStringLiteral("--help")); }
    [[nodiscard]] bool isSet(const QString& name) const { return m_values.contains(name); }
    // The last value given (options given twice: the last wins, as in kubectl).
    [[nodiscard]] QString value(const QString& name, const QString& fallback = {}) const;
    [[nodiscard]] QStringList values(const QString& name) const { return m_values.value(name); }
    [[nodiscard]] const QStringList& positionals() const { return m_positionals; }

    // The candidate `word` was most likely meant for, or empty when none is close: a typo
    // (small edit distance) or an unambiguous beginning.
    [[nodiscard]] static QString closest(const QString& word, const QStringList& candidates);

private:
    [[nodiscard]] const Option* find(const QString& name) const;
    bool fail(const QString& message);

    QString m_command;
    QStringList m_accepted;
    QHash<QString, QStringList> m_values; // long name -> values ("" for a flag)
    QStringList m_positionals;
    QString m_error;
};

} // namespace bw
