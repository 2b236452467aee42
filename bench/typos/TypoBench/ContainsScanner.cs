namespace TypoBench;

/// <summary>Baseline: an ordinal IndexOf loop per pattern over the page.</summary>
public sealed class ContainsScanner : ITextScanner
{
    private readonly IReadOnlyList<string> _patterns = BaselinePatterns.Load();

    public int Scan(string page)
    {
        var found = 0;
        foreach (var pattern in _patterns)
        {
            for (var at = page.IndexOf(pattern, StringComparison.Ordinal); at >= 0;
                 at = page.IndexOf(pattern, at + pattern.Length, StringComparison.Ordinal))
            {
                found++;
            }
        }

        return found;
    }
}
