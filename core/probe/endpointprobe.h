// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include "connecttorule.h"
#include "proberesult.h"

class QAbstractSocket;
class QLocalSocket;
class QSslSocket;

namespace bw {

// Probes one endpoint as the data plane would: resolve, connect, then (when the TLS settings
// say so) complete the handshake with their SNI, trust anchors, ALPN and versions. Every
// stage shares one deadline; finished() is emitted exactly once, also after cancel().
class EndpointProbe : public QObject
{
    Q_OBJECT
public:
    EndpointProbe(ProbeTarget target, int timeoutMs, const QList<ConnectToRule>& connectTo, QObject* parent = nullptr);
    ~EndpointProbe() override;

    void start();
    void cancel();
    [[nodiscard]] const ProbeResult& result() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    void resolve();
    void connectTcp();
    void connectUnix();
    void startTls();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onDeadline();
    void fail(ProbeFailure failure, const QString& explanation, const QString& fix);
    void finish();
    void describeTlsFailure(const QString& socketError);
    void checkNegotiated();
    [[nodiscard]] int remainingMs() const;

    ProbeResult m_result;
    int m_timeoutMs;
    QList<ConnectToRule> m_connectTo;
    QHostAddress m_address;
    int m_port = 0;
    int m_lookupId = -1;
    QElapsedTimer m_clock;
    QElapsedTimer m_stageClock;
    QTimer m_deadline;
    QSslSocket* m_socket = nullptr;
    QLocalSocket* m_localSocket = nullptr;
    QList<QSslError> m_sslErrors;
    enum class Stage { Idle, Dns, Tcp, Tls, Done } m_stage = Stage::Idle;
    bool m_finished = false;
};

} // namespace bw
