// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltree.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
constexpr int kMaxAliasHops = 64;
constexpr int kMaxMergeDepth = 16;

bool keyEquals(const YamlNode& n, QStringView key)
{
    return (n.isScalar() && QString::fromStdString(n.value) == key) || (n.isNull() && key.isEmpty());
}
} // namespace

int YamlTree::resolve(int i) const
{
    for (int hops = 0; i >= 0 && hops < kMaxAliasHops; ++hops) {
        const YamlNode& n = node(i);
        if (n.type != YamlNode::Type::Alias)
            return i;
        i = n.aliasTarget;
    }
    return -1;
}

static int childImpl(const YamlTree& t, int map, QStringView key, bool wantKey, int depth)
{
    map = t.resolve(map);
    if (map < 0 || !t.node(map).isMapping() || depth > kMaxMergeDepth)
        return -1;
    const auto& c = t.node(map).children;
    for (size_t k = 0; k + 1 < c.size(); k += 2) {
        if (keyEquals(t.node(c[k]), key))
            return wantKey ? c[k] : c[k + 1];
    }
    // YAML 1.1 merge keys, which Kubernetes' decoder honours: explicit keys win, then the
    // merged mappings in order.
    for (size_t k = 0; k + 1 < c.size(); k += 2) {
        const YamlNode& kn = t.node(c[k]);
        if (!(kn.isScalar() && kn.value == "<<" && !kn.isQuoted()))
            continue;
        const int v = t.resolve(c[k + 1]);
        if (v < 0)
            continue;
        if (t.node(v).isMapping()) {
            if (int r = childImpl(t, v, key, wantKey, depth + 1); r >= 0)
                return r;
        } else if (t.node(v).isSequence()) {
            for (int m : t.node(v).children) {
                if (int r = childImpl(t, m, key, wantKey, depth + 1); r >= 0)
                    return r;
            }
        }
    }
    return -1;
}

int YamlTree::child(int map, QStringView key) const
{
    return childImpl(*this, map, key, false, 0);
}

int YamlTree::keyNode(int map, QStringView key) const
{
    return childImpl(*this, map, key, true, 0);
}

int YamlTree::item(int seq, qsizetype index) const
{
    seq = resolve(seq);
    if (seq < 0 || !node(seq).isSequence() || index < 0 || index >= qsizetype(node(seq).children.size()))
        return -1;
    return node(seq).children[size_t(index)];
}

YamlTree::PartialMatch YamlTree::findPartial(const FieldPath& path, int from) const
{
    int cur = from == -2 ? root : from;
    PartialMatch m { cur, 0 };
    if (cur < 0)
        return { -1, 0 };
    for (const FieldPath::Segment& s : path.segments()) {
        const int next = s.isIndex() ? item(cur, s.index) : child(cur, s.key);
        if (next < 0)
            return m;
        cur = next;
        m = { cur, m.consumed + 1 };
    }
    return m;
}

int YamlTree::find(const FieldPath& path, int from) const
{
    const PartialMatch m = findPartial(path, from);
    return m.consumed == path.size() ? m.node : -1;
}

FieldPath YamlTree::pathOf(int i) const
{
    QList<FieldPath::Segment> rev;
    while (i >= 0) {
        const int p = node(i).parent;
        if (p < 0)
            break;
        const YamlNode& pn = node(p);
        const auto& c = pn.children;
        for (size_t k = 0; k < c.size(); ++k) {
            if (c[k] != i)
                continue;
            if (pn.isMapping())
                rev.append({ QString::fromStdString(node(c[k & ~size_t(1)]).value), -1 });
            else
                rev.append({ QString(), qsizetype(k) });
            break;
        }
        i = p;
    }
    std::reverse(rev.begin(), rev.end());
    return FieldPath(std::move(rev));
}

QString YamlTree::scalarText(int i) const
{
    i = resolve(i);
    if (i < 0 || !node(i).isScalar())
        return {};
    return QString::fromStdString(node(i).value);
}

YamlTree::ScalarKind YamlTree::scalarKind(int i) const
{
    i = resolve(i);
    if (i < 0 || node(i).isNull())
        return ScalarKind::Null;
    const YamlNode& n = node(i);
    if (!n.isScalar())
        return ScalarKind::String;
    if (n.tag == "?")
        return resolvePlain(QString::fromStdString(n.value));
    if (n.tag == "tag:yaml.org,2002:int")
        return ScalarKind::Int;
    if (n.tag == "tag:yaml.org,2002:bool")
        return ScalarKind::Bool;
    if (n.tag == "tag:yaml.org,2002:float")
        return ScalarKind::Float;
    if (n.tag == "tag:yaml.org,2002:null")
        return ScalarKind::Null;
    return ScalarKind::String;
}

QString YamlTree::stringAt(const FieldPath& path, const QString& fallback, int from) const
{
    const int n = resolve(find(path, from));
    if (n < 0 || !node(n).isScalar())
        return fallback;
    return QString::fromStdString(node(n).value);
}

QVariant YamlTree::toVariant(int i, int budget) const
{
    struct Walker
    {
        const YamlTree& t;
        int budget;
        bool exhausted = false;
        QVariant walk(int n, int depth)
        {
            n = t.resolve(n);
            if (n < 0 || --budget < 0 || depth > 512) {
                exhausted = true;
                return {};
            }
            const YamlNode& nd = t.node(n);
            switch (nd.type) {
            case YamlNode::Type::Mapping: {
                QVariantMap m;
                for (size_t k = 0; k + 1 < nd.children.size() && !exhausted; k += 2)
                    m.insert(t.scalarText(nd.children[k]), walk(nd.children[k + 1], depth + 1));
                return m;
            }
            case YamlNode::Type::Sequence: {
                QVariantList l;
                for (int c : nd.children) {
                    if (exhausted)
                        break;
                    l.append(walk(c, depth + 1));
                }
                return l;
            }
            case YamlNode::Type::Scalar: {
                const QString s = QString::fromStdString(nd.value);
                switch (t.scalarKind(n)) {
                case ScalarKind::Bool:
                    return QVariant(s.size() > 0 && QStringView(u"yYtTo").contains(s.at(0)) && s.toLower() != u"off");
                case ScalarKind::Int: {
                    bool ok = false;
                    const qlonglong v = s.toLongLong(&ok, 0);
                    return ok ? QVariant(v) : QVariant(s);
                }
                case ScalarKind::Float: {
                    bool ok = false;
                    const double v = s.toDouble(&ok);
                    return ok ? QVariant(v) : QVariant(s);
                }
                case ScalarKind::Null:
                    return {};
                case ScalarKind::String:
                    return s;
                }
                return s;
            }
            case YamlNode::Type::Null:
            case YamlNode::Type::Alias:
                return {};
            }
            return {};
        }
    } w { *this, budget };
    return w.walk(i, 0);
}

void YamlTree::shift(qsizetype delta)
{
    if (delta == 0)
        return;
    for (YamlNode& n : nodes) {
        n.range.shift(delta);
        n.valueRange.shift(delta);
    }
}

YamlTree::ScalarKind YamlTree::resolvePlain(QStringView text)
{
    static const QRegularExpression boolRe(
        u"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"_s);
    static const QRegularExpression intRe(u"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                          u"|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"_s);
    static const QRegularExpression floatRe(
        u"^(?:[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        u"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"_s);
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return ScalarKind::Null;
    const QChar c = text.front();
    if (!(c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c.isLetter()))
        return ScalarKind::String;
    if (c.isLetter() && text.size() <= 5 && boolRe.match(text).hasMatch())
        return ScalarKind::Bool;
    if (intRe.match(text).hasMatch())
        return ScalarKind::Int;
    if (text != u"." && floatRe.match(text).hasMatch())
        return ScalarKind::Float;
    return ScalarKind::String;
}

} // namespace bw
