using System.Diagnostics;
using System.Text;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Confusion;
using ComplianceFns.Rules.Typos.Curated;
using ComplianceFns.Rules.Typos.Detection;
using ComplianceFns.Rules.Typos.Matching;

namespace ComplianceFns.Rules.Tests.Typos;

public sealed class TypoInfrastructureTests
{
    [Fact]
    public void Aho_corasick_finds_overlapping_and_nested_patterns()
    {
        var automaton = new AhoCorasick<string>([new("he", "he"), new("she", "she"), new("his", "his"), new("hers", "hers")]);
        var found = automaton.FindAll("ushers").Select(m => (m.Start, m.End, m.Value)).OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        Assert.Equal([(1, 4, "she"), (2, 4, "he"), (2, 6, "hers")], found);
    }

    [Fact]
    public void Confusables_come_from_pinyin_and_shape_tables()
    {
        Assert.Equal("bu", Confusables.Pinyin('部'));
        Assert.Contains('布', Confusables.SamePinyin('部'));
        Assert.Contains('兴', Confusables.NearPinyin('新'));
        Assert.Contains('治', Confusables.SimilarShape('冶'));
        Assert.Contains('暑', Confusables.For('署'));
        Assert.Empty(Confusables.For('A'));
    }

    [Fact]
    public void Near_misses_replace_drop_double_and_swap_but_keep_edges_of_short_entries()
    {
        var variants = NearMissGenerator.Generate("以人民为中心").ToHashSet();
        Assert.Contains("以人民为中新", variants);
        Assert.Contains("以人为中心", variants);
        Assert.Contains("以人民民为中心", variants);
        Assert.Contains("以民人为中心", variants);
        Assert.DoesNotContain("以人民为中心", variants);
        Assert.DoesNotContain("以人民为中心心", variants);
        var shortVariants = NearMissGenerator.Generate("水利部").ToHashSet();
        Assert.DoesNotContain("水力部", shortVariants.Where(v => v[2] != '部'));
        Assert.All(shortVariants, v => Assert.True(v.StartsWith('水') || v.StartsWith('利')));
    }

    [Fact]
    public void Merger_prefers_serious_then_longer_and_orders_by_start()
    {
        var merged = HitMerger.Merge(
        [
            new TypoHit(5, 7, "b", "", "typo.misspelling", Severity.General, ""),
            new TypoHit(4, 9, "a", "", "typo.organ-name", Severity.Serious, ""),
            new TypoHit(0, 2, "c", "", "typo.doubled-char", Severity.General, ""),
            new TypoHit(0, 2, "c", "", "typo.doubled-char", Severity.General, ""),
            new TypoHit(1, 3, "d", "", "typo.half-width-punctuation", Severity.Hint, ""),
        ]);
        Assert.Equal([(0, 2), (4, 9)], merged.Select(h => (h.Start, h.End)));
    }

    [Fact]
    public void Chunks_cover_the_text_and_end_at_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("各部门要认真贯彻落实。", 100));
        var chunks = TextChunker.Split(text, 64).ToList();
        Assert.Equal(text.Length, chunks.Sum(c => c.Length));
        Assert.All(chunks.SkipLast(1), c => Assert.Equal('。', text[c.Start + c.Length - 1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain English text, with commas; colons: and (brackets).")]
    [InlineData("\ud800的的\udc00布署\ud800")]
    [InlineData("混合 scripts 한국어 日本語のテキスト 😀 布署")]
    public void Odd_input_gives_no_exception_and_valid_offsets(string text)
    {
        var hits = TypoDetector.CreateDefault().Detect(text);
        Assert.All(hits, h => Assert.Equal(text[h.Start..h.End], h.Text));
    }

    [Fact]
    public void Five_megabytes_finish_in_bounded_time_with_offsets_across_chunks()
    {
        var sentence = "各部门要认真贯彻落实，确保工作取得实效。";
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(sentence);
        }

        var marker = builder.Length;
        builder.Append("对当前工作进行安排布署。");
        builder.Append(new string('x', 100_000)); // one very long line without sentence ends
        var text = builder.ToString();
        var watch = Stopwatch.StartNew();
        var hits = TypoDetector.CreateDefault().Detect(text, new TypoContext { PageDate = new DateOnly(2024, 1, 1) });
        watch.Stop();
        var hit = Assert.Single(hits);
        Assert.Equal((marker + 9, "布署"), (hit.Start, text[hit.Start..hit.End]));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Hits_are_capped_on_pathological_input()
    {
        var text = string.Concat(Enumerable.Repeat("的的，", 20_000));
        Assert.Equal(TypoDetector.MaxHits, TypoDetector.CreateDefault().Detect(text).Count);
    }
}
