using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Some page copies flatten a whole report onto one line, paragraphs separated by a space ("…12月31日。 一、总体情况
/// 2022年,…"). A long line is broken before each part heading (一、 … 六、) that follows a finished sentence, so the
/// sections are found as in any other copy.
/// </summary>
internal static partial class OneLineParagraphs
{
    /// <summary>Shorter lines are paragraphs already.</summary>
    private const int MinLength = 300;

    /// <summary>No part heading is longer than this.</summary>
    private const int MaxHeading = 40;

    public static List<string> Split(List<string> lines)
    {
        if (!lines.Any(l => l.Length >= MinLength && Heading().IsMatch(l)))
        {
            return lines;
        }

        var result = new List<string>(lines.Count + 12);
        foreach (var line in lines)
        {
            if (line.Length < MinLength)
            {
                result.Add(line);
                continue;
            }

            var start = 0;
            foreach (Match heading in Heading().Matches(line))
            {
                var at = heading.Groups["h"].Index;
                result.Add(line[start..at].TrimEnd());
                start = at;

                // The heading's own words end at the next space: "一、总体情况 2022年,…" is a heading, then its body.
                var space = line.IndexOf(' ', at, Math.Min(MaxHeading, line.Length - at));
                if (space > at)
                {
                    result.Add(line[at..space]);
                    start = space + 1;
                }
            }

            result.Add(line[start..].TrimStart());
        }

        return result;
    }

    /// <summary>A part heading after a sentence end and whitespace: "。 二、主动公开…".</summary>
    [GeneratedRegex(@"[。；！？]\s+(?<h>[一二三四五六][、.．](?=\S))")]
    private static partial Regex Heading();
}
