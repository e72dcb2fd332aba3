// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemtruststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>

namespace bw {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::SystemTrustStore)
};

} // namespace

QString SystemTrustStore::bundlePath(const QString& overridePath)
{
    if (!overridePath.isEmpty())
        return overridePath;
    return qEnvironmentVariable(environmentVariable);
}

QList<QSslCertificate> SystemTrustStore::load(const QString& overridePath, QString* description, QString* error)
{
    const QString path = bundlePath(overridePath);
    if (path.isEmpty()) {
        if (description)
            *description = Strings::tr("the system trust store");
        return QSslConfiguration::systemCaCertificates();
    }
    if (description)
        *description = Strings::tr("the system trust store (%1)").arg(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Strings::tr("cannot read the CA bundle %1: %2").arg(path, f.errorString());
        return {};
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty() && error)
        *error = Strings::tr("the CA bundle %1 holds no PEM certificate").arg(path);
    return certs;
}

} // namespace bw
