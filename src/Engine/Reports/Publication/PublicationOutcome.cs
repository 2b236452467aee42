using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>The publication checks of one site.</summary>
/// <param name="Findings">P-EXISTS, P-DEADLINE, P-LOCATION and P-DUPLICATE findings.</param>
/// <param name="PagesRead">Canonical URLs the checks requested (column pages and report pages).</param>
/// <param name="Notes">What could not be decided or read, in Chinese, for the run record.</param>
/// <param name="CompleteOrgans">Organs whose column was read completely: only their findings may be resolved.</param>
public sealed record PublicationOutcome(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> PagesRead,
    IReadOnlyList<string> Notes,
    IReadOnlySet<string> CompleteOrgans)
{
    public static PublicationOutcome None { get; } = new([], [], [], new HashSet<string>());
}
