// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

#include "parseproblem.h"
#include "yamltree.h"

namespace bw {

// Parses YAML with yaml-cpp and adds what yaml-cpp does not give: the byte range of every
// node, the style it was written in, duplicate keys, tabs used as indentation, and a bound
// on alias expansion.
class YamlParser
{
public:
    struct Result
    {
        YamlTree tree;
        std::vector<ParseProblem> problems;
        bool syntaxError = false;
    };

    // Splits a multi-document file at its `---` / `...` lines without parsing, so every
    // document can be parsed (and re-parsed after an edit) on its own. The ranges cover
    // [begin, text.size()) without gaps; comment-only text before the first `---` joins the
    // first document.
    static std::vector<SourceRange> splitDocuments(const QByteArray& text, qsizetype begin = 0);

    static Result parse(const QByteArray& text, SourceRange segment, const ParseLimits& limits = {});

    // First invalid UTF-8 byte at or after `begin`, or -1.
    // Looks at the sequences starting in [begin, end) (end -1: the end of the text).
    static qsizetype findInvalidUtf8(const QByteArray& text, qsizetype begin = 0, qsizetype end = -1);
};

} // namespace bw
