using System.Diagnostics;
using System.Text;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;
using Xunit.Abstractions;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

public sealed class StatisticalLayerTests(ITestOutputHelper output)
{
    private static List<TypoHit> Detect(ITypoLayer layer, string text, TypoContext? context = null)
    {
        var hits = new List<TypoHit>();
        layer.Detect(text, context ?? TypoContext.None, hits);
        return hits;
    }

    private static StatisticalLayer LayerWith(params string[] confusablePairs) =>
        new(new FixedConfusables(confusablePairs), StatisticalThresholds.Default, WordFrequencyDictionary.Instance);

    [Fact]
    public void Rare_dictionary_word_with_a_far_more_frequent_variant_is_flagged()
    {
        var text = "对当前安全生产工作进行安排布署，各村参加。";

        var hit = Assert.Single(Detect(new StatisticalLayer(), text));

        Assert.Equal((text.IndexOf("布署", StringComparison.Ordinal), "布署", "部署"), (hit.Start, hit.Text, hit.Suggestion));
        Assert.Equal((StatisticalLayer.RuleId, Severity.General), (hit.RuleId, hit.Severity));
        Assert.Contains("部署", hit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rare_word_is_not_flagged_without_the_confusable_pair()
    {
        Assert.Empty(Detect(LayerWith("署暑"), "进行安排布署。"));
        Assert.Single(Detect(LayerWith("布部"), "进行安排布署。"));
    }

    [Fact]
    public void Single_character_that_completes_a_frequent_word_is_flagged_with_the_word()
    {
        var text = "做好宣传引导，推近信息公开工作。";

        var hit = Assert.Single(Detect(LayerWith("近进"), text));

        Assert.Equal(("推近", "推进"), (hit.Text, hit.Suggestion));
        Assert.Equal(hit.Text, text[hit.Start..hit.End]);
    }

    [Fact]
    public void Correct_text_is_not_flagged_even_with_the_confusable_pair()
    {
        Assert.Empty(Detect(LayerWith("近进", "布部", "署暑"), "做好宣传引导，推进信息公开工作，认真部署落实，最近天气炎热。"));
    }

    [Theory]
    [InlineData("市防指召开防汛会商会。", "指治")]            // 防指 (防汛指挥部) would become 防治 without the lexicon
    [InlineData("根据国办发〔2019〕12号文件要求。", "发法")]   // 文号 prefix: 办发 is not 办法
    [InlineData("根据鲁政办发〔2020〕3号文件要求。", "发法")]  // a prefix missing from the lexicon, caught by the 文号 shape
    [InlineData("张三丰纪念馆开放。", "丰风")]                 // jieba nr entry
    [InlineData("商超、农贸市场落实疫情防控措施。", "超场")]    // 商超 abbreviation
    [InlineData("京公网安备11010502030143号", "备被")]          // footer boilerplate
    [InlineData("Wi-Fi ICP备2021000001号-1 2023.5", "备被")]    // ASCII and digits are never checked
    public void Names_abbreviations_and_document_numbers_are_not_flagged(string text, string pair)
    {
        Assert.Empty(Detect(LayerWith(pair), text));
    }

    [Fact]
    public void Site_terms_are_not_flagged()
    {
        var layer = LayerWith("愁筹");
        var text = "统愁规划，系统治理。";

        Assert.Single(Detect(layer, text));
        Assert.Empty(Detect(layer, text, new TypoContext { SiteTerms = new HashSet<string> { "统愁" } }));
    }

    [Fact]
    public void Hits_never_overlap_and_point_into_the_text()
    {
        var text = string.Concat(Enumerable.Repeat("认真贯撤执行，推近信息公开工作，安排布署，严隔把控。", 20));

        var hits = Detect(new StatisticalLayer(), text);

        Assert.Equal(80, hits.Count);
        Assert.All(hits, h => Assert.Equal(h.Text, text[h.Start..h.End]));
        Assert.All(hits.Zip(hits.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("No Chinese at all, only ASCII 12345 and punctuation!")]
    [InlineData("\uD800推近\uDC00信息\uD83D公开")]
    [InlineData("混合 scripts 日本語のテキスト 한국어 текст 推近")]
    public void Bad_input_gives_no_exception(string text)
    {
        var hits = Detect(new StatisticalLayer(), text);

        Assert.All(hits, h => Assert.Equal(h.Text, text[h.Start..h.End]));
    }

    [Fact]
    public void Five_megabytes_of_text_and_a_very_long_line_finish_in_bounded_time()
    {
        var layer = new StatisticalLayer();
        Detect(layer, "预热");
        var sentence = "各部门要认真贯撤落实，进一步推进政务公开标准化规范化建设，安排布署各项工作。";
        var builder = new StringBuilder(5_000_000);
        while (builder.Length < 2_500_000)
        {
            builder.Append(sentence);
        }
        var text = builder.ToString();

        var watch = Stopwatch.StartNew();
        var hits = Detect(layer, text);
        watch.Stop();
        var unbroken = new string('政', 1_000_000);
        var longLine = Stopwatch.StartNew();
        var noHits = Detect(layer, unbroken);
        longLine.Stop();

        output.WriteLine($"{text.Length * 2 / 1e6:F1} MB (UTF-16) in {watch.ElapsedMilliseconds} ms = " +
            $"{text.Length * 3 / 1e6 / watch.Elapsed.TotalSeconds:F2} MB/s of UTF-8 Chinese; {hits.Count} hits; " +
            $"1M-char line without punctuation in {longLine.ElapsedMilliseconds} ms");
        Assert.Equal(2 * (text.Length / sentence.Length), hits.Count);
        Assert.Empty(noHits);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "the layer must stay linear in the text length");
    }

    [Fact]
    public void Start_up_is_measured()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var dictionary = WordFrequencyDictionary.LoadEmbedded();
        var loaded = watch.Elapsed;
        var layer = new StatisticalLayer(SeedConfusables.Instance, StatisticalThresholds.Default, dictionary);
        var hits = Detect(layer, "认真做好安排布署工作。");
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(dictionary);

        output.WriteLine($"dictionary: {dictionary.Count} words loaded in {loaded.TotalMilliseconds:F0} ms; first detection after " +
            $"{watch.Elapsed.TotalMilliseconds:F0} ms; managed heap +{(after - before) / 1048576.0:F0} MiB");
        Assert.True(dictionary.Count > 349_000);
        Assert.Single(hits);
    }

    [Fact]
    public void Detection_is_thread_safe()
    {
        var layer = new StatisticalLayer();
        var text = "认真贯撤执行，推近信息公开工作，安排布署。";
        var expected = Detect(layer, text);

        var results = new List<TypoHit>[16];
        Parallel.For(0, results.Length, i => results[i] = Detect(layer, text));

        Assert.NotEmpty(expected);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
