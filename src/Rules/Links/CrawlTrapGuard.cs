using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Links;

/// <summary>
/// Refuses URLs that would keep a crawl busy forever: relative-link loops, absurd depth or length, endless query
/// variants of one page (calendars, sort/filter combinations) and calendars that run decades away from today.
/// Feed it canonical URLs (<see cref="UrlCanonicalizer"/>). It remembers the query strings it admitted per path, so one
/// instance serves one crawl. Not thread-safe: a caller that admits from several threads must lock around
/// <see cref="Admit"/>.
/// </summary>
public sealed partial class CrawlTrapGuard
{
    /// <summary>Older dates are treated as calendar navigation, not content.</summary>
    public const int MinPlausibleYear = 1990;

    /// <summary>How many years after today a date may lie (plans and schedules look ahead a little).</summary>
    public const int MaxYearsAhead = 2;

    private static readonly HashSet<string> YearKeys = new(StringComparer.Ordinal)
    {
        "y", "yr", "yyyy", "year", "years", "nian", "nf", "nd", "date", "dt", "rq", "riqi", "ym", "yearmonth", "day",
    };

    private static readonly HashSet<string> MonthKeys = new(StringComparer.Ordinal) { "m", "mm", "mon", "month", "yue", "yf" };

    private readonly int maxQueryVariantsPerPath;
    private readonly int maxPathSegments;
    private readonly int maxUrlLength;
    private readonly int maxSegmentRepeats;
    private readonly int minYear;
    private readonly int maxYear;

    // scheme+host+path → (parameters sorted → the spelling first admitted).
    private readonly Dictionary<string, Dictionary<string, string>> queriesByPath = new(StringComparer.Ordinal);

    public CrawlTrapGuard(
        DateTimeOffset now,
        int maxQueryVariantsPerPath = 50,
        int maxPathSegments = 20,
        int maxUrlLength = 2048,
        int maxSegmentRepeats = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueryVariantsPerPath, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPathSegments, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrlLength, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegmentRepeats, 2);
        this.maxQueryVariantsPerPath = maxQueryVariantsPerPath;
        this.maxPathSegments = maxPathSegments;
        this.maxUrlLength = maxUrlLength;
        this.maxSegmentRepeats = maxSegmentRepeats;
        minYear = MinPlausibleYear;
        maxYear = now.Year + MaxYearsAhead;
    }

    /// <summary>
    /// Admits the URL or says why not. Admitting the same URL again is allowed and changes nothing; only a new
    /// distinct query string counts toward <c>maxQueryVariantsPerPath</c>.
    /// </summary>
    public TrapVerdict Admit(string canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        if (canonicalUrl.Length > maxUrlLength)
        {
            return new TrapVerdict(TrapReason.UrlTooLong, $"{canonicalUrl.Length} > {maxUrlLength}");
        }

        var (pathKey, path, query) = Split(canonicalUrl);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > maxPathSegments)
        {
            return new TrapVerdict(TrapReason.TooManySegments, $"{segments.Length} > {maxPathSegments}");
        }

        var repeated = segments
            .GroupBy(segment => segment, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() >= maxSegmentRepeats);
        if (repeated is not null)
        {
            return new TrapVerdict(TrapReason.RepeatingSegments, $"{repeated.Key} ×{repeated.Count()}");
        }

        var calendar = FindImplausibleDate(segments, query);
        if (calendar is not null)
        {
            return new TrapVerdict(TrapReason.CalendarOutOfRange, calendar);
        }

        return query.Length == 0 ? TrapVerdict.Admitted : AdmitQuery(pathKey, query);
    }

    private TrapVerdict AdmitQuery(string pathKey, string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(parameters, StringComparer.Ordinal);
        var sorted = string.Join('&', parameters);

        if (!queriesByPath.TryGetValue(pathKey, out var variants))
        {
            variants = new Dictionary<string, string>(StringComparer.Ordinal);
            queriesByPath[pathKey] = variants;
        }

        if (variants.TryGetValue(sorted, out var firstSpelling))
        {
            return firstSpelling == query
                ? TrapVerdict.Admitted
                : new TrapVerdict(TrapReason.QueryPermutation, $"?{firstSpelling}");
        }

        if (variants.Count >= maxQueryVariantsPerPath)
        {
            return new TrapVerdict(TrapReason.TooManyQueryVariants, $"{pathKey} > {maxQueryVariantsPerPath}");
        }

        variants[sorted] = query;
        return TrapVerdict.Admitted;
    }

    private string? FindImplausibleDate(string[] segments, string query)
    {
        for (var i = 0; i < segments.Length; i++)
        {
            var year = CalendarYearOfSegment(segments, i);
            if (year is { } y && !IsPlausibleYear(y))
            {
                return segments[i];
            }
        }

        foreach (var parameter in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = parameter[..equals].ToLowerInvariant();
            var value = parameter[(equals + 1)..];
            if (YearKeys.Contains(key) || key.Contains("year", StringComparison.Ordinal) || key.Contains("date", StringComparison.Ordinal))
            {
                if (YearOfDateValue(value) is { } year && !IsPlausibleYear(year))
                {
                    return parameter;
                }
            }
            else if (MonthKeys.Contains(key) || key.Contains("month", StringComparison.Ordinal))
            {
                // 0 often means "whole year"; 13 and beyond is a calendar that clicked past December.
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month > 12)
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    private bool IsPlausibleYear(int year) => year >= minYear && year <= maxYear;

    /// <summary>The year of a segment that reads as a date (2024-05, 2024_05_12, 20240512, or /2024/05/), else null.</summary>
    private static int? CalendarYearOfSegment(string[] segments, int index)
    {
        var segment = StripExtension(segments[index]);
        var separated = SeparatedDatePattern().Match(segment);
        if (separated.Success && IsMonth(separated.Groups["month"].Value))
        {
            return int.Parse(separated.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        var compact = CompactDatePattern().Match(segment);
        if (compact.Success && IsMonth(compact.Groups["month"].Value) && IsDay(compact.Groups["day"].Value))
        {
            return int.Parse(compact.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        // A bare four-digit folder is only a year when a month folder follows; otherwise it may be an id.
        if (segment.Length == 4 && segment.All(char.IsAsciiDigit) && index + 1 < segments.Length
            && MonthSegmentPattern().IsMatch(StripExtension(segments[index + 1])) && IsMonth(StripExtension(segments[index + 1])))
        {
            return int.Parse(segment, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static int? YearOfDateValue(string value)
    {
        var match = DateValuePattern().Match(value);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static bool IsMonth(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12;

    private static bool IsDay(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    private static string StripExtension(string segment)
    {
        var dot = segment.LastIndexOf('.');
        return dot > 0 ? segment[..dot] : segment;
    }

    private static (string PathKey, string Path, string Query) Split(string url)
    {
        var question = url.IndexOf('?');
        var beforeQuery = question < 0 ? url : url[..question];
        var query = question < 0 ? string.Empty : url[(question + 1)..];
        var schemeEnd = beforeQuery.IndexOf("://", StringComparison.Ordinal);
        var pathStart = schemeEnd < 0 ? 0 : beforeQuery.IndexOf('/', schemeEnd + 3);
        var path = pathStart < 0 ? "/" : beforeQuery[pathStart..];
        return (beforeQuery, path, query);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})[-_.](?<month>[0-9]{1,2})(?:[-_.][0-9]{1,2})?$")]
    private static partial Regex SeparatedDatePattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$")]
    private static partial Regex CompactDatePattern();

    [GeneratedRegex(@"^[0-9]{1,2}$")]
    private static partial Regex MonthSegmentPattern();

    // A year alone, or a year followed by a separator or by MM / MMDD; never the head of a longer number (a timestamp).
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:$|[^0-9]|[0-9]{2}$|[0-9]{4}$)")]
    private static partial Regex DateValuePattern();
}
