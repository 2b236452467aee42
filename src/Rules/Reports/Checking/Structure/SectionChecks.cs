using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-SECTIONS: the six sections are present and in order; a section whose heading lacks its anchor word is present
/// but its heading is reported (W). On a partial copy, sections after the last one found are 不可判定, not missing.
/// </summary>
public sealed class SectionChecks : IReportCheck
{
    private const string Id = "S-SECTIONS";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        var present = report.Sections.Select(s => s.Ordinal).Where(o => o is >= 1 and <= 6).ToHashSet();
        var lastFound = present.Count > 0 ? present.Max() : 0;
        var firstFound = present.Count > 0 ? present.Min() : 7;
        var beyondCut = new List<int>();
        var beforeCopy = new List<int>();
        for (var ordinal = 1; ordinal <= 6; ordinal++)
        {
            if (present.Contains(ordinal))
            {
                continue;
            }

            if (report.DeclaredPartial && ordinal > lastFound)
            {
                beyondCut.Add(ordinal);
                continue;
            }

            // A partial copy may also start late (one page of a PDF flip-book): sections before the first one found
            // were not retrieved, which says nothing about the report.
            if (report.DeclaredPartial && ordinal < firstFound)
            {
                beforeCopy.Add(ordinal);
                continue;
            }

            var name = SectionNames.Name(ordinal, report.Year);
            context.Add(new ReportIssue(Id, Severity.Serious, $"年度报告缺少第{SectionNames.Ordinal(ordinal)}部分“{name}”")
            {
                Row = SectionNames.Ordinal(ordinal),
                Expected = $"{SectionNames.Ordinal(ordinal)}、{name}",
                Actual = string.Empty,
            });
        }

        if (beforeCopy.Count > 0)
        {
            context.NotDecidable(Id, $"副本不完整，{SectionNames.Parts(beforeCopy)}不在副本中（副本从第{SectionNames.Ordinal(firstFound)}部分开始），是否缺少不可判定");
        }

        if (beyondCut.Count > 0)
        {
            context.NotDecidable(Id, $"副本不完整，{SectionNames.Parts(beyondCut)}在副本截止之后，是否缺少不可判定");
        }

        for (var i = 1; i < report.Sections.Count; i++)
        {
            var before = report.Sections[i - 1];
            var section = report.Sections[i];
            if (section.Ordinal <= before.Ordinal)
            {
                context.Add(new ReportIssue(Id, Severity.Serious,
                    $"年度报告各部分顺序错误：第{SectionNames.Ordinal(section.Ordinal)}部分“{section.Heading}”出现在第{SectionNames.Ordinal(before.Ordinal)}部分之后")
                {
                    Row = SectionNames.Ordinal(section.Ordinal),
                    Actual = section.Heading,
                    Line = section.Line,
                    Discriminator = "order",
                });
            }
        }

        foreach (var section in report.Sections.Where(s => !s.HasAnchor && s.Ordinal is >= 1 and <= 6))
        {
            if (report.DeclaredPartial && IsLastLine(report, section.Line))
            {
                // The copy ends on this heading ("五、存在的主"): the cut, not the report, shortened it.
                context.NotDecidable(Id, $"副本在第{SectionNames.Ordinal(section.Ordinal)}部分标题“{section.Heading}”处截止，标题是否规范不可判定");
                continue;
            }

            var canonical = $"{SectionNames.Ordinal(section.Ordinal)}、{SectionNames.Name(section.Ordinal, report.Year)}";
            context.Add(new ReportIssue(Id, Severity.General, $"第{SectionNames.Ordinal(section.Ordinal)}部分标题“{section.Heading}”不规范，应为“{canonical}”")
            {
                Row = SectionNames.Ordinal(section.Ordinal),
                Expected = canonical,
                Actual = section.Heading,
                Line = section.Line,
                Discriminator = "heading",
            });
        }
    }

    private static bool IsLastLine(Model.AnnualReport report, int line) =>
        line >= 1 && report.Lines.Skip(line).All(string.IsNullOrWhiteSpace);
}
