using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos.Lexicon;
using ComplianceFns.Rules.Typos.Matching;

namespace ComplianceFns.Rules.Typos.Outdated;

/// <summary>
/// Abolished organ names (环境保护局, 卫生计生委 …) on pages dated after the change (严重). Without a page date nothing
/// is flagged. Old names stay correct in history: after 原, in clauses about the reform (更名为, 组建, 撤销, 改为 …),
/// in 部门 (文化部门, 农业部门), and in a 《title》 that carries a year up to the change (an old document's name).
/// A title without such a year is flagged: a document issued under the old name after the reform is itself wrong.
/// </summary>
public sealed class OutdatedNameLayer : ITypoLayer
{
    private const int OriginLookBehind = 10;
    private const int TitleTailLength = 30;
    private const int MaxNameLength = 32;
    private static readonly string[] ReformWords = ["更名为", "更名", "组建", "撤销", "改为", "划入", "整合", "不再保留", "挂牌", "转隶", "合并"];
    private static readonly Regex Year = new(@"(?:19|20)\d{2}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Lazy<AhoCorasick<OutdatedName>> Names = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The abolished names with their change dates, as loaded from outdated-names.txt.</summary>
    public static IEnumerable<OutdatedName> Table =>
        EmbeddedData.ReadColumns("outdated-names.txt").Where(c => c.Length >= 3).Select(Parse);

    public void Detect(string text, TypoContext context, List<TypoHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        if (context?.PageDate is not { } pageDate)
        {
            return;
        }

        var matches = Names.Value.FindAll(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var name = match.Value;
            if (pageDate <= name.ChangedOn
                || (name.After is { } after && (match.Start == 0 || !after.Contains(text[match.Start - 1])))
                || IsInsideLongerMatch(matches, i)
                || (match.End < text.Length && text[match.End] == '门')
                || IsHistorical(text, match.Start, match.End, name))
            {
                continue;
            }

            hits.Add(new TypoHit(match.Start, match.End, name.OldName, name.NewName, "typo.outdated-name", Severity.Serious,
                $"机构改革后“{name.OldName}”已更名为“{name.NewName}”（{name.ChangedOn:yyyy年M月d日}起），页面日期为{pageDate:yyyy年M月d日}"));
        }
    }

    // Matches come ordered by end; a longer name covering this one ends at most MaxNameLength later.
    private static bool IsInsideLongerMatch(List<AhoCorasickMatch<OutdatedName>> matches, int index)
    {
        var match = matches[index];
        for (var j = index + 1; j < matches.Count && matches[j].End - match.End <= MaxNameLength; j++)
        {
            if (Covers(matches[j], match))
            {
                return true;
            }
        }

        for (var j = index - 1; j >= 0 && matches[j].End == match.End; j--)
        {
            if (Covers(matches[j], match))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(AhoCorasickMatch<OutdatedName> outer, AhoCorasickMatch<OutdatedName> inner) =>
        outer.End - outer.Start > inner.End - inner.Start && outer.Start <= inner.Start && outer.End >= inner.End;

    private static bool IsHistorical(string text, int start, int end, OutdatedName name)
    {
        var clauseStart = start;
        while (clauseStart > 0 && !IsClauseBreak(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var clauseEnd = end;
        while (clauseEnd < text.Length && !IsClauseBreak(text[clauseEnd]))
        {
            clauseEnd++;
        }

        if (text.IndexOf('原', Math.Max(clauseStart, start - OriginLookBehind), start - Math.Max(clauseStart, start - OriginLookBehind)) >= 0)
        {
            return true;
        }

        var clause = text.AsSpan(clauseStart, clauseEnd - clauseStart);
        foreach (var word in ReformWords)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return IsInOldTitle(text, start, end, name.ChangedOn.Year);
    }

    private static bool IsInOldTitle(string text, int start, int end, int changeYear)
    {
        var open = text.LastIndexOf('《', start);
        if (open < 0 || text.LastIndexOf('》', start) > open)
        {
            return false;
        }

        var close = text.IndexOf('》', end);
        if (close < 0)
        {
            return false;
        }

        var tailEnd = Math.Min(text.Length, close + 1 + TitleTailLength);
        foreach (Match year in Year.Matches(text[open..tailEnd]))
        {
            if (int.Parse(year.Value, CultureInfo.InvariantCulture) <= changeYear)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreak(char c) => c is '，' or '。' or '；' or '！' or '？' or '\n' or ',' or ';';

    private static OutdatedName Parse(string[] columns) =>
        new(columns[0], columns[1], DateOnly.ParseExact(columns[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            columns.Length > 3 && columns[3].Length > 0 ? columns[3] : null);

    private static AhoCorasick<OutdatedName> Load() =>
        new(Table.Select(n => new KeyValuePair<string, OutdatedName>(n.OldName, n)));
}
