// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpolicyrules.h"

#include <QCoreApplication>

#include "validationcontext.h"

using namespace Qt::StringLiterals;

namespace bw {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::TrafficPolicyRules)
};
using Anchor = ValidationContext::Anchor;
} // namespace

void TrafficPolicyRules::check(ValidationContext& c)
{
    const int spec = c.at(c.root(), u"spec");
    if (spec < 0 || !c.tree.node(spec).isMapping())
        return;
    const bool single = c.has(spec, u"targetRef");
    const bool list = c.has(spec, u"targetRefs");
    const bool selectors = c.count(c.at(spec, u"targetSelectors")) > 0;
    if (single && list)
        c.report(u"BW0701"_s, Severity::Error, spec, Anchor::Field,
            Strings::tr("set either targetRef or targetRefs, not both"));
    else if (!single && !list && !selectors)
        c.report(u"BW0701"_s, Severity::Error, spec, Anchor::Field,
            Strings::tr("the policy targets nothing: set targetRef, targetRefs or targetSelectors"));

    const int active = c.at(FieldPath::parse(u"spec.healthCheck.active"_s).value());
    if (active < 0 || !c.tree.node(active).isMapping())
        return;
    const QString type = c.text(active, u"type");
    const bool http = c.has(active, u"http");
    const bool tcp = c.has(active, u"tcp");
    const bool grpc = c.has(active, u"grpc");
    QString problem;
    if (type == "HTTP"_L1 && !http)
        problem = Strings::tr("an HTTP health check needs the http block (at least its path)");
    else if (type != "HTTP"_L1 && http)
        problem = Strings::tr("the http block is only used when type is HTTP");
    else if (type == "TCP"_L1 && !tcp)
        problem = Strings::tr("a TCP health check needs the tcp block (it may be empty: tcp: {})");
    else if (type != "TCP"_L1 && tcp)
        problem = Strings::tr("the tcp block is only used when type is TCP");
    else if (type != "GRPC"_L1 && grpc)
        problem = Strings::tr("the grpc block is only used when type is GRPC");
    if (!problem.isEmpty())
        c.report(u"BW0702"_s, Severity::Error, active, Anchor::Field, problem);
}

} // namespace bw
