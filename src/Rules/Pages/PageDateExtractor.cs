using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Pages;

/// <summary>
/// The publication date a disclosure page states (发布时间/发布日期/成文日期 …), else the date most Chinese CMSs put in
/// the URL (<c>/202405/t20240512_123.html</c>, <c>/2024-05/12/</c>). Null when neither is there: an undated page is
/// treated as undated, never as today.
/// </summary>
public static partial class PageDateExtractor
{
    public static DateOnly? Extract(string visibleText, string? url)
    {
        var labelled = LabelledDate().Match(visibleText.Length > 20_000 ? visibleText[..20_000] : visibleText);
        if (labelled.Success && ToDate(labelled.Groups["y"].Value, labelled.Groups["m"].Value, labelled.Groups["d"].Value) is { } stated)
        {
            return stated;
        }

        if (url is not null)
        {
            var inUrl = UrlDate().Match(url);
            if (inUrl.Success)
            {
                return ToDate(inUrl.Groups["y"].Value, inUrl.Groups["m"].Value, inUrl.Groups["d"].Value);
            }
        }

        return null;
    }

    private static DateOnly? ToDate(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"(?:发布时间|发布日期|成文日期|发文日期|印发日期|日期|时间)\s*[:：]?\s*(?<y>\d{4})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})")]
    private static partial Regex LabelledDate();

    [GeneratedRegex(@"(?:/t|/)(?<y>(?:19|20)\d{2})-?(?<m>[01]\d)-?/?(?<d>[0-3]\d)(?:[_/.]|$)")]
    private static partial Regex UrlDate();
}
