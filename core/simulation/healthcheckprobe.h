// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "healthcheckpolicy.h"

class QTcpSocket;

namespace bw {

// One active health check against one endpoint, as Envoy makes it: a TCP connect, or for HTTP
// checks a request for the policy's path whose response status decides. finished() comes
// exactly once, at the latest after the check's timeout.
class HealthCheckProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Success, Failure, Timeout };
    struct Result
    {
        Outcome outcome = Outcome::Failure;
        int status = 0; // HTTP status, 0 for TCP checks and failures before a response
        QString error;
        qint64 ms = 0;
    };

    // `host`:`port` is what is dialled (after --connect-to); `hostHeader` the name the request
    // carries (the policy's hostname, else the endpoint's).
    HealthCheckProbe(
        const HealthCheckPolicy::Active& check, QString host, int port, QString hostHeader, QObject* parent = nullptr);

    void start();
    [[nodiscard]] const Result& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void finish(Outcome outcome, const QString& error);
    void onReadyRead();

    HealthCheckPolicy::Active m_check;
    QString m_host;
    int m_port;
    QString m_hostHeader;
    QTcpSocket* m_socket = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    Result m_result;
    bool m_done = false;
};

} // namespace bw
