namespace ComplianceFns.Engine.Reports.Publication;

/// <summary>Evidence keys the inspection reads back from stored publication findings.</summary>
public static class PublicationEvidence
{
    /// <summary>The organ a publication finding is about; its column decides whether a run may resolve it.</summary>
    public const string Organ = "organ";

    /// <summary>Rule-id prefix of the publication checks (P-EXISTS …), used as the run's rule scope.</summary>
    public const string RuleScope = Rules.Catalogue.RuleScopes.Publication;
}
