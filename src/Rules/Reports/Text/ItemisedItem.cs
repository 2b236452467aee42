namespace ComplianceFns.Rules.Reports.Text;

/// <summary>One entry of an itemised list: its category words ("规划总结") and its count.</summary>
public sealed record ItemisedItem(string Category, ProseNumber Count);
