using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Confusion;

namespace TypoBench;

/// <summary>
/// Every hit of the full detector, with all its fields, over the given sources and a seeded "stress" corpus made from
/// them (sentences with random confusable substitutions, doubled, dropped and swapped characters, alone and joined into
/// pages). bench/typos/equivalence.sh diffs two such dumps line for line, so a speed-up can be shown to change nothing.
/// </summary>
public static class Equivalence
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<string> sourcePaths, int variantsPerSentence, TextWriter output)
    {
        var detector = TypoDetector.CreateDefault(new ComplianceFns.Rules.Typos.Statistics.StatisticalLayer());
        var organ = new TypoContext { OrganName = "河西街道办事处", SiteTerms = new HashSet<string> { "河西街道", "政务公开" } };
        var sentences = new List<string>();
        foreach (var path in sourcePaths)
        {
            var name = Path.GetFileName(path);
            var texts = ReadTexts(path).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                Dump(output, detector, $"{name}#{i}", texts[i], TypoContext.None);
                if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                {
                    Dump(output, detector, $"{name}#{i}/organ", texts[i], organ);
                }
                sentences.AddRange(SplitSentences(texts[i]));
            }
        }

        var random = new Random(20240612);
        var pool = string.Concat(sentences).Where(IsHan).ToArray();
        var page = new StringBuilder();
        var pageNumber = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var v = 0; v < variantsPerSentence; v++)
            {
                var variant = Perturb(sentences[s], random, pool);
                Dump(output, detector, $"stress#{s}.{v}", variant, TypoContext.None);
                page.Append(variant);
                if (page.Length >= Corpus.PageChars)
                {
                    Dump(output, detector, $"page#{pageNumber++}", page.ToString(), TypoContext.None);
                    page.Clear();
                }
            }
        }
    }

    private static void Dump(TextWriter output, TypoDetector detector, string id, string text, TypoContext context)
    {
        foreach (var hit in detector.Detect(text, context))
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id,
                start = hit.Start,
                end = hit.End,
                text = hit.Text,
                suggestion = hit.Suggestion,
                rule = hit.RuleId,
                severity = hit.Severity.ToString(),
                reason = hit.Reason,
            }, Options));
        }
    }

    private static IEnumerable<string> ReadTexts(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            yield return File.ReadAllText(path);
            yield break;
        }

        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            yield return row.RootElement.GetProperty("text").GetString() ?? "";
        }
    }

    private static IEnumerable<string> SplitSentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '\n')
            {
                if (i + 1 - start >= 8)
                {
                    yield return text[start..(i + 1)].Trim();
                }
                start = i + 1;
            }
        }
    }

    private static string Perturb(string sentence, Random random, char[] pool)
    {
        var chars = new List<char>(sentence);
        var operations = 1 + random.Next(3);
        for (var o = 0; o < operations && chars.Count > 2; o++)
        {
            var at = random.Next(chars.Count);
            if (!IsHan(chars[at]))
            {
                continue;
            }
            var roll = random.Next(100);
            if (roll < 60)
            {
                var confusables = Confusables.For(chars[at]);
                if (confusables.Count > 0)
                {
                    chars[at] = confusables[random.Next(confusables.Count)];
                }
            }
            else if (roll < 75)
            {
                chars[at] = pool[random.Next(pool.Length)];
            }
            else if (roll < 85)
            {
                chars.Insert(at, chars[at]);
            }
            else if (roll < 95)
            {
                chars.RemoveAt(at);
            }
            else if (at + 1 < chars.Count)
            {
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
            }
        }
        return string.Concat(chars);
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
