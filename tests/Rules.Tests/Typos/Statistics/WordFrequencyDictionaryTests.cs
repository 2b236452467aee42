using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Tests.Typos.Statistics;

/// <summary>The lookup shortcuts the layer relies on: prefix entries, the adjacent-pair filter, one-character log-probabilities.</summary>
public sealed class WordFrequencyDictionaryTests
{
    private static readonly WordFrequencyDictionary Small = WordFrequencyDictionary.FromLines(
        ["中华人民共和国 50 ns", "人民 900 n", "部署 3333 v", "布署 2 v", "中 800 f"],
        ["政务公开 1200"]);

    [Fact]
    public void Prefixes_are_found_as_prefixes_but_are_not_words()
    {
        Assert.True(Small.TryGetWordOrPrefix("中华人", out var prefix));
        Assert.Equal(0, prefix.Frequency);
        Assert.False(Small.TryGet("中华人", out _));
        Assert.Equal(0, Small.FrequencyOf("中华人"));
        Assert.True(Small.TryGetWordOrPrefix("政务公", out _));
    }

    [Fact]
    public void A_span_no_word_starts_with_is_rejected()
    {
        Assert.False(Small.TryGetWordOrPrefix("华人", out _));
        Assert.False(Small.TryGetWordOrPrefix("部门", out _));
    }

    [Fact]
    public void Words_keep_their_entries_and_prefixes_are_not_counted()
    {
        Assert.True(Small.TryGet("中华人民共和国", out var country));
        Assert.Equal((50, true), (country.Frequency, country.IsProperNoun));
        Assert.True(Small.TryGet("中", out var single));
        Assert.Equal(800, single.Frequency);
        Assert.True(Small.TryGet("政务公开", out var term));
        Assert.True(term.IsLexiconTerm);
        Assert.Equal(6, Small.Count);
    }

    [Fact]
    public void Every_adjacent_pair_inside_a_word_passes_the_filter()
    {
        foreach (var word in new[] { "中华人民共和国", "人民", "部署", "布署", "政务公开" })
        {
            for (var i = 1; i < word.Length; i++)
            {
                Assert.True(Small.MayBeAdjacentInWord(word[i - 1], word[i]), $"{word[i - 1]}{word[i]}");
            }
        }
    }

    [Fact]
    public void Both_sides_of_the_pair_filter_pass_every_pair_inside_a_word()
    {
        foreach (var word in new[] { "中华人民共和国", "人民", "部署", "布署", "政务公开" })
        {
            for (var i = 1; i < word.Length; i++)
            {
                Assert.True(Small.MayBeAdjacentInWordGivenSecond(word[i - 1], word[i]), $"{word[i - 1]}{word[i]}");
            }
        }
    }

    [Fact]
    public void A_trie_walk_finds_what_a_lookup_finds()
    {
        var node = WordFrequencyDictionary.Root;
        foreach (var c in "中华人民")
        {
            node = Small.Step(node, c);
            Assert.True(node >= 0);
        }
        Assert.Equal(0, Small.FrequencyAt(node));
        foreach (var c in "共和国")
        {
            node = Small.Step(node, c);
        }
        Assert.Equal(Small.NodeOf("中华人民共和国"), node);
        Assert.Equal(50, Small.FrequencyAt(node));
        Assert.True(Small.EntryAt(node).IsProperNoun);
        Assert.Equal(-1, Small.Step(Small.NodeOf("人民"), '币'));
        Assert.Equal(-1, Small.NodeOf("华人"));
        Assert.Equal(Math.Log(900) - Small.LogTotal, Small.LogProbabilityOf(900));
        Assert.Equal(Math.Log(100_000) - Small.LogTotal, Small.LogProbabilityOf(100_000));
    }

    [Fact]
    public void Pairs_of_the_embedded_dictionary_pass_the_filter_and_most_others_do_not()
    {
        var dictionary = WordFrequencyDictionary.Instance;
        Assert.True(dictionary.MayBeAdjacentInWord('贯', '彻'));
        Assert.True(dictionary.MayBeAdjacentInWord('部', '署'));

        // A Bloom filter may let a few absent pairs through, never many: sample pairs of common characters.
        const string common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研";
        var passed = 0;
        var tried = 0;
        foreach (var first in common)
        {
            foreach (var second in common)
            {
                if (!dictionary.TryGet([first, second], out _) && !dictionary.TryGetWordOrPrefix([first, second], out _))
                {
                    tried++;
                    passed += dictionary.MayBeAdjacentInWord(first, second) ? 1 : 0;
                }
            }
        }
        Assert.True(tried > 1000);
        Assert.True(passed < tried * 0.2, $"{passed} of {tried} absent pairs passed the filter");
    }

    [Fact]
    public void One_character_log_probability_counts_unknown_characters_with_frequency_one()
    {
        Assert.Equal(Math.Log(800) - Small.LogTotal, Small.SingleCharLogProbability('中'));
        Assert.Equal(Math.Log(1) - Small.LogTotal, Small.SingleCharLogProbability('华'));
    }
}
