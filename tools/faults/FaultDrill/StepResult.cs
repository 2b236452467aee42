namespace ComplianceFns.FaultDrill;

/// <summary>One step of the drill: what was done, what the history looked like after it, and what did not hold.</summary>
internal sealed record StepResult(string Name, string Observed, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0;
}
