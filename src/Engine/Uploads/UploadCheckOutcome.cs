using ComplianceFns.Engine.Alerts;

namespace ComplianceFns.Engine.Uploads;

/// <summary>What processing one upload did.</summary>
public sealed record UploadCheckOutcome
{
    /// <summary>The upload's path, container included.</summary>
    public required string Upload { get; init; }

    /// <summary>True when this version's results were already complete, so nothing was checked, stored or raised.</summary>
    public bool AlreadyChecked { get; init; }

    /// <summary>True when the blob was larger than the limit and refused from its properties, unread.</summary>
    public bool RefusedBySize { get; init; }

    /// <summary>The result written; null when <see cref="AlreadyChecked"/>.</summary>
    public UploadResult? Result { get; init; }

    /// <summary>The alert raised, or null when the report needed none.</summary>
    public Alert? Alert { get; init; }

    /// <summary>What storm control did with <see cref="Alert"/>; null when none was raised.</summary>
    public AlertRaiseResult? AlertRaised { get; init; }
}
