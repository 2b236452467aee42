using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Reading;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-LABEL: a printed row label of table 二 or 三 within edit distance 2 of its canonical label, but not equal to it
/// after normalisation, is a typo in the label (W naming both). Labels that merely carry extra instruction text or are
/// cut short are accepted; table 二 rows outside the format are noted (I). The model keeps no printed column headers,
/// so column labels are not checked here.
/// </summary>
public sealed partial class LabelCheck : IReportCheck
{
    private const string Id = "S-LABEL";
    private const int MaxTypos = 2;

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Table3 is { } table3)
        {
            foreach (var row in table3.Rows.Values.OrderBy(r => r.Line))
            {
                if (Table3Layout.CanonicalLabels.TryGetValue(row.Key, out var canonical))
                {
                    Compare(context, "表三", row.Key, row.Label, canonical, row.Line);
                }
            }

            foreach (var group in table3.GroupLabels)
            {
                if (Table3Layout.GroupLabels.TryGetValue(group.Key, out var canonical))
                {
                    Compare(context, "表三", group.Key, group.Printed, canonical, group.Line);
                }
            }
        }

        CheckBlockLabels(context);

        if (report.Table2 is { } table2)
        {
            foreach (var row in table2.Rows.Values.OrderBy(r => r.Line))
            {
                Compare(context, "表二", row.Key, row.Label, row.Key, row.Line);
            }

            foreach (var row in table2.ExtraRows)
            {
                context.Add(new ReportIssue(Id, Severity.Hint, $"表二含格式以外的行“{row.Label}”，已接受，不参与检查")
                {
                    Table = "表二",
                    Row = row.Key,
                    Actual = row.Label,
                    Line = row.Line,
                    Discriminator = "extra-row",
                });
            }
        }
    }

    private static void Compare(ReportCheckContext context, string table, string key, string printed, string canonical, int line)
    {
        var printedCore = LabelNormalizer.Core(printed);
        var canonicalCore = LabelNormalizer.Core(canonical);
        if (printedCore.Length == 0 || printedCore == canonicalCore || EditDistance.Between(printedCore, canonicalCore) > MaxTypos)
        {
            return;
        }

        // Extra words (instruction text, the trial layout's 规范性文件 for 行政规范性文件) or a label cut short differ by
        // a word; a single character more or less at either end ("保保护第三方合法权益", "属于行政查询事") is a slip.
        if (Math.Abs(printedCore.Length - canonicalCore.Length) > 1
            && (printedCore.Contains(canonicalCore, StringComparison.Ordinal) || canonicalCore.Contains(printedCore, StringComparison.Ordinal)))
        {
            return;
        }

        context.Add(new ReportIssue(Id, Severity.General, $"{table}行标题“{printedCore}”疑为“{canonicalCore}”之误")
        {
            Table = table,
            Row = key,
            Expected = canonicalCore,
            Actual = printedCore,
            Line = line,
        });
    }

    /// <summary>
    /// Table 二's block labels name their article and item: "第二十条第(五)项". One printed "第二十条(五)项" or
    /// "第二十条第五项" is a label slip. The last line of a cut copy ("第二十条第(八)") is the cut, not a slip.
    /// </summary>
    private static void CheckBlockLabels(ReportCheckContext context)
    {
        var lines = context.Report.Lines;
        var last = lines.Count - 1;
        while (last >= 0 && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        for (var i = 0; i < last; i++)
        {
            var cell = lines[i].Split('|')[0];
            var label = TextFolding.MatchKey(cell);
            if (!label.StartsWith("第二十条", StringComparison.Ordinal) || label.Length > 14 || CanonicalBlock().IsMatch(label)
                || BlockLabel().Match(label) is not { Success: true } block)
            {
                continue;
            }

            var canonical = $"第二十条第({block.Groups["n"].Value})项";
            context.Add(new ReportIssue(Id, Severity.General, $"表二分块标题“{cell.Trim()}”疑为“{canonical}”之误")
            {
                Table = "表二",
                Expected = canonical,
                Actual = cell.Trim(),
                Line = i + 1,
                Discriminator = "block",
            });
        }
    }

    [GeneratedRegex(@"^第二十条第\((一|五|六|八|九|十)\)项$")]
    private static partial Regex CanonicalBlock();

    [GeneratedRegex(@"^第二十条第?\(?(?<n>一|五|六|八|九|十)\)?项?$")]
    private static partial Regex BlockLabel();
}
