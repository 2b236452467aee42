using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-PERIOD: a stated statistics period runs from 1 January to 31 December of the report year, and the title's year
/// is the report year. Dates that cannot be read ("自202111日起至20211231日止") are an error naming the text as printed.
/// The sentence itself is not mandated: without one there is nothing to check.
/// </summary>
public sealed partial class PeriodCheck : IReportCheck
{
    private const string Id = "S-PERIOD";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (report.Year is not { } year)
        {
            context.NotDecidable(Id, "报告年度不明，统计期限检查不可判定");
            return;
        }

        CheckTitleYear(context, year);
        if (report.Period is not { } period)
        {
            context.NotDecidable(Id, "未找到统计期限语句");
            return;
        }

        var expected = $"{year}年1月1日至{year}年12月31日";
        var stated = period.Raw.StartsWith("统计", StringComparison.Ordinal) ? $"“{period.Raw}”" : $"统计期限“{period.Raw}”";
        string? problem = null;
        if (period.Start is not { } start || period.End is not { } end)
        {
            problem = $"{stated}无法识别为有效日期，应为{expected}";
        }
        else if (start.Year != year || end.Year != year)
        {
            problem = $"{stated}与报告年度{year}年不符";
        }
        else if (start != new DateOnly(year, 1, 1) || end != new DateOnly(year, 12, 31))
        {
            problem = $"{stated}应为{expected}";
        }

        if (problem is not null)
        {
            context.Add(new ReportIssue(Id, Severity.Serious, problem)
            {
                Expected = expected,
                Actual = period.Raw,
                Line = period.Line,
            });
        }
    }

    private static void CheckTitleYear(ReportCheckContext context, int year)
    {
        if (context.Report.Title is not { } title || TitleYear().Match(title) is not { Success: true } match)
        {
            return;
        }

        var titleYear = int.Parse(match.Value, CultureInfo.InvariantCulture);
        if (titleYear != year)
        {
            context.Add(new ReportIssue(Id, Severity.Serious, $"标题“{title}”中的年度{titleYear}年与报告年度{year}年不符")
            {
                Expected = year.ToString(CultureInfo.InvariantCulture),
                Actual = match.Value,
                Discriminator = "title",
            });
        }
    }

    [GeneratedRegex("(?<![0-9])(19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex TitleYear();
}
