namespace ComplianceFns.Rules.Typos;

/// <summary>One detection layer (curated rules, outdated names, statistics). Thread-safe; holds only read-only data.</summary>
public interface ITypoLayer
{
    /// <summary>Adds the layer's hits in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    void Detect(string text, TypoContext context, List<TypoHit> hits);
}
