// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real TLS endpoints for the probe tests and the probe benchmark: certificates made with the
// `openssl` command line, `openssl s_server` processes on 127.0.0.1, and a "black hole" port
// whose connects never complete. Nothing here leaves 127.0.0.1, and every wait is bounded.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bw::test {

using namespace Qt::StringLiterals;

inline QByteArray readAllOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAllTo(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A port on 127.0.0.1 that nobody listens on right now (bound to port 0, read, released).
inline int freeLocalPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0)) {
            const int port = server.serverPort();
            server.close();
            if (port > 0)
                return port;
        }
    }
    return 0;
}

// Runs `openssl ARGS` in `workDir`; on failure returns false and puts what openssl said in `error`.
inline bool runOpenssl(const QStringList& args, const QString& workDir, QString* error, int timeoutMs = 30000)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(u"openssl"_s, args);
    if (!p.waitForStarted(timeoutMs)) {
        if (error)
            *error = u"cannot start openssl: "_s + p.errorString();
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        if (error)
            *error = u"openssl did not finish: "_s + args.join(u' ');
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = u"openssl "_s + args.join(u' ') + u" failed: "_s + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

// Test CAs and the certificates they sign, as PEM files in one directory. EC P-256 keys, so
// making a dozen of them takes milliseconds.
class CertificateFactory
{
public:
    struct Files
    {
        QString cert; // PEM certificate
        QString key; // PEM private key
        QString id;
        [[nodiscard]] bool ok() const { return !cert.isEmpty(); }
        [[nodiscard]] QByteArray pem() const { return readAllOf(cert); }
    };

    explicit CertificateFactory(const QString& directory)
        : m_dir(directory)
    {
        QDir().mkpath(m_dir);
        // Our own minimal config, so neither the system's openssl.cnf nor OPENSSL_CONF adds
        // extensions behind our back.
        writeAllTo(path(u"req.cnf"_s), "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = unused\n");
    }

    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const QString& directory() const { return m_dir; }

    Files makeCa(const QString& id, const QString& commonName)
    {
        const QString db = path(id + u"-db"_s);
        QDir().mkpath(db + u"/certs"_s);
        writeAllTo(db + u"/index.txt"_s, {});
        writeAllTo(db + u"/serial"_s, "1000\n");
        const QByteArray config = "[ca]\ndefault_ca = testca\n[testca]\ndir = " + db.toUtf8()
            + "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir/certs\nserial = $dir/serial\ncertificate = "
            + path(id + u".pem"_s).toUtf8() + "\nprivate_key = " + path(id + u".key"_s).toUtf8()
            + "\ndefault_md = sha256\npolicy = anything\nunique_subject = no\ncopy_extensions = none\n"
              "email_in_dn = no\n[anything]\ncommonName = supplied\n";
        writeAllTo(db + u"/ca.cnf"_s, config);
        const QStringList args = { u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, path(id + u".key"_s), u"-out"_s,
            path(id + u".pem"_s), u"-subj"_s, u"/CN="_s + commonName, u"-days"_s, u"3650"_s, u"-config"_s,
            path(u"req.cnf"_s), u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
            u"keyUsage=critical,keyCertSign,cRLSign"_s };
        if (!runOpenssl(args, m_dir, &m_error))
            return {};
        return { path(id + u".pem"_s), path(id + u".key"_s), id };
    }

    // A server certificate signed by `ca` with `dnsNames` as SAN DNS entries (none: no SAN at
    // all). `startDate`/`endDate` ("20200101000000Z") backdate or postdate it; empty: valid
    // from now for a year.
    Files makeLeaf(const QString& id, const Files& ca, const QStringList& dnsNames, const QString& startDate = {},
        const QString& endDate = {}, const QString& commonName = {})
    {
        const QString cn = !commonName.isEmpty() ? commonName : dnsNames.isEmpty() ? u"leaf"_s : dnsNames.first();
        if (!makeKeyAndRequest(id, cn))
            return {};
        QByteArray ext = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n";
        if (!dnsNames.isEmpty()) {
            QStringList sans;
            for (const QString& n : dnsNames)
                sans.append(u"DNS:"_s + n);
            ext += "subjectAltName=" + sans.join(u',').toUtf8() + '\n';
        }
        writeAllTo(path(id + u".ext"_s), ext);
        QStringList args = { u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, path(ca.id + u"-db/ca.cnf"_s), u"-in"_s,
            path(id + u".csr"_s), u"-out"_s, path(id + u".pem"_s), u"-extfile"_s, path(id + u".ext"_s) };
        if (!startDate.isEmpty())
            args << u"-startdate"_s << startDate;
        if (!endDate.isEmpty())
            args << u"-enddate"_s << endDate;
        else
            args << u"-days"_s << u"365"_s;
        if (!runOpenssl(args, m_dir, &m_error))
            return {};
        return { path(id + u".pem"_s), path(id + u".key"_s), id };
    }

    // A self-signed server certificate (no CA behind it).
    Files makeSelfSigned(const QString& id, const QStringList& dnsNames)
    {
        QStringList sans;
        for (const QString& n : dnsNames)
            sans.append(u"DNS:"_s + n);
        const QStringList args = { u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, path(id + u".key"_s), u"-out"_s,
            path(id + u".pem"_s), u"-subj"_s, u"/CN="_s + dnsNames.value(0, u"self"_s), u"-days"_s, u"365"_s,
            u"-config"_s, path(u"req.cnf"_s), u"-addext"_s, u"subjectAltName="_s + sans.join(u',') };
        if (!runOpenssl(args, m_dir, &m_error))
            return {};
        return { path(id + u".pem"_s), path(id + u".key"_s), id };
    }

    [[nodiscard]] QString path(const QString& name) const { return m_dir + u'/' + name; }

private:
    bool makeKeyAndRequest(const QString& id, const QString& commonName)
    {
        const QStringList args = { u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, path(id + u".key"_s), u"-out"_s,
            path(id + u".csr"_s), u"-subj"_s, u"/CN="_s + commonName, u"-config"_s, path(u"req.cnf"_s) };
        return runOpenssl(args, m_dir, &m_error);
    }

    QString m_dir;
    QString m_error;
};

// One `openssl s_server -www` on 127.0.0.1 on a free port. It serves one connection at a time.
// Its output (stdout and stderr) goes to a log file; start() returns once the server printed
// ACCEPT, i.e. listens (polling the port instead would use up a connection, which matters
// with -naccept).
class TlsServer
{
public:
    TlsServer() = default;
    TlsServer(const TlsServer&) = delete;
    TlsServer& operator=(const TlsServer&) = delete;
    ~TlsServer() { stop(); }

    bool start(const QString& cert, const QString& key, const QStringList& extraArgs, const QString& logFile,
        int timeoutMs = 10000)
    {
        stop();
        m_log = logFile;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freeLocalPort();
            if (m_port == 0) {
                m_error = u"no free port on 127.0.0.1"_s;
                return false;
            }
            QFile::remove(m_log);
            m_process = std::make_unique<QProcess>();
            m_process->setProcessChannelMode(QProcess::MergedChannels);
            m_process->setStandardOutputFile(m_log);
            QStringList args = { u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(m_port), u"-cert"_s,
                cert, u"-key"_s, key, u"-www"_s };
            args += extraArgs;
            m_process->start(u"openssl"_s, args);
            if (!m_process->waitForStarted(timeoutMs)) {
                m_error = u"cannot start openssl s_server: "_s + m_process->errorString();
                m_process.reset();
                return false;
            }
            const QDeadlineTimer deadline(timeoutMs);
            bool exited = false;
            while (!deadline.hasExpired()) {
                if (readAllOf(m_log).contains("ACCEPT"))
                    return true;
                if (m_process->waitForFinished(10)) {
                    exited = true;
                    break;
                }
            }
            const QByteArray log = readAllOf(m_log);
            m_error = u"openssl s_server did not start listening: "_s + QString::fromLocal8Bit(log);
            if (!exited) {
                stop();
                return false;
            }
            m_process.reset();
            if (!log.contains("in use") && !log.contains("bind"))
                return false; // not a port race: retrying will not help
        }
        return false;
    }

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString address() const { return u"127.0.0.1:"_s + QString::number(m_port); }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // Everything the server printed so far; complete only once it exited.
    [[nodiscard]] QByteArray log() const { return readAllOf(m_log); }

    // For servers started with -naccept N: waits until the server has exited by itself.
    bool waitForExit(int timeoutMs)
    {
        return !m_process || m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    QString m_error;
    int m_port = 0;
};

// The server names a ClientHello carried, from the log of an s_server started with
// -tlsextdebug. Decodes the hex bytes of the "server name" extension (the ASCII column wraps
// at 16 bytes and hides non-printable bytes, so it is not used).
inline QStringList serverNamesFromTlsExtDebug(const QByteArray& log)
{
    QStringList names;
    const QList<QByteArray> lines = log.split('\n');
    static const QRegularExpression dumpLine(u"^[0-9a-f]{4} - "_s);
    static const QRegularExpression hexByte(u"\\b[0-9a-f]{2}\\b"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith("TLS client extension \"server name\""))
            continue;
        QByteArray bytes;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString line = QString::fromLatin1(lines[j]);
            if (!dumpLine.match(line).hasMatch())
                break;
            // "0000 - " then 16 bytes of "xx " / "xx-" (48 columns), then the ASCII column.
            const QString hex = line.mid(7, 48);
            auto it = hexByte.globalMatch(hex);
            while (it.hasNext())
                bytes.append(char(it.next().captured().toInt(nullptr, 16)));
        }
        // ServerNameList: uint16 length, then entries of {uint8 type, uint16 length, name}.
        if (bytes.size() < 2)
            continue;
        qsizetype pos = 2;
        while (pos + 3 <= bytes.size()) {
            const int type = quint8(bytes[pos]);
            const int length = (quint8(bytes[pos + 1]) << 8) | quint8(bytes[pos + 2]);
            pos += 3;
            if (pos + length > bytes.size())
                break;
            if (type == 0)
                names.append(QString::fromLatin1(bytes.mid(pos, length)));
            pos += length;
        }
    }
    return names;
}

// A port on 127.0.0.1 where connects neither complete nor get refused: a socket listening
// with backlog 0 that never accepts, its queue filled by connects of our own, so the kernel
// drops further SYNs and the client waits until it gives up.
class BlackHole
{
public:
    BlackHole() = default;
    BlackHole(const BlackHole&) = delete;
    BlackHole& operator=(const BlackHole&) = delete;
    ~BlackHole() { close(); }

    bool open(QString* error = nullptr)
    {
        close();
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t length = sizeof addr;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0
            || ::listen(m_listener, 0) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&addr), &length) != 0) {
            if (error)
                *error = QString::fromLocal8Bit(std::strerror(errno));
            close();
            return false;
        }
        m_port = ntohs(addr.sin_port);
        for (int i = 0; i < 3; ++i) {
            const int fd = connectNonBlocking();
            if (fd < 0) {
                if (error)
                    *error = QString::fromLocal8Bit(std::strerror(errno));
                close();
                return false;
            }
            m_fillers.push_back(fd);
        }
        QThread::msleep(20); // let the first handshakes land in the queue
        return true;
    }

    [[nodiscard]] int port() const { return m_port; }

    // True when a further connect does not complete within `ms`: the port really is a black hole.
    [[nodiscard]] bool swallows(int ms = 300) const
    {
        const int fd = connectNonBlocking();
        if (fd < 0)
            return false;
        pollfd p { fd, POLLOUT, 0 };
        const int ready = ::poll(&p, 1, ms);
        ::close(fd);
        return ready == 0;
    }

    void close()
    {
        for (const int fd : m_fillers)
            ::close(fd);
        m_fillers.clear();
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        m_port = 0;
    }

private:
    [[nodiscard]] int connectNonBlocking() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(quint16(m_port));
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 && errno != EINPROGRESS) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    int m_listener = -1;
    int m_port = 0;
    std::vector<int> m_fillers;
};

// A port on 127.0.0.1 that completes TCP connects (the kernel queues them) but never says a
// word: a TLS handshake there hangs until the client's deadline.
class SilentListener
{
public:
    SilentListener() = default;
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;
    ~SilentListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof addr;
        return m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
            && ::listen(m_fd, 128) == 0 && ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0
            && (m_port = ntohs(addr.sin_port)) > 0;
    }
    [[nodiscard]] int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace bw::test
