using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Finds the six sections (docs/domain/annual-reports.md §2.1): a line opening with 一…六 and "、", "." or a space. Headings
/// with their anchor word are taken first, in order, then any anchored heading out of order; a heading without one
/// ("一、", "一、工作基本情况") only fills a gap between them. Table 三's row labels (一、本年新收… / 四、结转下年度…) are never headings, nor is "（一）".
/// </summary>
internal static class SectionFinder
{
    private const string Ordinals = "一二三四五六";
    private const int HeadingWindow = 40;
    private const int MaxBareHeading = 20;

    private static readonly string[][] Anchors =
    [
        ["总体", "概述"],
        ["主动公开"],
        ["申请"],
        ["复议", "诉讼"],
        ["问题"],
        ["其他", "其它"],
    ];

    private static readonly string[] TableRowWords = ["本年新收", "上年结转", "本年度办理", "结转下年"];

    private readonly record struct Candidate(int Index, int Ordinal, string Heading, bool HasAnchor);

    /// <summary>Sections in document order; <paramref name="firstLine"/> is the 0-based index of the first body line.</summary>
    public static List<ReportSection> Find(IReadOnlyList<string> lines, int firstLine)
    {
        var sections = Find(lines, firstLine, ReadHeading);

        // Some reports number their six parts "（一）总体情况" … "（六）其他需要报告的事项". Only when the usual "一、" headings
        // are (nearly) absent, and only short headings naming their part, since "（一）" normally opens a sub-item.
        if (sections.Count(s => s.HasAnchor) < 2)
        {
            var bracketed = Find(lines, firstLine, ReadBracketedHeading);
            if (bracketed.Count(s => s.HasAnchor) >= 2)
            {
                return bracketed;
            }
        }

        return sections;
    }

    private static List<ReportSection> Find(IReadOnlyList<string> lines, int firstLine, Func<string, Candidate?> readHeading)
    {
        var candidates = new List<Candidate>();
        for (var i = firstLine; i < lines.Count; i++)
        {
            if (readHeading(lines[i]) is { } candidate)
            {
                candidates.Add(candidate with { Index = i });
            }
        }

        var chosen = new List<Candidate>();
        foreach (var candidate in candidates.Where(c => c.HasAnchor))
        {
            if (chosen.Count == 0 || candidate.Ordinal > chosen[^1].Ordinal)
            {
                chosen.Add(candidate);
            }
        }

        // A heading with its anchor that is out of order ("三、…" printed before "二、…") is still that section: it is
        // kept so S-SECTIONS can say 顺序错误 instead of 缺少. Only a short heading-like line of an ordinal not yet
        // found qualifies, so a numbered prose item ("二、主动公开工作有待加强，…。") is not taken for one.
        foreach (var candidate in candidates.Where(c => c.HasAnchor && !chosen.Contains(c)))
        {
            if (chosen.All(c => c.Ordinal != candidate.Ordinal) && candidate.Heading.Length <= HeadingWindow && !candidate.Heading.Contains('。'))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Index.CompareTo(b.Index));

        foreach (var candidate in candidates.Where(c => !c.HasAnchor))
        {
            var before = chosen.LastOrDefault(c => c.Index < candidate.Index);
            var after = chosen.FirstOrDefault(c => c.Index > candidate.Index);
            var fits = (before.Heading is null || before.Ordinal < candidate.Ordinal)
                && (after.Heading is null || candidate.Ordinal < after.Ordinal)
                && chosen.All(c => c.Ordinal != candidate.Ordinal);
            if (fits)
            {
                chosen.Add(candidate);
                chosen.Sort((a, b) => a.Index.CompareTo(b.Index));
            }
        }

        var sections = new List<ReportSection>(chosen.Count);
        for (var s = 0; s < chosen.Count; s++)
        {
            var start = chosen[s].Index + 1;
            var end = s + 1 < chosen.Count ? chosen[s + 1].Index : lines.Count;
            var body = string.Join('\n', lines.Skip(start).Take(end - start)).Trim();
            sections.Add(new ReportSection(chosen[s].Ordinal, chosen[s].Heading, body, chosen[s].Index + 1, chosen[s].HasAnchor));
        }

        return sections;
    }

    /// <summary>"（二）主动公开政府信息的情况": a short line, bracketed ordinal, with its part's anchor word.</summary>
    private static Candidate? ReadBracketedHeading(string line)
    {
        var text = TextFolding.MatchKey(line);
        if (text.Length is < 4 or > MaxBareHeading + 3 || text[0] != '(' || text[2] != ')' || text.Contains('。') || line.Contains('|'))
        {
            return null;
        }

        var ordinal = Ordinals.IndexOf(text[1]) + 1;
        if (ordinal == 0)
        {
            return null;
        }

        var words = text[3..];
        return Anchors[ordinal - 1].Any(a => words.Contains(a, StringComparison.Ordinal)) && !TableRowWords.Any(w => words.StartsWith(w, StringComparison.Ordinal))
            ? new Candidate(0, ordinal, line.Trim(), HasAnchor: true)
            : null;
    }

    private static Candidate? ReadHeading(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        var ordinal = Ordinals.IndexOf(text[0]) + 1;
        if (ordinal == 0 || (text.Length > 1 && text[1] is not ('、' or '.' or '．' or ' ' or '\t')))
        {
            return null;
        }

        var heading = text.ToString();
        var window = heading.Length > HeadingWindow ? heading[..HeadingWindow] : heading;
        var stop = window.IndexOf('。');
        if (stop > 0)
        {
            window = window[..stop];
        }

        var words = TextFolding.MatchKey(window.Length > 1 ? window[2..] : string.Empty);
        if (TableRowWords.Any(w => words.StartsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }

        var hasAnchor = Anchors[ordinal - 1].Any(a => words.Contains(a, StringComparison.Ordinal));
        if (!hasAnchor && (words.Length > MaxBareHeading || heading.Contains('|')))
        {
            return null;
        }

        return new Candidate(0, ordinal, heading, hasAnchor);
    }
}
