using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// The iteration every count check shares: each narrative block, each exact (not approximate) count of the wanted
/// units that is about the report's own year, with its clause and segment. Clause starts are found walking forward
/// once per block, so the work is linear in the text.
/// </summary>
internal static partial class ClauseCounts
{
    public static IEnumerable<ClauseCount> Exact(AnnualReport report, Func<string, bool> unit)
    {
        foreach (var block in NarrativeText.Blocks(report))
        {
            var previousEnd = -1;
            foreach (var number in NarrativeIssues.Numbers(block))
            {
                var clauseStart = ProseClauses.ClauseStart(block.Text, number.Offset);
                var segmentStart = previousEnd >= clauseStart ? previousEnd : clauseStart;
                previousEnd = number.End;
                if (!unit(number.Unit) || number.IsApproximate || IsAboutAnotherYear(number, report.Year))
                {
                    continue;
                }

                yield return new ClauseCount(block, number, clauseStart, segmentStart);
            }
        }
    }

    /// <summary>
    /// True when the nearest year named before the count in its sentence ("2020年收到申请150件") is not the report's
    /// year; with the report's year unknown, any named year makes the count unsure, and it is left alone.
    /// </summary>
    private static bool IsAboutAnotherYear(ProseNumber number, int? reportYear)
    {
        var before = number.Sentence[..Math.Clamp(number.Offset - number.SentenceOffset, 0, number.Sentence.Length)];
        var years = NamedYear().Matches(before);
        if (years.Count == 0)
        {
            return false;
        }

        var named = int.Parse(years[^1].Groups["y"].Value, CultureInfo.InvariantCulture);
        return named != reportYear;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*年")]
    private static partial Regex NamedYear();
}
