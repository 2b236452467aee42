namespace ComplianceFns.Rules.Typos.Outdated;

/// <summary>
/// An organ name abolished by a reform: wrong on pages dated after <see cref="ChangedOn"/>. When
/// <see cref="After"/> is set, the name counts only right after one of its characters (县旅游局, not 文化和旅游局).
/// </summary>
public sealed record OutdatedName(string OldName, string NewName, DateOnly ChangedOn, string? After = null);
