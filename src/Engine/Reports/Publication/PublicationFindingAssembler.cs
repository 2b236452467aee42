using ComplianceFns.Engine.Configuration;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.Rules.Reports.Publication;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>
/// Turns what was found of one organ's reports into findings (docs/domain/annual-reports.md §6 F). Pure: the crawl is done.
/// A year is missing (P-EXISTS) only when the column was read completely, no copy was found anywhere on the site and
/// its deadline is over; a copy found only outside the column is misplaced (P-LOCATION), not missing.
/// </summary>
public static class PublicationFindingAssembler
{
    public const string ColumnName = "政府信息公开年报";

    /// <param name="now">The inspection's start: deadlines are judged against it, and it is when the findings were seen.</param>
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Notes) Assemble(
        string siteId, OrganOptions organ, string columnUrl, bool columnComplete, IReadOnlyList<PublishedReport> reports, DateTimeOffset now)
    {
        var findings = new List<Finding>();
        var notes = new List<string>();
        MonthDay? local = MonthDay.TryParse(organ.DeadlineOverride, out var parsed) ? parsed : null;
        var byYear = reports.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.ToList());
        var lastOwedYear = ChinaStandardTime.DateOf(now).Year - 1;

        for (var year = organ.FirstYear; year <= lastOwedYear; year++)
        {
            var deadline = PublicationDeadline.For(year, organ.Level, organ.Kind, local);
            if (!byYear.TryGetValue(year, out var found))
            {
                if (columnComplete && deadline.HasPassed(now))
                {
                    findings.Add(Missing(siteId, organ, columnUrl, deadline) with { FirstSeen = now, LastSeen = now });
                }

                continue;
            }

            if (columnComplete && !found.Any(r => r.InColumn))
            {
                findings.Add(Misplaced(siteId, organ, found[0], year) with { FirstSeen = now, LastSeen = now });
            }

            if (Late(siteId, organ, found, deadline, notes) is { } late)
            {
                findings.Add(late with { FirstSeen = now, LastSeen = now });
            }
        }

        findings.AddRange(Duplicates(siteId, organ, byYear).Select(f => f with { FirstSeen = now, LastSeen = now }));
        return (findings, notes);
    }

    private static Finding Missing(string siteId, OrganOptions organ, string columnUrl, PublicationDeadline deadline)
    {
        var title = $"{organ.Name}{deadline.ReportYear}年政府信息公开工作年度报告";
        return Create("P-EXISTS", siteId, organ, deadline.ReportYear, columnUrl, null, title,
            $"未找到“{title}”（{deadline.Authority}公布期限{deadline.ChineseDate}已过）",
            [new("column", columnUrl), new("deadline", deadline.Date.ToString("yyyy-MM-dd"))]);
    }

    private static Finding Misplaced(string siteId, OrganOptions organ, PublishedReport report, int year)
    {
        var where = report.Page?.ColumnName is { } column && column != ColumnName ? $"“{column}”栏目" : $"页面{report.LinkedFrom ?? report.Url}";
        var evidence = new List<KeyValuePair<string, string>>();
        if (report.LinkedFrom is not null)
        {
            evidence.Add(new("linkedFrom", report.LinkedFrom));
        }

        if (report.Page?.ColumnName is { } name)
        {
            evidence.Add(new("columnName", name));
        }

        return Create("P-LOCATION", siteId, organ, year, report.Url, null, report.Title,
            $"{year}年度报告“{report.Title}”仅发布在{where}，未在“{ColumnName}”栏目发布", evidence);
    }

    /// <summary>The earliest dated copy decides; a report no copy of which is dated is noted as undecidable.</summary>
    private static Finding? Late(string siteId, OrganOptions organ, List<PublishedReport> found, PublicationDeadline deadline, List<string> notes)
    {
        var dated = found.Where(r => r.Page?.PublishedOn is not null)
            .OrderBy(r => r.Page!.PublishedOn)
            .ThenBy(r => r.Page!.DateFromUrl)
            .FirstOrDefault();
        if (dated is null)
        {
            notes.Add($"{organ.Name}{deadline.ReportYear}年度报告（{found[0].Url}）未找到发布日期，是否按期发布不可判定");
            return null;
        }

        var publishedOn = dated.Page!.PublishedOn!.Value;
        if (deadline.IsMetBy(publishedOn))
        {
            return null;
        }

        var source = dated.Page.DateFromUrl ? "（根据网址日期判断）" : string.Empty;
        return Create("P-DEADLINE", siteId, organ, deadline.ReportYear, dated.Url, null, dated.Title,
            $"{deadline.ReportYear}年度报告发布于{publishedOn:yyyy-MM-dd}，晚于{deadline.ChineseLabel}{deadline.ChineseDate}，逾期{deadline.DaysLate(publishedOn)}天{source}",
            [
                new("publishedOn", publishedOn.ToString("yyyy-MM-dd")),
                new("dateSource", dated.Page.DateFromUrl ? "url" : "page"),
                new("deadline", deadline.Date.ToString("yyyy-MM-dd")),
            ]);
    }

    /// <summary>Each year against every earlier year: the most similar one, when at least the threshold, is the source.</summary>
    private static IEnumerable<Finding> Duplicates(string siteId, OrganOptions organ, Dictionary<int, List<PublishedReport>> byYear)
    {
        var narratives = byYear
            .Select(pair => pair.Value.OrderByDescending(r => r.InColumn).FirstOrDefault(r => r.Page is { Narrative.Length: > 0 }))
            .OfType<PublishedReport>()
            .OrderBy(r => r.Year)
            .ToList();
        for (var i = 1; i < narratives.Count; i++)
        {
            var report = narratives[i];
            var best = narratives.Take(i)
                .Select(earlier => (Earlier: earlier, Similarity: NarrativeSimilarity.Similarity(report.Page!.Narrative, earlier.Page!.Narrative)))
                .Where(pair => pair.Similarity is not null)
                .OrderByDescending(pair => pair.Similarity)
                .ThenByDescending(pair => pair.Earlier.Year)
                .FirstOrDefault();
            if (best.Earlier is null || best.Similarity < organ.DuplicateSimilarityThreshold)
            {
                continue;
            }

            var percent = NarrativeSimilarity.Percent(best.Similarity!.Value);
            yield return Create("P-DUPLICATE", siteId, organ, report.Year, report.Url, best.Earlier.Url, report.Title,
                $"{report.Year}年度报告正文与{best.Earlier.Year}年度报告相似度达{percent}%，疑为照搬往年内容",
                [new("comparedYear", best.Earlier.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("similarity", $"{percent}%")],
                discriminatorSuffix: best.Earlier.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static Finding Create(
        string ruleId, string siteId, OrganOptions organ, int year, string pageUrl, string? targetUrl, string text, string message,
        IEnumerable<KeyValuePair<string, string>> evidence, string? discriminatorSuffix = null)
    {
        var rule = ReportRules.All.Single(r => r.Id == ruleId);
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var discriminator = discriminatorSuffix is null ? $"{organ.Name}|{yearText}" : $"{organ.Name}|{yearText}|{discriminatorSuffix}";
        return new Finding
        {
            RuleId = ruleId,
            Severity = rule.Severity,
            SiteId = siteId,
            PageUrl = pageUrl,
            TargetUrl = targetUrl,
            Text = text,
            Message = message,
            Evidence = [new(PublicationEvidence.Organ, organ.Name), new("year", yearText), .. evidence],
            Fingerprint = FindingFingerprint.Compute(ruleId, siteId, pageUrl, targetUrl, discriminator),
        };
    }
}
