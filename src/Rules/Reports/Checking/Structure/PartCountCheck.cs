using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Reports.Checking.Structure;

/// <summary>
/// S-PARTCOUNT: the preamble's announced number of parts agrees with its own list of parts, and its announcement
/// agrees with the sections present. A standard announcement (six parts) with a section missing from the body is
/// S-SECTIONS' finding alone (one cause, one finding); on a partial copy sections after the cut are 不可判定.
/// </summary>
public sealed class PartCountCheck : IReportCheck
{
    private const string Id = "S-PARTCOUNT";

    public void Check(ReportCheckContext context)
    {
        var report = context.Report;
        if (PreambleParts.Read(report.Preamble) is not { } parts)
        {
            return;
        }

        // The list disagrees with its count only when neither the parts recognised nor the parts separated agree.
        if (parts is { Count: { } announced, HasList: true } && announced != parts.Listed.Count && parts.Items != announced)
        {
            var missing = Enumerable.Range(1, 6).Except(parts.Listed).ToArray();
            var detail = parts.Listed.Count < announced && missing.Length > 0
                ? $"，但列出的只有{parts.Listed.Count}部分（缺{Quote(missing, report.Year)}）"
                : $"，但列出了{parts.Listed.Count}部分";
            context.Add(new ReportIssue(Id, Severity.General, $"导语称“{parts.CountPhrase}”{detail}")
            {
                Expected = $"{announced}部分",
                Actual = $"{parts.Listed.Count}部分",
                Discriminator = "list",
            });
            return;
        }

        var present = report.Sections.Select(s => s.Ordinal).Where(o => o is >= 1 and <= 6).ToHashSet();
        var lastFound = present.Count > 0 ? present.Max() : 0;

        if (parts.HasList)
        {
            if (CompareList(context, parts, present, lastFound))
            {
                return;
            }

            // A count its own list agrees with, but not the format's six parts ("等7个部分": a 收费及减免 part added).
            if (parts is { Count: { } listedCount, HasList: true } && listedCount != 6 && (parts.Items == listedCount || parts.Listed.Count == listedCount))
            {
                context.Add(new ReportIssue(Id, Severity.General, $"导语称“{parts.CountPhrase}”，与年报格式规定的六部分不符")
                {
                    Expected = "6部分",
                    Actual = $"{listedCount}部分",
                    Discriminator = "format",
                });
                return;
            }
        }
        else if (parts.Count is { } count && count != 6)
        {
            CompareCount(context, parts.CountPhrase!, count, present);
        }
    }

    /// <summary>True when it reported an issue.</summary>
    private static bool CompareList(ReportCheckContext context, PreambleParts parts, HashSet<int> present, int lastFound)
    {
        var report = context.Report;
        var unlisted = present.Except(parts.Listed).Order().ToArray();
        if (unlisted.Length > 0)
        {
            context.Add(new ReportIssue(Id, Severity.General, $"导语列出{parts.Listed.Count}部分，未列{Quote(unlisted, report.Year)}，与正文不符")
            {
                Expected = $"{present.Count}部分",
                Actual = $"{parts.Listed.Count}部分",
                Discriminator = "sections",
            });
            return true;
        }

        var notListed = Enumerable.Range(1, 6).Except(parts.Listed).Where(o => o > lastFound).ToArray();
        if (report.DeclaredPartial && notListed.Length > 0)
        {
            context.NotDecidable(Id, $"导语只列出{parts.Listed.Count}部分（未列{Quote(notListed, report.Year)}），正文{SectionNames.Parts(notListed)}在副本截止之后，是否一致不可判定");
        }

        return false;
    }

    private static void CompareCount(ReportCheckContext context, string phrase, int count, HashSet<int> present)
    {
        if (present.Count == count)
        {
            return;
        }

        if (context.Report.DeclaredPartial && present.Count < count)
        {
            // A cut copy whose parts so far are the format's own (一、总体情况, 二、主动公开…) follows the six-part
            // format: fewer parts announced cannot be right, whatever the cut hides.
            var formatParts = present.Count >= 2 && count < 6 && context.Report.Sections.Where(s => s.Ordinal is >= 1 and <= 6).All(s => s.HasAnchor);
            if (!formatParts)
            {
                context.NotDecidable(Id, $"副本不完整，导语称“{phrase}”，正文部分数不可判定");
                return;
            }

            context.Add(new ReportIssue(Id, Severity.General, $"导语称“{phrase}”，但正文按年报格式的六部分编排（已见{SectionNames.Parts([.. present.Order()])}），与格式规定的六部分不符")
            {
                Expected = "6部分",
                Actual = $"{count}部分",
                Discriminator = "sections",
            });
            return;
        }

        var extra = present.Count > count ? "有" : "只有";
        context.Add(new ReportIssue(Id, Severity.General, $"导语称“{phrase}”，正文实际{extra}{present.Count}部分")
        {
            Expected = $"{count}部分",
            Actual = $"{present.Count}部分",
            Discriminator = "sections",
        });
    }

    private static string Quote(IEnumerable<int> ordinals, int? year) =>
        string.Concat(ordinals.Select(o => $"“{SectionNames.Name(o, year)}”"));
}
