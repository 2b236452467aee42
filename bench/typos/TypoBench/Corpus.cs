using System.Text;
using System.Text.Json;

namespace TypoBench;

/// <summary>
/// Chinese prose for the throughput run: sentences from jsonl sets ("text") and prose lines of plain-text reports
/// (no header, no table rows), grouped into pages and repeated until the corpus reaches the requested size.
/// </summary>
public sealed class Corpus
{
    /// <summary>About the size of a page's main text: the detector is called once per page in production.</summary>
    public const int PageChars = 3000;

    private Corpus(IReadOnlyList<string> pages, long utf8Bytes, int distinctSentences)
    {
        Pages = pages;
        Utf8Bytes = utf8Bytes;
        DistinctSentences = distinctSentences;
    }

    public IReadOnlyList<string> Pages { get; }

    public long Utf8Bytes { get; }

    public int DistinctSentences { get; }

    public static Corpus Build(IEnumerable<string> sourcePaths, long minimumUtf8Bytes)
    {
        var sentences = sourcePaths.SelectMany(ReadSentences).Distinct(StringComparer.Ordinal).ToList();
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("the corpus sources hold no prose");
        }

        var pages = new List<string>();
        var page = new StringBuilder();
        long bytes = 0;
        for (var i = 0; bytes < minimumUtf8Bytes; i++)
        {
            page.Append(sentences[i % sentences.Count]).Append('\n');
            if (page.Length >= PageChars)
            {
                var text = page.ToString();
                pages.Add(text);
                bytes += Encoding.UTF8.GetByteCount(text);
                page.Clear();
            }
        }

        return new Corpus(pages, bytes, sentences.Count);
    }

    private static IEnumerable<string> ReadSentences(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
            {
                using var row = JsonDocument.Parse(line);
                yield return row.RootElement.GetProperty("text").GetString() ?? "";
            }

            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            var text = line.Trim();
            if (text.Length >= 15 && !text.StartsWith('#') && !text.Contains('|') && IsMostlyChinese(text))
            {
                yield return text;
            }
        }
    }

    private static bool IsMostlyChinese(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff') * 2 >= text.Length;
}
