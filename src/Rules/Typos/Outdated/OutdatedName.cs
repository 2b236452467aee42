namespace ComplianceFns.Rules.Typos.Outdated;

/// <summary>An organ name abolished by a reform: wrong on pages dated after <see cref="ChangedOn"/>.</summary>
public sealed record OutdatedName(string OldName, string NewName, DateOnly ChangedOn);
