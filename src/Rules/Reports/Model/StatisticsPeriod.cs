namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// The stated statistics period ("统计期限从2021年1月1日起至2021年12月31日止"). Start/End are null when the sentence
/// was found but its dates cannot be parsed (e.g. "自202111日起至20211231日止"), which is itself an S-PERIOD error.
/// </summary>
public sealed record StatisticsPeriod(string Raw, DateOnly? Start, DateOnly? End, int Line);
