using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Rules.Catalogue;

/// <summary>A rule's stable id, default severity and the Chinese name admins see.</summary>
public sealed record RuleDescriptor(string Id, Severity Severity, string ChineseName, string Description);
