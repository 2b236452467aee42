namespace ComplianceFns.Engine.Storage;

/// <summary>What one inspection run of one site did, kept for the run history and the report.</summary>
public sealed record RunRecord
{
    public const int MaxErrors = 200;

    public const int MaxErrorLength = 500;

    private readonly IReadOnlyList<string> errors = [];

    public required string RunId { get; init; }

    public required string SiteId { get; init; }

    /// <summary>What started the run, e.g. <c>cli</c>, <c>timer</c>, <c>http</c>.</summary>
    public required string Trigger { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required RunStatus Status { get; init; }

    public int PagesCrawled { get; init; }

    public int LinksChecked { get; init; }

    /// <summary>Findings of this run per rule id.</summary>
    public IReadOnlyDictionary<string, int> FindingsByRule { get; init; } = new Dictionary<string, int>();

    public int NewFindings { get; init; }

    public int ResolvedFindings { get; init; }

    /// <summary>Open findings this run could not check again (未能复查): neither confirmed nor resolved.</summary>
    public int UnverifiedFindings { get; init; }

    /// <summary>The first <see cref="MaxErrors"/> errors, each cut to <see cref="MaxErrorLength"/> characters.</summary>
    public IReadOnlyList<string> Errors
    {
        get => errors;
        init => errors = Bound(value);
    }

    public TimeSpan Duration => FinishedAt - StartedAt;

    // Bounded at the source so a run with thousands of failures still fits one table entity.
    private static IReadOnlyList<string> Bound(IReadOnlyList<string>? value) =>
        value is null
            ? []
            : value.Take(MaxErrors).Select(error => TableText.Truncate(error ?? string.Empty, MaxErrorLength)).ToArray();
}
