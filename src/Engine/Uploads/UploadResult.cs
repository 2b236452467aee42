using System.Text.Json.Serialization;

namespace ComplianceFns.Engine.Uploads;

/// <summary>
/// What checking one upload found: the content of <c>results/{name}.json</c> and the page beside it. It holds no
/// time of the check, so the same upload always gives the same bytes.
/// </summary>
public sealed record UploadResult
{
    /// <summary>"checked": the report was read and checked; "unreadable": it could not be read (see <see cref="ReadFailure"/>).</summary>
    public const string CheckedStatus = "checked";

    public const string UnreadableStatus = "unreadable";

    /// <summary>The upload's path, container included (e.g. <c>uploads/sample-gov/2021年报.docx</c>); also the findings' page.</summary>
    public required string Upload { get; init; }

    public required string SiteId { get; init; }

    public required long Size { get; init; }

    /// <summary>SHA-256 of the bytes checked (hex); null when the upload was refused without being read.</summary>
    public string? ContentSha256 { get; init; }

    /// <summary>When this version of the upload was written.</summary>
    public required DateTimeOffset UploadedAt { get; init; }

    public required string Status { get; init; }

    /// <summary>"text", "html", "docx" or "pdf"; null when nothing was read.</summary>
    public string? Format { get; init; }

    public string? Title { get; init; }

    public string? Organ { get; init; }

    public int? Year { get; init; }

    public required UploadSeverityCounts Counts { get; init; }

    /// <summary>Every issue, in the checker's (catalogue) order.</summary>
    public IReadOnlyList<UploadIssue> Issues { get; init; } = [];

    /// <summary>Checks that could not be decided (不可判定) and why.</summary>
    public IReadOnlyList<UploadUndecidable> Undecidable { get; init; } = [];

    /// <summary>Why the file could not be read, in Chinese naming the file; null when it was read.</summary>
    public string? ReadFailure { get; init; }

    /// <summary>Where the previous year's report came from, when a cross-year check could use one.</summary>
    public string? PreviousYearSource { get; init; }

    /// <summary>The reader's notes on how it understood the tables.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Set when the store kept a more complete earlier copy of this report instead of this reading (Chinese).</summary>
    public string? StoreNote { get; init; }

    [JsonIgnore]
    public bool HasSeriousIssues => Counts.Serious > 0;
}

/// <summary>Issues by severity.</summary>
public sealed record UploadSeverityCounts(int Serious, int General, int Hint);

/// <summary>One issue of an uploaded report, with where it is and what was expected.</summary>
public sealed record UploadIssue
{
    public required string Rule { get; init; }

    /// <summary>The rule's Chinese name from the catalogue.</summary>
    public string? RuleName { get; init; }

    /// <summary>"serious", "general" or "hint".</summary>
    public required string Severity { get; init; }

    /// <summary>严重 / 一般 / 提示.</summary>
    public required string SeverityLabel { get; init; }

    public required string Message { get; init; }

    public string? Table { get; init; }

    public string? Row { get; init; }

    /// <summary>The row as the form prints it (表三 row keys are shown by their label).</summary>
    public string? RowLabel { get; init; }

    public string? Column { get; init; }

    public string? Expected { get; init; }

    public string? Actual { get; init; }

    public int? Line { get; init; }

    /// <summary>The stored finding's fingerprint, to find it in the findings report.</summary>
    public required string Fingerprint { get; init; }
}

/// <summary>A check the report did not allow deciding.</summary>
public sealed record UploadUndecidable(string Rule, string Reason);
