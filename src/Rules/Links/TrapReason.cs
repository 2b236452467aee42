namespace ComplianceFns.Rules.Links;

/// <summary>Why <see cref="CrawlTrapGuard"/> refused a URL; <see cref="None"/> means it was admitted.</summary>
public enum TrapReason
{
    None,

    /// <summary>The URL is longer than the configured maximum.</summary>
    UrlTooLong,

    /// <summary>The path has more segments than the configured maximum.</summary>
    TooManySegments,

    /// <summary>A path segment repeats (relative-link loops such as <c>/news/news/news/</c>).</summary>
    RepeatingSegments,

    /// <summary>Too many distinct query strings for one scheme+host+path (endless calendars, filter permutations).</summary>
    TooManyQueryVariants,

    /// <summary>The same parameters as an admitted URL, in another order.</summary>
    QueryPermutation,

    /// <summary>A calendar-like path or query with a date far outside the plausible window.</summary>
    CalendarOutOfRange,
}

public static class TrapReasonNames
{
    public static string ToChinese(this TrapReason reason) => reason switch
    {
        TrapReason.None => "允许抓取",
        TrapReason.UrlTooLong => "网址过长",
        TrapReason.TooManySegments => "路径层级过深",
        TrapReason.RepeatingSegments => "路径片段重复（相对链接循环）",
        TrapReason.TooManyQueryVariants => "同一页面的查询参数组合过多（疑似无限链接）",
        TrapReason.QueryPermutation => "查询参数仅顺序不同的重复网址",
        TrapReason.CalendarOutOfRange => "日历类无限链接",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
