using ComplianceFns.Engine.Inspection;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>What processing one inspection message did.</summary>
public sealed record InspectionProcessResult(ClaimOutcome Claim, InspectionOutcome? Outcome, string? SkipReason)
{
    public bool Inspected => Outcome is not null;
}
