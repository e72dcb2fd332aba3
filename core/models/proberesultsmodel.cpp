// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberesultsmodel.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

#include "probe/proberunner.h"
#include "validation/probefindings.h"

using namespace Qt::StringLiterals;

namespace bw {

// Rows below an endpoint carry their endpoint's target index in the low half of the internal
// id and, a level further down, their certificate's row in the high half.
static_assert(sizeof(quintptr) >= 8, "ProbeResultsModel packs two row numbers into an internal id");

namespace {
constexpr quintptr kLowMask = 0xffffffffu;

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : QString();
}

QString millis(qint64 ms)
{
    return ProbeResultsModel::tr("%1 ms").arg(ms);
}
} // namespace

ProbeResultsModel::ProbeResultsModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ProbeResultsModel::setRunner(ProbeRunner* runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    clear();
    if (!runner)
        return;
    connect(runner, &ProbeRunner::started, this, &ProbeResultsModel::clear);
    connect(runner, &ProbeRunner::resultReady, this, [this](int index) {
        if (m_runner && index >= 0 && size_t(index) < m_runner->results().size())
            addResult(index, m_runner->results()[size_t(index)]);
    });
    if (!runner->isRunning()) { // a run that already ended
        for (size_t i = 0; i < runner->results().size(); ++i)
            addResult(int(i), runner->results()[i]);
    }
}

void ProbeResultsModel::clear()
{
    if (m_entries.empty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
    Q_EMIT countsChanged();
}

int ProbeResultsModel::rowOfIndex(int resultIndex) const
{
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), resultIndex, [](const Entry& e, int index) { return e.index < index; });
    return it != m_entries.end() && it->index == resultIndex ? int(it - m_entries.begin()) : -1;
}

void ProbeResultsModel::addResult(int index, const ProbeResult& result)
{
    if (index < 0)
        return;
    if (const int existing = rowOfIndex(index); existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_entries.erase(m_entries.begin() + existing);
        endRemoveRows();
    }
    const auto at = std::lower_bound(
        m_entries.begin(), m_entries.end(), index, [](const Entry& e, int i) { return e.index < i; });
    const int row = int(at - m_entries.begin());
    beginInsertRows({}, row, row);
    m_entries.insert(at, Entry { index, result, detailsOf(result) });
    endInsertRows();
    Q_EMIT countsChanged();
}

QString ProbeResultsModel::statusOf(const ProbeResult& r)
{
    if (r.cancelled)
        return u"cancelled"_s;
    if (r.failure != ProbeFailure::None)
        return u"failed"_s;
    return r.warnings.isEmpty() ? u"ok"_s : u"warning"_s;
}

QString ProbeResultsModel::outcomeText(const ProbeResult& r)
{
    if (r.cancelled || r.failure != ProbeFailure::None)
        return r.explanation;
    if (!r.warnings.isEmpty())
        return r.warnings.first();
    if (r.tls.attempted && r.tls.ok) {
        QString text = tr("%1 handshake completed").arg(r.tls.protocol.isEmpty() ? tr("TLS") : r.tls.protocol);
        if (!r.tls.alpn.isEmpty())
            text += u", "_s + tr("ALPN %1").arg(r.tls.alpn);
        if (!r.tls.chain.isEmpty())
            text
                += u"; "_s + tr("the certificate expires in %n day(s)", nullptr, int(r.tls.chain.first().daysToExpiry));
        return text;
    }
    if (r.target.transport == ProbeTarget::Transport::Unix)
        return tr("the socket accepted the connection");
    return tr("the port accepted the connection");
}

std::vector<ProbeResultsModel::Detail> ProbeResultsModel::detailsOf(const ProbeResult& r)
{
    std::vector<Detail> out;
    const auto add = [&](const QString& type, const QString& label, const QString& text) {
        out.push_back({ type, label, text, -1, {} });
    };
    if (r.dns.attempted) {
        QString text = r.dns.error.isEmpty() ? r.dns.addresses.join(u", "_s) : r.dns.error;
        add(u"dns"_s, tr("DNS"), text + u" ("_s + millis(r.dns.ms) + u')');
    } else if (!r.dns.skipped.isEmpty()) {
        add(u"dns"_s, tr("DNS"), tr("not looked up (%1)").arg(r.dns.skipped));
    }
    if (!r.tcp.isEmpty()) {
        const QString where = r.address.isEmpty() ? r.target.endpointText() : r.address;
        QString text = r.tcp == u"ok"_s ? tr("connected to %1").arg(where)
            : r.tcp == u"refused"_s     ? tr("%1 refused the connection").arg(where)
            : r.tcp == u"timeout"_s     ? tr("no answer from %1").arg(where)
                                        : tr("%1 not reached (%2)").arg(where, r.tcp);
        if (!r.connectedVia.isEmpty())
            text += u", "_s + tr("via --connect-to %1").arg(r.connectedVia);
        add(u"tcp"_s, tr("Connection"), text + u" ("_s + millis(r.tcpMs) + u')');
    }
    if (r.tls.attempted) {
        QStringList parts;
        parts.append(
            r.tls.ok ? tr("handshake completed") : tr("failed: %1").arg(ProbeFindings::categoryLabel(r.tls.error)));
        if (!r.tls.protocol.isEmpty())
            parts.append(r.tls.protocol);
        if (!r.tls.cipher.isEmpty())
            parts.append(r.tls.cipher);
        parts.append(r.tls.alpn.isEmpty() ? tr("no ALPN") : tr("ALPN %1").arg(r.tls.alpn));
        parts.append(tr("SNI %1").arg(r.tls.sni.isEmpty() ? tr("(none)") : r.tls.sni));
        if (!r.target.tls.trustSource.isEmpty())
            parts.append(tr("trusting %1").arg(r.target.tls.trustSource));
        if (r.tls.verificationSkipped)
            parts.append(tr("verification skipped"));
        add(u"tls"_s, tr("TLS"), parts.join(u" · "_s) + u" ("_s + millis(r.tls.ms) + u')');
    }
    for (qsizetype i = 0; i < r.tls.chain.size(); ++i) {
        const CertificateSummary& c = r.tls.chain[i];
        QString validity = c.daysToExpiry < 0 ? tr("expired %n day(s) ago", nullptr, int(-c.daysToExpiry))
                                              : tr("expires in %n day(s)", nullptr, int(c.daysToExpiry));
        QStringList parts { c.subject };
        if (c.selfSigned)
            parts.append(tr("self-signed"));
        else
            parts.append(tr("issued by %1").arg(c.issuer));
        parts.append(validity);
        Detail d { u"certificate"_s, tr("Certificate %1").arg(i + 1), parts.join(u" · "_s), int(i), {} };
        d.fields = {
            { tr("Subject"), c.subject },
            { tr("Issuer"), c.issuer },
            { tr("Subject alternative names"),
                c.subjectAltNames.isEmpty() ? tr("(none)") : c.subjectAltNames.join(u", "_s) },
            { tr("Valid from"), utc(c.notBefore) },
            { tr("Valid until"), utc(c.notAfter) + u" ("_s + validity + u')' },
            { tr("SHA-256"), c.sha256 },
        };
        out.push_back(std::move(d));
    }
    for (const QString& e : r.tls.sslErrors)
        add(u"verification"_s, tr("Verification"), e);
    for (const QString& w : r.warnings)
        add(u"warning"_s, tr("Warning"), w);
    if (!r.fix.isEmpty())
        add(u"fix"_s, tr("Likely fix"), r.fix);
    return out;
}

QModelIndex ProbeResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr id = parent.internalId();
    if (id == 0) // below an endpoint
        return createIndex(row, column, quintptr(m_entries[size_t(parent.row())].index + 1));
    // below a certificate
    return createIndex(row, column, (quintptr(parent.row() + 1) << 32) | (id & kLowMask));
}

QModelIndex ProbeResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    const int entryRow = rowOfIndex(int(id & kLowMask) - 1);
    if (entryRow < 0)
        return {};
    const int detailRow = int(id >> 32) - 1;
    if (detailRow < 0)
        return createIndex(entryRow, 0, quintptr(0));
    return createIndex(detailRow, 0, id & kLowMask);
}

int ProbeResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return size_t(parent.row()) < m_entries.size() ? int(m_entries[size_t(parent.row())].details.size()) : 0;
    if (id >> 32)
        return 0; // the certificate's fields have no rows below them
    const int entryRow = rowOfIndex(int(id & kLowMask) - 1);
    if (entryRow < 0)
        return 0;
    const std::vector<Detail>& details = m_entries[size_t(entryRow)].details;
    return size_t(parent.row()) < details.size() ? int(details[size_t(parent.row())].fields.size()) : 0;
}

int ProbeResultsModel::columnCount(const QModelIndex&) const
{
    return NUM_COLUMNS;
}

const ProbeResult* ProbeResultsModel::result(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : rowOfIndex(int(index.internalId() & kLowMask) - 1);
    return row >= 0 && size_t(row) < m_entries.size() ? &m_entries[size_t(row)].result : nullptr;
}

ProbeResultsModel::Summary ProbeResultsModel::summary() const
{
    Summary s;
    std::map<int, int> byFailure;
    for (const Entry& e : m_entries) {
        ++s.total;
        if (e.result.cancelled) {
            ++s.cancelled;
        } else if (e.result.failure != ProbeFailure::None) {
            ++s.failed;
            ++byFailure[int(e.result.failure)];
        } else {
            ++s.reachable;
            s.warned += e.result.warnings.isEmpty() ? 0 : 1;
        }
    }
    for (const auto& [failure, count] : byFailure)
        s.failures.append({ ProbeFailure(failure), count });
    std::stable_sort(
        s.failures.begin(), s.failures.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return s;
}

QVariant ProbeResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return endpointData(m_entries[size_t(index.row())], index.column(), role);
    const int entryRow = rowOfIndex(int(id & kLowMask) - 1);
    if (entryRow < 0)
        return {};
    const Entry& e = m_entries[size_t(entryRow)];
    const int detailRow = int(id >> 32) - 1;
    if (detailRow < 0) {
        if (index.column() != 0 && role != ItemTypeRole && role < Qt::UserRole)
            return {};
        return detailData(e, e.details[size_t(index.row())], role);
    }
    const Detail& certificate = e.details[size_t(detailRow)];
    const auto& [label, text] = certificate.fields[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(label + u": "_s + text) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == 0 ? QVariant(text) : QVariant();
    case ItemTypeRole:
        return u"certificateField"_s;
    case DetailLabelRole:
        return label;
    case DetailTextRole:
        return text;
    case ResultIndexRole:
        return e.index;
    }
    return {};
}

QVariant ProbeResultsModel::endpointData(const Entry& e, int column, int role) const
{
    const ProbeResult& r = e.result;
    const ProbeTarget& t = r.target;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn: {
            const QString status = statusOf(r);
            return status == u"ok"_s     ? tr("ok")
                : status == u"warning"_s ? tr("warning")
                : status == u"failed"_s  ? tr("failed")
                                         : tr("cancelled");
        }
        case BackendColumn:
            return t.backendText();
        case EndpointColumn:
            return t.endpointText();
        case AddressColumn:
            return r.address;
        case CategoryColumn:
            return r.cancelled ? QString() : ProbeFindings::categoryLabel(r.failure);
        case ExplanationColumn:
            return outcomeText(r);
        case TimeColumn:
            return r.cancelled && r.ms == 0 ? QString() : millis(r.ms);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case BackendColumn:
            return t.backend.toString();
        case EndpointColumn:
        case AddressColumn:
            return t.fieldPath.isEmpty() ? QFileInfo(t.file).fileName()
                                         : QFileInfo(t.file).fileName() + u": "_s + t.fieldPath;
        case ExplanationColumn:
        case CategoryColumn:
            return r.fix.isEmpty() ? outcomeText(r) : outcomeText(r) + u"\n"_s + tr("Likely fix: %1").arg(r.fix);
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ItemTypeRole:
        return u"endpoint"_s;
    case StatusRole:
        return statusOf(r);
    case OkRole:
        return r.ok();
    case BackendRole:
        return t.backendText();
    case BackendKindRole:
        return t.backend.kind;
    case BackendGroupRole:
        return t.backend.group;
    case BackendNamespaceRole:
        return t.backend.namespace_;
    case BackendNameRole:
        return t.backend.name;
    case EndpointRole:
        return t.endpointText();
    case AddressRole:
        return r.address;
    case CategoryRole:
        return ProbeFailureNames::name(r.failure);
    case ExplanationRole:
        return r.explanation;
    case FixRole:
        return r.fix;
    case WarningsRole:
        return r.warnings;
    case MillisecondsRole:
        return r.ms;
    case DocumentIdRole:
        return t.documentId;
    case FileRole:
        return t.file;
    case FieldPathRole:
        return t.fieldPath;
    case ResultIndexRole:
        return e.index;
    }
    return {};
}

QVariant ProbeResultsModel::detailData(const Entry& e, const Detail& d, int role) const
{
    const CertificateSummary* c = d.certificate >= 0 ? &e.result.tls.chain[d.certificate] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return QString(d.label + u": "_s + d.text);
    case Qt::ToolTipRole:
        return d.text;
    case ItemTypeRole:
        return d.type;
    case StatusRole:
        return d.type == u"warning"_s ? u"warning"_s : QVariant();
    case DetailLabelRole:
        return d.label;
    case DetailTextRole:
        return d.text;
    case ResultIndexRole:
        return e.index;
    }
    if (!c)
        return {};
    switch (role) {
    case SubjectRole:
        return c->subject;
    case IssuerRole:
        return c->issuer;
    case SubjectAltNamesRole:
        return c->subjectAltNames;
    case NotBeforeRole:
        return c->notBefore;
    case NotAfterRole:
        return c->notAfter;
    case DaysToExpiryRole:
        return c->daysToExpiry;
    case SelfSignedRole:
        return c->selfSigned;
    }
    return {};
}

QVariant ProbeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case BackendColumn:
        return tr("Backend");
    case EndpointColumn:
        return tr("Endpoint");
    case AddressColumn:
        return tr("Address");
    case CategoryColumn:
        return tr("Category");
    case ExplanationColumn:
        return tr("Explanation");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

QHash<int, QByteArray> ProbeResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        { ItemTypeRole, "itemType" },
        { StatusRole, "status" },
        { OkRole, "ok" },
        { BackendRole, "backend" },
        { BackendKindRole, "backendKind" },
        { BackendGroupRole, "backendGroup" },
        { BackendNamespaceRole, "backendNamespace" },
        { BackendNameRole, "backendName" },
        { EndpointRole, "endpoint" },
        { AddressRole, "address" },
        { CategoryRole, "category" },
        { ExplanationRole, "explanation" },
        { FixRole, "fix" },
        { WarningsRole, "warnings" },
        { MillisecondsRole, "ms" },
        { DocumentIdRole, "documentId" },
        { FileRole, "file" },
        { FieldPathRole, "fieldPath" },
        { ResultIndexRole, "resultIndex" },
        { DetailLabelRole, "detailLabel" },
        { DetailTextRole, "detailText" },
        { SubjectRole, "subject" },
        { IssuerRole, "issuer" },
        { SubjectAltNamesRole, "subjectAltNames" },
        { NotBeforeRole, "notBefore" },
        { NotAfterRole, "notAfter" },
        { DaysToExpiryRole, "daysToExpiry" },
        { SelfSignedRole, "selfSigned" },
    });
    return names;
}

} // namespace bw
