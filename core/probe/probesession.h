// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QStringList>

#include <optional>
#include <vector>

#include "connecttorule.h"
#include "proberunner.h"
#include "probetarget.h"
#include "workspace/resource.h"

namespace bw {

class Workspace;

// What a probe run is before it runs: which endpoints of which backends (all, or some), with
// the TLS the gateway would use (the system store read once per session), the runner's
// options from the user's settings, and which findings of earlier runs it makes stale. It
// reads no settings itself: the caller hands them over as values, so the window and the
// command line plan runs alike, and a test can plan one without a display.
class ProbeSession
{
public:
    // The user's preferences; out-of-range values are clamped when a run is planned.
    struct Settings
    {
        static constexpr int defaultTimeoutMs = 5000;
        static constexpr int defaultConcurrency = 32;
        int timeoutMs = defaultTimeoutMs;
        int concurrency = defaultConcurrency;
        QList<ConnectToRule> connectTo; // curl-style --connect-to rules
    };

    struct Run
    {
        std::vector<ProbeTarget> targets;
        ProbeRunner::Options options;
        // Finding sources (ProbeFindings::sourceFor) of backends an earlier run reported on
        // that have nothing to probe now: what they said no longer holds.
        QStringList staleSources;
        // Why nothing is probed, or what went wrong planning (a system CA bundle that cannot
        // be used); empty when all is well.
        QString notice;
    };

    // Whether `key` is a kind the probes know how to reach (Envoy Gateway and Apoxy Backends,
    // XBackends, Services).
    [[nodiscard]] static bool canProbe(const ResourceKey& key);

    // `systemCaBundle` stands in for the operating system's store (see SystemTrustStore).
    explicit ProbeSession(const QString& systemCaBundle = {});

    void setSettings(const Settings& settings) { m_settings = settings; }
    [[nodiscard]] const Settings& settings() const { return m_settings; }

    // Plans a run of `backends` (every backend when empty) on the workspace as it is now,
    // and remembers them for planAgain().
    [[nodiscard]] Run plan(const Workspace& workspace, const QSet<ResourceKey>& backends = {});
    // The same backends as the last plan (all of them if there was none).
    [[nodiscard]] Run planAgain(const Workspace& workspace) { return plan(workspace, m_lastBackends); }
    [[nodiscard]] const QSet<ResourceKey>& lastBackends() const { return m_lastBackends; }

    // Why the system CA bundle asked for cannot be used (empty when it can): the command line
    // refuses to run then rather than quietly trusting the real store. Reads the store.
    [[nodiscard]] QString systemStoreError();

private:
    void loadSystemStore();

    QString m_systemCaBundle;
    Settings m_settings;
    QSet<ResourceKey> m_lastBackends;
    std::optional<QList<QSslCertificate>> m_systemCertificates; // loaded on the first plan
    QString m_systemStoreName;
    QString m_systemStoreError;
};

} // namespace bw
