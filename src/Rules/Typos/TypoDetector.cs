using System.Runtime.CompilerServices;
using ComplianceFns.Rules.Typos.Curated;
using ComplianceFns.Rules.Typos.Detection;
using ComplianceFns.Rules.Typos.Matching;
using ComplianceFns.Rules.Typos.Outdated;

namespace ComplianceFns.Rules.Typos;

/// <summary>
/// The typo detector: runs its layers over the text in sentence-aligned chunks, drops hits inside the site's own
/// terms, and merges the rest (no overlaps; more serious, then longer, wins), ordered by start. Thread-safe.
/// </summary>
public sealed class TypoDetector
{
    /// <summary>Chunk size in UTF-16 code units: bounds the layers' working memory on huge pages.</summary>
    public const int ChunkLength = 8192;

    /// <summary>At most this many hits per call: a page full of errors is reported, not replayed in full.</summary>
    public const int MaxHits = 10_000;

    private static readonly ConditionalWeakTable<IReadOnlySet<string>, AhoCorasick<bool>> SiteTermAutomata = new();
    private readonly ITypoLayer[] _layers;

    public TypoDetector(IEnumerable<ITypoLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        _layers = layers.ToArray();
    }

    /// <summary>The curated and outdated-name layers, then <paramref name="extraLayers"/> (e.g. the statistical layer).</summary>
    public static TypoDetector CreateDefault(params ITypoLayer[] extraLayers) =>
        new([new CuratedLayer(), new OutdatedNameLayer(), .. extraLayers]);

    public IReadOnlyList<TypoHit> Detect(string text, TypoContext? context = null)
    {
        context ??= TypoContext.None;
        var result = new List<TypoHit>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        var siteTerms = context.SiteTerms is { Count: > 0 } terms ? SiteTermAutomata.GetValue(terms, BuildSiteTerms) : null;
        var chunkHits = new List<TypoHit>();
        foreach (var (start, length) in TextChunker.Split(text, ChunkLength))
        {
            var chunk = start == 0 && length == text.Length ? text : text.Substring(start, length);
            chunkHits.Clear();
            foreach (var layer in _layers)
            {
                layer.Detect(chunk, context, chunkHits);
            }

            var protectedSpans = siteTerms?.FindAll(chunk);
            foreach (var hit in HitMerger.Merge(chunkHits.Where(h => IsValid(h, chunk) && !IsSiteTerm(h, protectedSpans))))
            {
                result.Add(start == 0 ? hit : hit with { Start = hit.Start + start, End = hit.End + start });
                if (result.Count >= MaxHits)
                {
                    return result;
                }
            }
        }

        return result;
    }

    private static bool IsValid(TypoHit hit, string chunk) => hit.Start >= 0 && hit.End <= chunk.Length && hit.Start < hit.End;

    private static bool IsSiteTerm(TypoHit hit, List<AhoCorasickMatch<bool>>? terms) =>
        terms is not null && terms.Any(t => t.Start <= hit.Start && t.End >= hit.End);

    private static AhoCorasick<bool> BuildSiteTerms(IReadOnlySet<string> terms) =>
        new(terms.Where(t => !string.IsNullOrEmpty(t)).Select(t => new KeyValuePair<string, bool>(t, true)));
}
