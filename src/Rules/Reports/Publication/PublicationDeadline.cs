using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>
/// The last Beijing calendar day on which a year's report may be published (docs/domain/annual-reports.md §1.3): 31 March of the
/// next year for a government's own report and for every report on 2018 or earlier (the 2008 rules); 31 January for
/// departments and townships (townships have no statutory date: 31 January is the configurable default). A report
/// published on the deadline day itself is on time.
/// </summary>
/// <param name="ReportYear">The year the report covers.</param>
/// <param name="Date">The last day, in Beijing time.</param>
/// <param name="IsStatutory">False when a configured local date replaced the statutory one.</param>
public sealed record PublicationDeadline(int ReportYear, DateOnly Date, bool IsStatutory)
{
    /// <summary>The 2019 revision of the 条例 moved the deadlines; reports on earlier years keep the old date.</summary>
    public const int FirstYearOfRevisedDeadlines = 2019;

    public static PublicationDeadline For(int reportYear, OrganLevel level, OrganKind kind, MonthDay? localDeadline = null)
    {
        var publicationYear = reportYear + 1;
        if (reportYear < FirstYearOfRevisedDeadlines)
        {
            return new(reportYear, new DateOnly(publicationYear, 3, 31), IsStatutory: true);
        }

        if (localDeadline is { } local)
        {
            return new(reportYear, local.InYear(publicationYear), IsStatutory: false);
        }

        var ownGovernmentReport = kind == OrganKind.Government && level != OrganLevel.Township;
        return new(reportYear, ownGovernmentReport ? new DateOnly(publicationYear, 3, 31) : new DateOnly(publicationYear, 1, 31), IsStatutory: true);
    }

    /// <summary>On time when published on or before the deadline day, in Beijing time.</summary>
    public bool IsMetBy(DateTimeOffset publishedAt) => IsMetBy(ChinaStandardTime.DateOf(publishedAt));

    /// <summary>On time when the Beijing publication date is on or before the deadline day.</summary>
    public bool IsMetBy(DateOnly publishedOn) => publishedOn <= Date;

    /// <summary>Days after the deadline (0 when on time).</summary>
    public int DaysLate(DateOnly publishedOn) => Math.Max(0, publishedOn.DayNumber - Date.DayNumber);

    /// <summary>The whole deadline day is over in Beijing: only then is a missing report a finding.</summary>
    public bool HasPassed(DateTimeOffset now) => ChinaStandardTime.DateOf(now) > Date;

    /// <summary>"法定" for the statutory date, "规定" for a configured local one, as the messages qualify the deadline.</summary>
    public string Authority => IsStatutory ? "法定" : "规定";

    /// <summary>"法定期限" or "规定期限".</summary>
    public string ChineseLabel => $"{Authority}期限";

    public string ChineseDate => $"{Date.Year}年{Date.Month}月{Date.Day}日";
}
