// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlparser.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace bw {

namespace {

// Gives lupdate and the runtime the same translation context.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(bw::YamlParser)
};

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// Reads the text around yaml-cpp's marks to find where nodes end. yaml-cpp only reports
// where a node starts; everything here follows the YAML 1.2 productions for the end of each
// scalar style and for flow collections.
class RangeScanner
{
public:
    RangeScanner(const char* text, qsizetype end)
        : t(text)
        , n(end)
    { }

    [[nodiscard]] char at(qsizetype p) const { return p >= 0 && p < n ? t[p] : '\0'; }

    qsizetype skipBlanks(qsizetype p) const
    {
        while (p < n && isBlank(t[p]))
            ++p;
        return p;
    }

    // Skips blanks, line breaks and comments.
    qsizetype skipSpace(qsizetype p) const
    {
        while (p < n) {
            if (isBlank(t[p]) || isBreak(t[p])) {
                ++p;
            } else if (t[p] == '#' && (p == 0 || isBlank(t[p - 1]) || isBreak(t[p - 1]))) {
                while (p < n && !isBreak(t[p]))
                    ++p;
            } else {
                break;
            }
        }
        return p;
    }

    qsizetype lineEnd(qsizetype p) const
    {
        while (p < n && !isBreak(t[p]))
            ++p;
        return p;
    }

    qsizetype lineStart(qsizetype p) const
    {
        while (p > 0 && !isBreak(t[p - 1]))
            --p;
        return p;
    }

    qsizetype nextLine(qsizetype p) const
    {
        p = lineEnd(p);
        if (p < n && t[p] == '\r')
            ++p;
        if (p < n && t[p] == '\n')
            ++p;
        return p;
    }

    int indentOf(qsizetype lineBegin) const
    {
        int i = 0;
        while (lineBegin + i < n && t[lineBegin + i] == ' ')
            ++i;
        return i;
    }

    // Skips `&anchor` and `!tag` properties and the space after them.
    qsizetype skipProperties(qsizetype p) const
    {
        for (int guard = 0; guard < 8; ++guard) {
            const char c = at(p);
            if (c == '&' || c == '*') {
                ++p;
                while (p < n && !isBlank(t[p]) && !isBreak(t[p]) && !isFlowIndicator(t[p]))
                    ++p;
            } else if (c == '!') {
                ++p;
                if (at(p) == '<') {
                    while (p < n && t[p] != '>' && !isBreak(t[p]))
                        ++p;
                    if (at(p) == '>')
                        ++p;
                } else {
                    while (p < n && !isBlank(t[p]) && !isBreak(t[p]) && !isFlowIndicator(t[p]))
                        ++p;
                }
            } else {
                return p;
            }
            p = skipSpace(p);
        }
        return p;
    }

    qsizetype anchorNameEnd(qsizetype p) const
    {
        ++p; // '*' or '&'
        while (p < n && !isBlank(t[p]) && !isBreak(t[p]) && !isFlowIndicator(t[p]))
            ++p;
        return p;
    }

    qsizetype doubleQuotedEnd(qsizetype p) const
    {
        for (++p; p < n; ++p) {
            if (t[p] == '\\')
                ++p;
            else if (t[p] == '"')
                return p + 1;
        }
        return -1;
    }

    qsizetype singleQuotedEnd(qsizetype p) const
    {
        for (++p; p < n; ++p) {
            if (t[p] == '\'') {
                if (at(p + 1) == '\'')
                    ++p;
                else
                    return p + 1;
            }
        }
        return -1;
    }

    // End of the plain-scalar text on one line, trailing blanks trimmed.
    qsizetype plainLineEnd(qsizetype start, bool flow) const
    {
        qsizetype p = start;
        while (p < n && !isBreak(t[p])) {
            const char c = t[p];
            if (c == ':') {
                const char nx = at(p + 1);
                if (p + 1 >= n || isBlank(nx) || isBreak(nx) || (flow && isFlowIndicator(nx)))
                    break;
            } else if (c == '#' && p > start && isBlank(t[p - 1])) {
                break;
            } else if (flow && isFlowIndicator(c)) {
                break;
            }
            ++p;
        }
        while (p > start && isBlank(t[p - 1]))
            --p;
        return p;
    }

    // A plain scalar may continue over several lines, folded into one value. The value
    // yaml-cpp decoded tells us how many lines it took.
    qsizetype plainEnd(qsizetype start, bool flow, const std::string& value) const
    {
        const qsizetype first = plainLineEnd(start, flow);
        if (qsizetype(value.size()) == first - start)
            return first;
        std::string folded(t + start, size_t(first - start));
        qsizetype end = first;
        qsizetype p = first;
        for (int lines = 0; lines < 10000 && folded.size() < value.size(); ++lines) {
            int emptyLines = 0;
            p = nextLine(p);
            while (p < n) {
                const qsizetype q = skipBlanks(p);
                if (q < n && !isBreak(t[q]))
                    break;
                ++emptyLines;
                p = nextLine(q);
            }
            p = skipBlanks(p);
            if (p >= n || t[p] == '#')
                break;
            const qsizetype e = plainLineEnd(p, flow);
            if (e == p)
                break;
            folded += emptyLines > 0 ? std::string(size_t(emptyLines), '\n') : std::string(" ");
            folded.append(t + p, size_t(e - p));
            end = e;
            if (folded == value)
                return end;
            p = e;
        }
        return folded == value ? end : first;
    }

    qsizetype blockScalarEnd(qsizetype start, bool hasContent) const
    {
        qsizetype p = start + 1;
        int explicitIndent = 0;
        while (p < n && (t[p] == '+' || t[p] == '-' || (t[p] >= '1' && t[p] <= '9'))) {
            if (t[p] >= '1' && t[p] <= '9')
                explicitIndent = t[p] - '0';
            ++p;
        }
        const qsizetype headerEnd = p;
        if (!hasContent)
            return headerEnd;
        const int headerIndent = indentOf(lineStart(start));
        int contentIndent = explicitIndent > 0 ? headerIndent + explicitIndent : -1;
        qsizetype lastContentEnd = headerEnd;
        qsizetype line = nextLine(headerEnd);
        while (line < n) {
            const int ind = indentOf(line);
            const qsizetype afterIndent = line + ind;
            const qsizetype q = skipBlanks(afterIndent);
            const bool blank = q >= n || isBreak(t[q]);
            if (!blank) {
                if (contentIndent < 0)
                    contentIndent = ind;
                if (ind < contentIndent)
                    break;
                lastContentEnd = lineEnd(line);
            }
            line = nextLine(line);
        }
        return lastContentEnd;
    }

    // Finds the closing bracket of a flow collection, scanning from the end of its last
    // child (or just after the opening bracket).
    qsizetype flowEnd(qsizetype from, char close) const
    {
        qsizetype p = from;
        while (p < n) {
            p = skipSpace(p);
            if (p >= n)
                break;
            const char c = t[p];
            if (c == close)
                return p + 1;
            if (c == ',' || c == ':' || c == '?') {
                ++p;
                continue;
            }
            break;
        }
        return bracketMatchEnd(from, close);
    }

    // Fallback: bracket matching that knows about quotes and comments.
    qsizetype bracketMatchEnd(qsizetype p, char close) const
    {
        int depth = 0;
        while (p < n) {
            const char c = t[p];
            if (c == '"' || c == '\'') {
                p = c == '"' ? doubleQuotedEnd(p) : singleQuotedEnd(p);
                if (p < 0)
                    return n;
                continue;
            }
            if (c == '#' && p > 0 && (isBlank(t[p - 1]) || isBreak(t[p - 1]))) {
                p = lineEnd(p);
                continue;
            }
            if (c == '[' || c == '{')
                ++depth;
            if (c == ']' || c == '}') {
                if (depth == 0 && c == close)
                    return p + 1;
                --depth;
            }
            ++p;
        }
        return n;
    }

    // Is the text at p an explicit null (`~`, `null`, or bare properties) rather than the
    // next token? Returns its end, or -1.
    qsizetype explicitNullEnd(qsizetype p) const
    {
        qsizetype q = p;
        bool sawProperties = false;
        while (at(q) == '&' || at(q) == '!') {
            sawProperties = true;
            q = anchorNameEnd(q);
            const qsizetype afterBlanks = skipBlanks(q);
            if (at(afterBlanks) != '&' && at(afterBlanks) != '!') {
                const qsizetype tok = tokenEnd(afterBlanks);
                return tok > afterBlanks ? tok : q;
            }
            q = afterBlanks;
        }
        if (sawProperties)
            return q;
        const qsizetype tok = tokenEnd(q);
        return tok > q ? tok : -1;
    }

private:
    qsizetype tokenEnd(qsizetype p) const
    {
        auto matches = [&](const char* word) {
            const qsizetype len = qsizetype(strlen(word));
            if (p + len > n || memcmp(t + p, word, size_t(len)) != 0)
                return false;
            const char nx = at(p + len);
            return p + len >= n || isBlank(nx) || isBreak(nx) || isFlowIndicator(nx) || nx == '#';
        };
        for (const char* w : { "~", "null", "Null", "NULL" }) {
            if (matches(w))
                return p + qsizetype(strlen(w));
        }
        return p;
    }

    const char* t;
    qsizetype n;
};

struct DepthExceeded
{
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(
        const QByteArray& text, qsizetype base, qsizetype end, const ParseLimits& limits, YamlParser::Result& out)
        : m_scan(text.constData(), end)
        , m_base(base)
        , m_end(end)
        , m_limits(limits)
        , m_out(out)
    { }

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { ++m_documents; }

    void OnAnchor(const YAML::Mark&, const std::string& name) override { m_pendingAnchor = name; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        if (skip())
            return;
        const qsizetype at = abs(mark);
        const int parent = top();
        YamlNode nd;
        nd.type = YamlNode::Type::Null;
        qsizetype begin = at;
        if (parent >= 0) {
            const YamlNode& p = tree().node(parent);
            if (p.isMapping() && p.children.size() % 2 == 1) {
                begin = afterIndicator(tree().node(p.children.back()).range.end, ':');
            } else if (p.isSequence() && !p.isFlow()) {
                const qsizetype from
                    = p.children.empty() ? p.valueRange.begin : tree().node(p.children.back()).range.end;
                begin = afterIndicator(from, '-');
            }
        }
        const qsizetype explicitEnd = m_scan.explicitNullEnd(at);
        if (explicitEnd > at && at >= begin) {
            nd.range = { at, explicitEnd };
            nd.valueRange = { m_scan.skipProperties(at), explicitEnd };
            if (nd.valueRange.begin > explicitEnd)
                nd.valueRange.begin = explicitEnd;
        } else {
            nd.range = { begin, begin };
            nd.valueRange = nd.range;
        }
        add(std::move(nd), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        if (skip())
            return;
        const qsizetype at = abs(mark);
        YamlNode nd;
        nd.type = YamlNode::Type::Alias;
        nd.range = { at, m_scan.anchorNameEnd(at) };
        nd.valueRange = nd.range;
        if (auto it = m_anchors.find(anchor); it != m_anchors.end())
            nd.aliasTarget = it->second;
        add(std::move(nd), 0);
    }

    void OnScalar(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override
    {
        if (skip())
            return;
        const qsizetype at = abs(mark);
        YamlNode nd;
        nd.type = YamlNode::Type::Scalar;
        nd.tag = tag;
        nd.value = value;
        const qsizetype vs = m_scan.skipProperties(at);
        qsizetype end = vs;
        switch (m_scan.at(vs)) {
        case '"':
        case '\'':
            nd.style = m_scan.at(vs) == '"' ? YamlNode::Style::DoubleQuoted : YamlNode::Style::SingleQuoted;
            end = nd.style == YamlNode::Style::DoubleQuoted ? m_scan.doubleQuotedEnd(vs) : m_scan.singleQuotedEnd(vs);
            if (end < 0) {
                // yaml-cpp accepts a quoted string that runs to the end of the input; the
                // API server's YAML reader does not, and it always means a forgotten quote.
                ParseProblem p;
                p.code = QStringLiteral("BW0001");
                p.message = Strings::tr("YAML syntax error: this quoted string is never closed (no matching %1)")
                                .arg(QLatin1Char(m_scan.at(vs)));
                p.range = { vs, vs + 1 };
                m_out.problems.push_back(std::move(p));
                m_out.syntaxError = true;
                end = m_end;
            }
            break;
        case '|':
        case '>':
            // A plain scalar cannot start with these, so this is a block scalar header.
            nd.style = m_scan.at(vs) == '|' ? YamlNode::Style::Literal : YamlNode::Style::Folded;
            end = m_scan.blockScalarEnd(vs, !value.empty());
            break;
        default:
            nd.style = YamlNode::Style::Plain;
            end = m_scan.plainEnd(vs, m_flowDepth > 0, value);
            break;
        }
        nd.range = { at, end };
        nd.valueRange = { vs, end };
        add(std::move(nd), anchor);
    }

    void OnSequenceStart(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        startCollection(YamlNode::Type::Sequence, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { endCollection(']'); }

    void OnMapStart(
        const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        startCollection(YamlNode::Type::Mapping, mark, tag, anchor, style);
    }
    void OnMapEnd() override { endCollection('}'); }

    [[nodiscard]] int documents() const { return m_documents; }

private:
    YamlTree& tree() { return m_out.tree; }
    [[nodiscard]] int top() const { return m_stack.empty() ? -1 : m_stack.back(); }
    qsizetype abs(const YAML::Mark& m) const { return m_base + m.pos; }
    // Events after the first document, or deeper than the limit, are not recorded.
    bool skip()
    {
        if (m_documents > 0)
            return true;
        if (m_tooDeep > 0)
            return true;
        return false;
    }

    qsizetype afterIndicator(qsizetype from, char indicator) const
    {
        const qsizetype p = m_scan.skipSpace(from);
        return m_scan.at(p) == indicator ? p + 1 : from;
    }

    int add(YamlNode&& nd, YAML::anchor_t anchor)
    {
        const int index = int(tree().nodes.size());
        nd.parent = top();
        if (!m_pendingAnchor.empty()) {
            nd.anchor = std::move(m_pendingAnchor);
            m_pendingAnchor.clear();
        }
        if (anchor != 0)
            m_anchors[anchor] = index;
        tree().nodes.push_back(std::move(nd));
        if (index == 0 || top() < 0) {
            if (tree().root < 0)
                tree().root = index;
        } else {
            YamlNode& p = tree().nodes[size_t(top())];
            if (p.isMapping() && p.children.size() % 2 == 0)
                checkDuplicateKey(index);
            tree().nodes[size_t(top())].children.push_back(index);
        }
        return index;
    }

    void checkDuplicateKey(int keyIndex)
    {
        const YamlNode& key = tree().node(keyIndex);
        if (!key.isScalar() || m_keySets.empty())
            return;
        auto& seen = m_keySets.back();
        if (auto [it, inserted] = seen.emplace(key.value, keyIndex); !inserted) {
            ParseProblem p;
            p.code = QStringLiteral("BW0003");
            p.message = Strings::tr(
                "duplicate key \"%1\" in this mapping; the API server rejects it and other tools keep only "
                "one of the values")
                            .arg(QString::fromStdString(key.value));
            p.range = key.valueRange;
            m_duplicateKeys.push_back(std::move(p));
        }
    }

    void startCollection(YamlNode::Type type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
        YAML::EmitterStyle::value style)
    {
        if (skip()) {
            if (m_tooDeep > 0)
                ++m_tooDeep;
            return;
        }
        if (int(m_stack.size()) >= m_limits.maxDepth) {
            m_tooDeep = 1;
            ParseProblem p;
            p.code = QStringLiteral("BW0011");
            p.message = Strings::tr("nesting is deeper than %1 levels; the rest of this document was not read")
                            .arg(m_limits.maxDepth);
            p.range = { abs(mark), abs(mark) + 1 };
            m_out.problems.push_back(std::move(p));
            return;
        }
        const qsizetype at = abs(mark);
        YamlNode nd;
        nd.type = type;
        nd.tag = tag;
        nd.style = style == YAML::EmitterStyle::Flow ? YamlNode::Style::Flow : YamlNode::Style::Block;
        const qsizetype vs = m_scan.skipProperties(at);
        nd.range = { at, vs };
        nd.valueRange = { vs, vs };
        const int index = add(std::move(nd), anchor);
        m_stack.push_back(index);
        if (style == YAML::EmitterStyle::Flow)
            ++m_flowDepth;
        m_keySets.emplace_back(); // one per open collection so it pops with it; only mappings fill theirs
    }

    void endCollection(char close)
    {
        if (m_tooDeep > 0) {
            --m_tooDeep;
            return;
        }
        if (m_documents > 0 || m_stack.empty())
            return;
        const int index = m_stack.back();
        m_stack.pop_back();
        m_keySets.pop_back();
        YamlNode& nd = tree().nodes[size_t(index)];
        qsizetype end = nd.valueRange.begin;
        for (int c : nd.children)
            end = std::max(end, tree().node(c).range.end);
        if (nd.isFlow()) {
            --m_flowDepth;
            const char closing = nd.isMapping() ? '}' : close;
            end = m_scan.flowEnd(nd.children.empty() ? nd.valueRange.begin + 1 : end, closing);
        }
        nd.range.end = end;
        nd.valueRange.end = end;
    }

public:
    std::vector<ParseProblem> m_duplicateKeys;

private:
    RangeScanner m_scan;
    qsizetype m_base;
    qsizetype m_end;
    const ParseLimits& m_limits;
    YamlParser::Result& m_out;
    std::vector<int> m_stack;
    std::vector<std::unordered_map<std::string, int>> m_keySets;
    std::unordered_map<YAML::anchor_t, int> m_anchors;
    std::string m_pendingAnchor;
    int m_flowDepth = 0;
    int m_documents = 0;
    int m_tooDeep = 0;
};

// Counts the nodes of a document as if every alias were expanded, stopping at the limit.
// Memoised over the DAG, so an alias bomb costs time linear in its text, not its expansion.
void checkAliasExpansion(YamlParser::Result& r, const ParseLimits& limits)
{
    const YamlTree& t = r.tree;
    const size_t count = t.nodes.size();
    bool hasAlias = false;
    for (const YamlNode& nd : t.nodes)
        hasAlias = hasAlias || nd.type == YamlNode::Type::Alias;
    if (!hasAlias)
        return;
    const qsizetype limit = limits.maxExpandedNodes;
    std::vector<qsizetype> size(count, -1); // -1 unknown, -2 in progress
    struct Frame
    {
        int node;
        size_t next;
        qsizetype acc;
    };
    for (size_t start = 0; start < count; ++start) {
        if (size[start] >= 0)
            continue;
        std::vector<Frame> stack { { int(start), 0, 1 } };
        size[start] = -2;
        while (!stack.empty()) {
            Frame& f = stack.back();
            const YamlNode& nd = t.node(f.node);
            int nextChild = -1;
            if (nd.type == YamlNode::Type::Alias) {
                if (f.next == 0 && nd.aliasTarget >= 0)
                    nextChild = nd.aliasTarget;
            } else if (f.next < nd.children.size()) {
                nextChild = nd.children[f.next];
            }
            if (nextChild >= 0) {
                ++f.next;
                const qsizetype s = size[size_t(nextChild)];
                if (s == -2) {
                    ParseProblem p;
                    p.code = QStringLiteral("BW0009");
                    p.message = Strings::tr(
                        "this alias refers to a node that contains it; recursive aliases are not allowed");
                    p.range = nd.range;
                    r.problems.push_back(std::move(p));
                    r.syntaxError = true;
                    return;
                }
                if (s >= 0) {
                    f.acc = std::min(limit + 1, f.acc + s - (nd.type == YamlNode::Type::Alias ? 1 : 0));
                } else {
                    size[size_t(nextChild)] = -2;
                    stack.push_back({ nextChild, 0, 1 });
                    continue;
                }
            } else {
                const qsizetype total = f.acc;
                size[size_t(f.node)] = total;
                stack.pop_back();
                if (total > limit) {
                    ParseProblem p;
                    p.code = QStringLiteral("BW0009");
                    p.message = Strings::tr("aliases here expand to more than %1 nodes; refusing a possible alias bomb "
                                            "(the API server refuses excessive aliasing too)")
                                    .arg(limit);
                    int at = f.node;
                    // Point at the alias that pushed it over, which is what the user must change.
                    for (size_t i = 0; i < count; ++i) {
                        if (t.node(int(i)).type == YamlNode::Type::Alias && size[i] > limit / 16) {
                            at = int(i);
                            break;
                        }
                    }
                    p.range = t.node(at).range;
                    r.problems.push_back(std::move(p));
                    r.syntaxError = true;
                    return;
                }
                if (!stack.empty()) {
                    Frame& parent = stack.back();
                    const bool parentIsAlias = t.node(parent.node).type == YamlNode::Type::Alias;
                    parent.acc = std::min(limit + 1, parent.acc + total - (parentIsAlias ? 1 : 0));
                }
            }
        }
    }
}

qsizetype findTabIndentation(const QByteArray& text, SourceRange seg, qsizetype upTo)
{
    const char* t = text.constData();
    qsizetype line = seg.begin;
    while (line < seg.end && line <= upTo) {
        qsizetype p = line;
        while (p < seg.end && t[p] == ' ')
            ++p;
        if (p < seg.end && t[p] == '\t') {
            qsizetype q = p;
            while (q < seg.end && (t[q] == '\t' || t[q] == ' '))
                ++q;
            if (q < seg.end && !isBreak(t[q]) && t[q] != '#')
                return p;
        }
        while (line < seg.end && t[line] != '\n')
            ++line;
        ++line;
    }
    return -1;
}

} // namespace

std::vector<SourceRange> YamlParser::splitDocuments(const QByteArray& text, qsizetype begin)
{
    std::vector<SourceRange> out;
    const char* t = text.constData();
    const qsizetype n = text.size();
    auto marker = [&](qsizetype p, char c) {
        return p + 3 <= n && t[p] == c && t[p + 1] == c && t[p + 2] == c
            && (p + 3 == n || isBlank(t[p + 3]) || isBreak(t[p + 3]));
    };
    qsizetype segStart = begin;
    bool sawStart = false;
    bool sawContent = false;
    qsizetype line = begin;
    while (line < n) {
        qsizetype next = line;
        while (next < n && t[next] != '\n')
            ++next;
        if (next < n)
            ++next;
        if (marker(line, '-')) {
            if (sawStart || sawContent) {
                out.push_back({ segStart, line });
                segStart = line;
                sawContent = false;
            }
            sawStart = true;
        } else if (marker(line, '.')) {
            if (next < n) {
                out.push_back({ segStart, next });
                segStart = next;
            }
            sawStart = false;
            sawContent = false;
        } else if (!sawContent) {
            qsizetype p = line;
            while (p < next && (isBlank(t[p]) || isBreak(t[p])))
                ++p;
            if (p < next && t[p] != '#' && t[p] != '%')
                sawContent = true;
        }
        line = next;
    }
    if (segStart < n || out.empty())
        out.push_back({ segStart, n });
    return out;
}

qsizetype YamlParser::findInvalidUtf8(const QByteArray& text, qsizetype begin, qsizetype end)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype n = text.size();
    const qsizetype stop = end < 0 ? n : std::min(end, n);
    qsizetype i = begin;
    while (i < stop) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

YamlParser::Result YamlParser::parse(const QByteArray& text, SourceRange segment, const ParseLimits& limits)
{
    Result r;
    const std::string input(text.constData() + segment.begin, size_t(segment.length()));
    std::istringstream stream(input);
    TreeBuilder builder(text, segment.begin, segment.end, limits, r);
    try {
        YAML::Parser parser(stream);
        while (builder.documents() == 0 && parser.HandleNextDocument(builder)) { }
    } catch (const YAML::Exception& e) {
        r.syntaxError = true;
        const qsizetype at = std::clamp<qsizetype>(segment.begin + qsizetype(e.mark.pos), segment.begin, segment.end);
        ParseProblem p;
        if (const qsizetype tab = findTabIndentation(text, segment, at); tab >= 0) {
            p.code = QStringLiteral("BW0002");
            p.message = Strings::tr("tab character used for indentation; YAML allows only spaces here");
            p.range = { tab, tab + 1 };
        } else if (dynamic_cast<const YAML::DeepRecursion*>(&e)) {
            p.code = QStringLiteral("BW0011");
            p.message = Strings::tr("nesting is too deep to read safely");
            p.range = { at, std::min(at + 1, segment.end) };
        } else {
            p.code = QStringLiteral("BW0001");
            p.message = Strings::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg));
            p.range = { at, std::min(at + 1, segment.end) };
        }
        r.problems.push_back(std::move(p));
    }
    for (auto& p : builder.m_duplicateKeys)
        r.problems.push_back(std::move(p));
    if (!r.syntaxError)
        checkAliasExpansion(r, limits);
    return r;
}

} // namespace bw
