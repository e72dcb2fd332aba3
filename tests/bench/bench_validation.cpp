// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later

// How loading and checking compare with parsing alone, and what one edit costs.
//   (a) yaml-cpp parsing the whole file on one thread: the baseline, measured in this run;
//   (b) our load (parse with source ranges) + index + full validation, on all cores;
//   (c) one edit + incremental re-validation in a 1,000-object workspace (median).
// Prints the figures and the ratio (b)/(a). Targets: (b)/(a) <= 1.5, (c) <= 16 ms.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "workspace/workspace.h"
#include "workspacegenerator.h"

using namespace bw;
using bw::bench::generate;

namespace {

template <typename F> double bestOf(int runs, F&& f)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray big = generate(10000);
    if (argc > 2 && qstrcmp(argv[1], "--dump") == 0) { // to look at the input with `validate`
        QFile f(QString::fromLocal8Bit(argv[2]));
        return f.open(QIODevice::WriteOnly) && f.write(big) == big.size() ? 0 : 1;
    }
    out << "cores: " << std::thread::hardware_concurrency() << ", file: " << big.size() / 1024
        << " KiB, 10000 objects\n";

    const std::string text = big.toStdString();
    const double baseline = bestOf(3, [&] {
        const std::vector<YAML::Node> docs = YAML::LoadAll(text);
        if (docs.size() != 10000)
            qFatal("yaml-cpp read %zu documents", docs.size());
    });
    out << "(a) yaml-cpp parse, one thread:            " << baseline << " ms\n";

    size_t diagnostics = 0;
    const double full = bestOf(3, [&] {
        Workspace ws;
        ws.addText(QStringLiteral("bench.yaml"), big);
        diagnostics = ws.diagnostics().size();
    });
    out << "(b) load + index + full validation:        " << full << " ms (" << diagnostics << " problems)\n";
    out << "    (b)/(a) = " << QString::number(full / baseline, 'f', 2) << "  (target <= 1.5)\n";

    // (c): edit a port back and forth in the middle of a 1,000-object file.
    const QByteArray small = generate(1000);
    Workspace ws;
    const int id = ws.addText(QStringLiteral("small.yaml"), small);
    const qsizetype at = small.indexOf("port: 443", small.size() / 2) + 6;
    std::vector<double> samples;
    int checked = 0;
    for (int i = 0; i < 60; ++i) {
        const QByteArray replacement = i % 2 ? "443" : "444";
        QElapsedTimer t;
        t.start();
        ws.applyEdits(id, { DocumentEdit { at, 3, replacement } }, QStringLiteral("port"));
        const std::vector<Diagnostic> d = ws.diagnostics(id);
        samples.push_back(t.nsecsElapsed() / 1e6);
        checked = ws.lastCheckCount();
        Q_UNUSED(d)
    }
    std::sort(samples.begin(), samples.end());
    out << "(c) one edit + re-validation, 1000 objects: median " << samples[samples.size() / 2] << " ms, max "
        << samples.back() << " ms (" << checked << " objects re-checked; target <= 16 ms)\n";
    return 0;
}
