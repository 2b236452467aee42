using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Tells the trial (2019) layout from the 2021 one by the signals of docs/domain/annual-reports.md §3.5, found in the tables only
/// (a narrative mention of 政府集中采购 is not a layout). The year plays no part: S-FORMAT compares the two later.
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] TrialHeaders = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "第二十条第(九)项", "政府集中采购", "采购总金额"];
    private static readonly string[] Format2021Headers = ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额"];

    public const string Table3SixSubRows = "表三（六）其他处理分三项";
    public const string Table3SixSingleRow = "表三（六）其他处理为单行";

    public static (ReportFormat Format, List<string> Signals) Detect(
        IReadOnlyList<string> lines, TableRegion table2, IEnumerable<string> printedTable2Labels, Table3? table3)
    {
        var trial = new List<string>();
        var current = new List<string>();
        for (var i = table2.Start; i < table2.End; i++)
        {
            var key = TextFolding.MatchKey(lines[i]);
            if (key.Length > 200)
            {
                continue;
            }

            AddFound(key, TrialHeaders, trial);
            AddFound(key, Format2021Headers, current);
        }

        foreach (var label in printedTable2Labels)
        {
            if (label == Table2Layout.NormativeDocs2019 || label == Table2Layout.OtherServices)
            {
                AddOnce(trial, label);
            }
            else if (label == Table2Layout.NormativeDocs2021)
            {
                AddOnce(current, label);
            }
        }

        if (table3 is not null)
        {
            if (table3.Row("三(六)1") is not null || table3.Row("三(六)2") is not null || table3.Row("三(六)3") is not null)
            {
                current.Add(Table3SixSubRows);
            }
            else if (table3.Row("三(六)") is not null)
            {
                trial.Add(Table3SixSingleRow);
            }
        }

        var format = trial.Count > current.Count ? ReportFormat.Trial2019
            : current.Count > trial.Count ? ReportFormat.Format2021
            : ReportFormat.Unknown;
        return (format, [.. trial, .. current]);
    }

    private static void AddFound(string key, string[] phrases, List<string> found)
    {
        foreach (var phrase in phrases)
        {
            if (key.Contains(phrase, StringComparison.Ordinal))
            {
                AddOnce(found, phrase);
            }
        }
    }

    private static void AddOnce(List<string> found, string phrase)
    {
        if (!found.Contains(phrase))
        {
            found.Add(phrase);
        }
    }
}
