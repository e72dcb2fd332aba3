// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheckprobe.h"

#include <QCoreApplication>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::HealthCheckProbe)
};

// A status line ends the wait: the body does not matter to the check.
constexpr qsizetype kMaxHeader = 16 * 1024;
} // namespace

HealthCheckProbe::HealthCheckProbe(
    const HealthCheckPolicy::Active& check, QString host, int port, QString hostHeader, QObject* parent)
    : QObject(parent)
    , m_check(check)
    , m_host(std::move(host))
    , m_port(port)
    , m_hostHeader(std::move(hostHeader))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
        [this] { finish(Outcome::Timeout, Strings::tr("no answer within %1 ms").arg(m_check.timeoutMs)); });
}

void HealthCheckProbe::start()
{
    m_clock.start();
    m_deadline.start(int(std::clamp<qint64>(m_check.timeoutMs, 1, 600000)));
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        if (m_check.type != HealthCheckPolicy::Active::Type::Http) {
            finish(Outcome::Success, {});
            return;
        }
        const QString path = m_check.httpPath.isEmpty() ? u"/"_s : m_check.httpPath;
        const QByteArray request = m_check.httpMethod.toLatin1() + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: "
            + m_hostHeader.toUtf8() + "\r\nUser-Agent: backend-workbench-health-check\r\nConnection: close\r\n\r\n";
        m_socket->write(request);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HealthCheckProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->error() == QAbstractSocket::RemoteHostClosedError && !m_buffer.isEmpty())
            onReadyRead();
        finish(Outcome::Failure, m_socket->errorString());
    });
    m_socket->connectToHost(m_host, quint16(m_port));
}

void HealthCheckProbe::onReadyRead()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll();
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeader)
            finish(Outcome::Failure, Strings::tr("the response has no status line"));
        return;
    }
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = m_buffer.left(end).split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 && parts[0].startsWith("HTTP/") ? parts[1].toInt(&ok) : 0;
    if (!ok) {
        finish(Outcome::Failure, Strings::tr("not an HTTP response"));
        return;
    }
    m_result.status = status;
    if (m_check.expectedStatuses.contains(status))
        finish(Outcome::Success, {});
    else
        finish(Outcome::Failure, Strings::tr("HTTP status %1, expected %2").arg(status).arg([this] {
            QStringList s;
            for (int e : std::as_const(m_check.expectedStatuses))
                s.append(QString::number(e));
            return s.join(u", "_s);
        }()));
}

void HealthCheckProbe::finish(Outcome outcome, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_result.outcome = outcome;
    m_result.error = error;
    m_result.ms = m_clock.elapsed();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Queued, so the owner may delete the probe from its slot.
    QMetaObject::invokeMethod(this, &HealthCheckProbe::finished, Qt::QueuedConnection);
}

} // namespace bw
