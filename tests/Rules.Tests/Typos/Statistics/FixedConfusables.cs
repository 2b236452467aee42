using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>Test double: a confusion table given as pairs, each pair confusable both ways.</summary>
internal sealed class FixedConfusables(params string[] pairs) : IConfusableSource
{
    public string ConfusablesOf(char character) =>
        string.Concat(pairs.Where(p => p.Contains(character)).Select(p => p.Replace(character.ToString(), "")));
}
