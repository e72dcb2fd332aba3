// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineoptions.h"

#include "validation/namesyntax.h"

using namespace Qt::StringLiterals;

namespace bw {

const std::vector<CommandLineOptions::Option>& CommandLineOptions::table()
{
    static const std::vector<Option> options {
        { u"--api-version"_s, {}, true },
        { u"--concurrency"_s, {}, true },
        { u"--connect-to"_s, {}, true },
        { u"--crd"_s, {}, true },
        { u"--duration"_s, {}, true },
        { u"--force"_s, {}, false },
        { u"--format"_s, {}, true },
        { u"--help"_s, u"-h"_s, false },
        { u"--live"_s, {}, false },
        { u"--max-file-size"_s, {}, true },
        { u"--namespace"_s, {}, true },
        { u"--output"_s, u"-o"_s, true },
        { u"--recursive"_s, {}, false },
        { u"--resource"_s, u"-r"_s, true },
        { u"--route"_s, {}, true },
        { u"--scenario"_s, {}, true },
        { u"--system-ca"_s, {}, true },
        { u"--timeout"_s, {}, true },
        { u"--unhealthy"_s, {}, true },
    };
    return options;
}

const QStringList& CommandLineOptions::commonOptions()
{
    static const QStringList common { u"--crd"_s, u"--max-file-size"_s, u"--namespace"_s, u"--help"_s };
    return common;
}

CommandLineOptions::CommandLineOptions(const QString& command, const QStringList& accepted)
    : m_command(command)
    , m_accepted(accepted + commonOptions())
{ }

const CommandLineOptions::Option* CommandLineOptions::find(const QString& name) const
{
    for (const Option& o : table()) {
        if ((o.name == name || (!o.shortName.isEmpty() && o.shortName == name)) && m_accepted.contains(o.name))
            return &o;
    }
    return nullptr;
}

bool CommandLineOptions::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CommandLineOptions::parse(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--") {
            m_positionals += arguments.mid(i + 1);
            break;
        }
        if (!a.startsWith(u'-') || a == u"-") {
            m_positionals.append(a);
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        const QString name = eq < 0 ? a : a.left(eq);
        const Option* option = find(name);
        if (!option) {
            QStringList names;
            for (const Option& o : table()) {
                if (m_accepted.contains(o.name))
                    names.append(o.name);
            }
            const QString best = closest(name, names);
            return fail(tr("unknown option \"%1\" for %2").arg(name, m_command)
                + (best.isEmpty() ? QString() : u"; "_s + tr("did you mean %1?").arg(best)));
        }
        QStringList& values = m_values[option->name];
        if (!option->takesValue) {
            if (eq >= 0)
                return fail(tr("%1 takes no value").arg(name));
            values.append(QString());
        } else if (eq >= 0) {
            values.append(a.mid(eq + 1));
        } else if (i + 1 < arguments.size()) {
            values.append(arguments.at(++i));
        } else {
            m_values.remove(option->name);
            return fail(tr("%1 needs a value").arg(name));
        }
    }
    return true;
}

QString CommandLineOptions::value(const QString& name, const QString& fallback) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.constEnd() || it->isEmpty() ? fallback : it->constLast();
}

QString CommandLineOptions::closest(const QString& word, const QStringList& candidates)
{
    const auto bare = [](const QString& s) { return QStringView(s).mid(s.startsWith(u"--") ? 2 : 0); };
    const QStringView w = bare(word);
    if (w.isEmpty())
        return {};
    QString best;
    int bestDistance = 0;
    QStringList prefixed;
    for (const QString& c : candidates) {
        const QStringView b = bare(c);
        if (w.size() >= 3 && b.startsWith(w))
            prefixed.append(c);
        const int limit = int(std::clamp<qsizetype>(std::max(w.size(), b.size()) / 3, 1, 3));
        const int d = NameSyntax::editDistance(w, b, limit);
        if (d <= limit && (best.isEmpty() || d < bestDistance)) {
            best = c;
            bestDistance = d;
        }
    }
    if (best.isEmpty() && prefixed.size() == 1)
        return prefixed.first();
    return best;
}

} // namespace bw
