using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// The report's prose: the preamble and each section body without the flattened table lines (lines with "|", lines
/// that hold only numbers or placeholders, and table 三 row labels with or without their values). Computed once per
/// report.
/// </summary>
public static partial class NarrativeText
{
    private static readonly ConditionalWeakTable<AnnualReport, IReadOnlyList<NarrativeBlock>> Cache = [];

    public static IReadOnlyList<NarrativeBlock> Blocks(AnnualReport report) => Cache.GetValue(report, Build);

    private static IReadOnlyList<NarrativeBlock> Build(AnnualReport report)
    {
        var blocks = new List<NarrativeBlock>();
        if (!string.IsNullOrWhiteSpace(report.Preamble))
        {
            blocks.Add(Block(0, report.Preamble, FirstLineOf(report, report.Preamble)));
        }

        foreach (var section in report.Sections)
        {
            blocks.Add(Block(section.Ordinal, section.Body, section.Line + 1));
        }

        return blocks;
    }

    private static NarrativeBlock Block(int section, string body, int firstLine)
    {
        var text = new StringBuilder();
        var starts = new List<(int Offset, int Line)>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (IsTableLine(line))
            {
                continue;
            }

            starts.Add((text.Length, firstLine > 0 ? firstLine + i : 0));
            text.Append(line).Append('\n');
        }

        return new NarrativeBlock(section, text.ToString(), starts);
    }

    private static bool IsTableLine(string line)
    {
        if (line.Contains('|', StringComparison.Ordinal))
        {
            return true;
        }

        var trimmed = line.Trim();
        if (trimmed.Length > 0 && trimmed.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '.' or '/' or '-' or '—' or '无' or '空'))
        {
            return true;
        }

        // A table 三 row label on its own line (one cell per line) or before its space-separated values (PDF text):
        // "2.申请人逾期未按收费通知要求缴纳费用…" is the table's wording, not the report's prose.
        var words = TrailingCells().Replace(trimmed, string.Empty);
        return words.Length is > 0 and <= MaxLabelLength && !words.Contains('。', StringComparison.Ordinal)
            && Table3Label.Match(words, currentGroup: null) is not null;
    }

    private const int MaxLabelLength = 80;

    [GeneratedRegex(@"(\s+([0-9]+|[-—/／无空]))+\s*$")]
    private static partial Regex TrailingCells();

    private static int FirstLineOf(AnnualReport report, string text)
    {
        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (first is null)
        {
            return 0;
        }

        for (var i = 0; i < report.Lines.Count; i++)
        {
            if (report.Lines[i].Trim() == first)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
