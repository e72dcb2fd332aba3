// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

#include "connecttorule.h"
#include "proberesult.h"

namespace bw {

class EndpointProbe;

// Runs endpoint probes in the thread it lives in. A TLS handshake through Qt costs about a
// millisecond of CPU (a fresh SSL_CTX and certificate copies per connection), so one thread
// caps a run at about a thousand endpoints a second; the runner spreads probes over one worker
// per core instead.
class ProbeWorker : public QObject
{
    Q_OBJECT
public:
    // Called in the worker's thread with each finished probe; it must only post elsewhere.
    using Report = std::function<void(quint64 run, int index, const ProbeResult& result)>;

    explicit ProbeWorker(Report report);
    ~ProbeWorker() override;

    void launch(
        quint64 run, int index, const ProbeTarget& target, int timeoutMs, const QList<ConnectToRule>& connectTo);
    // Stops every probe without reporting them.
    void cancelAll();

private:
    Report m_report;
    QHash<int, EndpointProbe*> m_probes; // by target index
};

} // namespace bw
