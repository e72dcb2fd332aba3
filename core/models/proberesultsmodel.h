// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPair>
#include <QPointer>

#include <vector>

#include "probe/proberesult.h"

namespace bw {

class ProbeRunner;

// The results of one probe run as a tree: one row per probed endpoint (in the order of the
// targets, inserted as each result arrives), and below it what the probe saw: the DNS answer,
// the connection, the TLS handshake, each certificate of the peer's chain (with its subject,
// issuer, names and validity one level further down), what verification said, the warnings and
// the likely fix. The rows go away only when the next run starts.
class ProbeResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns {
        StatusColumn = 0,
        BackendColumn,
        EndpointColumn,
        AddressColumn,
        CategoryColumn,
        ExplanationColumn,
        TimeColumn,
        NUM_COLUMNS
    };
    enum Roles {
        ItemTypeRole = Qt::UserRole + 1, // "endpoint", "dns", "tcp", "tls", "certificate", "certificateField",
                                         // "verification", "warning", "fix"
        StatusRole, // "ok", "warning" (reachable, with a risk), "failed", "cancelled"
        OkRole,
        BackendRole, // "NAMESPACE/NAME"
        BackendKindRole,
        BackendGroupRole,
        BackendNamespaceRole,
        BackendNameRole,
        EndpointRole, // "HOST:PORT"
        AddressRole, // what was dialled
        CategoryRole, // ProbeFailureNames::name(): "refused", "expired", ...; empty when reachable
        ExplanationRole,
        FixRole,
        WarningsRole, // QStringList
        MillisecondsRole,
        DocumentIdRole,
        FileRole,
        FieldPathRole, // "spec.endpoints[1]"
        ResultIndexRole, // the target's index in the run
        DetailLabelRole, // below an endpoint: "DNS", "Certificate 1", "Subject", ...
        DetailTextRole,
        SubjectRole, // on certificate rows
        IssuerRole,
        SubjectAltNamesRole,
        NotBeforeRole,
        NotAfterRole,
        DaysToExpiryRole,
        SelfSignedRole,
    };
    Q_ENUM(Roles)

    // What the summary line says.
    struct Summary
    {
        int total = 0; // endpoints with a result
        int reachable = 0; // including those with warnings
        int warned = 0;
        int failed = 0;
        int cancelled = 0;
        QList<QPair<ProbeFailure, int>> failures; // per category, most frequent first
    };

    explicit ProbeResultsModel(QObject* parent = nullptr);

    // Follows a runner: its next run replaces the rows, each result adds one.
    void setRunner(ProbeRunner* runner);
    void clear();
    // Adds (or replaces) the result of target `index`, keeping rows in target order.
    void addResult(int index, const ProbeResult& result);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The result a row (or a row below it) belongs to; nullptr for an invalid index.
    [[nodiscard]] const ProbeResult* result(const QModelIndex& index) const;
    [[nodiscard]] Summary summary() const;

Q_SIGNALS:
    void countsChanged();

private:
    struct Detail
    {
        QString type;
        QString label;
        QString text;
        int certificate = -1; // into the result's tls.chain
        QList<QPair<QString, QString>> fields; // a certificate's rows
    };
    struct Entry
    {
        int index = 0;
        ProbeResult result;
        std::vector<Detail> details;
    };

    [[nodiscard]] static std::vector<Detail> detailsOf(const ProbeResult& result);
    [[nodiscard]] static QString statusOf(const ProbeResult& result);
    [[nodiscard]] static QString outcomeText(const ProbeResult& result);
    [[nodiscard]] int rowOfIndex(int resultIndex) const;
    [[nodiscard]] QVariant endpointData(const Entry& e, int column, int role) const;
    [[nodiscard]] QVariant detailData(const Entry& e, const Detail& d, int role) const;

    QPointer<ProbeRunner> m_runner;
    std::vector<Entry> m_entries; // sorted by index
};

} // namespace bw
