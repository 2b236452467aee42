namespace ComplianceFns.Rules.Links;

/// <summary>The answer of <see cref="CrawlTrapGuard.Admit"/>.</summary>
/// <param name="Reason">Why the URL was refused, or <see cref="TrapReason.None"/>.</param>
/// <param name="Detail">What triggered the refusal (the repeated segment, the year, the count), for logs.</param>
public sealed record TrapVerdict(TrapReason Reason, string? Detail = null)
{
    public static TrapVerdict Admitted { get; } = new(TrapReason.None);

    public bool IsAdmitted => Reason == TrapReason.None;

    /// <summary>The reason in Chinese, e.g. 日历类无限链接.</summary>
    public string Description => Reason.ToChinese();
}
