using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Tests.Reports.Checking.Narrative;

/// <summary>Models of the samples for the narrative checks: the sample's prose, and tables only where the sample has them.</summary>
internal static class SampleReports
{
    /// <summary>The complete 2021 sample: its real prose with its table values (the builder's defaults).</summary>
    public static AnnualReport Complete2021()
    {
        var builder = ReportModelBuilder.Complete2021();
        return WithProse(builder, "2021-tianjin-wuqing-zwfwb.txt").Build();
    }

    /// <summary>A partial sample with no tables in its copy: prose only.</summary>
    public static AnnualReport ProseOnly(string fileName, int year)
    {
        var builder = ReportModelBuilder.Complete2021().WithYear(year).WithoutTable2().WithoutTable3().WithoutTable4();
        return WithProse(builder, fileName).Build();
    }

    public static ReportCheckOutcome CheckNarrative(AnnualReport report, AnnualReport? previous = null) =>
        new AnnualReportChecker(NarrativeChecks.All).Check(report, previous);

    private static ReportModelBuilder WithProse(ReportModelBuilder builder, string fileName)
    {
        var (preamble, sections) = SampleNarrative.Load(fileName);
        builder.WithPreamble(preamble);
        for (var ordinal = 1; ordinal <= 6; ordinal++)
        {
            if (sections.TryGetValue(ordinal, out var body))
            {
                builder.WithSection(ordinal, body);
            }
            else
            {
                builder.WithoutSection(ordinal);
            }
        }

        return builder;
    }
}
