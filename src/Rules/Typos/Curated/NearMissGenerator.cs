using System.Text;
using ComplianceFns.Rules.Typos.Confusion;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Generates the near-misses of a canonical entry (docs/domain/typos.md §4 L1): one character replaced by a pinyin or shape
/// confusable, one dropped, one doubled, two neighbours swapped. Edits at the edges of short entries are left out:
/// they turn into prefixes and suffixes of ordinary text (水利部 → 水力部分, 外交部 → 外交不是).
/// </summary>
public static class NearMissGenerator
{
    /// <summary>Entries shorter than this get only interior edits.</summary>
    public const int FullEditMinLength = 4;

    /// <summary>Dropping a character needs this length, so the variant keeps at least four characters.</summary>
    public const int DropMinLength = 5;

    private const string OptionalParticles = "的之和与及、";

    /// <summary>The distinct near-misses of <paramref name="entry"/>, the entry itself excluded.</summary>
    public static IEnumerable<string> Generate(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var variants = new HashSet<string>(StringComparer.Ordinal);
        if (entry.Length < 3)
        {
            return variants;
        }

        var full = entry.Length >= FullEditMinLength;
        for (var i = 0; i < entry.Length; i++)
        {
            var interior = i > 0 && i < entry.Length - 1;
            var c = entry[i];
            if (!IsHan(c))
            {
                continue;
            }

            if (full || interior)
            {
                foreach (var other in Confusables.For(c))
                {
                    variants.Add(Replace(entry, i, other));
                }
            }

            // Dropping a particle leaves a correct phrasing (坚持党的全面领导 → 坚持党全面领导).
            if (interior && entry.Length >= DropMinLength && !OptionalParticles.Contains(c))
            {
                variants.Add(entry.Remove(i, 1));
            }

            // Doubling an edge character reads as a neighbouring word's (外交部部长, 共和国国务院), so only interior ones count.
            if (interior)
            {
                variants.Add(entry.Insert(i, c.ToString()));
            }

            if (i < entry.Length - 1 && entry[i + 1] != c && IsHan(entry[i + 1]))
            {
                var swapped = new StringBuilder(entry);
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                variants.Add(swapped.ToString());
            }
        }

        variants.Remove(entry);
        return variants;
    }

    private static string Replace(string text, int index, char replacement) =>
        string.Create(text.Length, (text, index, replacement), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            span[state.index] = state.replacement;
        });

    internal static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
