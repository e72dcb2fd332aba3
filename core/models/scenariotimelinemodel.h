// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>

#include "simulation/scenariotimeline.h"

namespace bw {

// A scenario run for the chart: one row per sample (its time in seconds and each backend's
// share, in backendRef order), with the backend names and the failover markers as properties.
class ScenarioTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList backends READ backends NOTIFY timelineChanged)
    Q_PROPERTY(QVariantList fallbacks READ fallbacks NOTIFY timelineChanged)
    Q_PROPERTY(double failoverStartsAt READ failoverStartsAt NOTIFY timelineChanged) // seconds, -1: none
    Q_PROPERTY(double failoverEndsAt READ failoverEndsAt NOTIFY timelineChanged)
    Q_PROPERTY(double duration READ duration NOTIFY timelineChanged) // seconds, the last sample's time
    Q_PROPERTY(QStringList notes READ notes NOTIFY timelineChanged)
    Q_PROPERTY(QString title READ title NOTIFY timelineChanged)
    Q_PROPERTY(int count READ count NOTIFY timelineChanged)
public:
    enum Roles {
        TimeRole = Qt::UserRole + 1, // seconds, double
        SharesRole, // QVariantList of percent, one per backend
        FailingRole, // percent of requests that fail
        PanicRole,
        NoHealthyUpstreamRole,
    };
    Q_ENUM(Roles)

    explicit ScenarioTimelineModel(QObject* parent = nullptr);
    ~ScenarioTimelineModel() override;

    void setTimeline(const ScenarioTimeline& timeline);
    void clear();
    [[nodiscard]] const ScenarioTimeline& timeline() const { return m_timeline; }

    [[nodiscard]] QStringList backends() const { return m_backends; }
    [[nodiscard]] QVariantList fallbacks() const;
    [[nodiscard]] double failoverStartsAt() const;
    [[nodiscard]] double failoverEndsAt() const;
    [[nodiscard]] double duration() const;
    [[nodiscard]] QStringList notes() const { return m_timeline.notes; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] int count() const { return int(m_timeline.samples.size()); }
    // The share of `backend` over time as a step line: (seconds, percent) points, each share
    // held until the next sample.
    Q_INVOKABLE QVariantList stepPoints(int backend) const;
    [[nodiscard]] double share(int sample, int backend) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void timelineChanged();

private:
    ScenarioTimeline m_timeline;
    QStringList m_backends;
};

} // namespace bw
