using System.Text.RegularExpressions;

namespace TypoBench;

/// <summary>Baseline: one compiled Regex alternation of the same patterns.</summary>
public sealed class RegexScanner : ITextScanner
{
    private readonly Regex _alternation = new(
        string.Join('|', BaselinePatterns.Load().OrderByDescending(p => p.Length).Select(Regex.Escape)),
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public int Scan(string page) => _alternation.Count(page);
}
