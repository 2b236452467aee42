using System.Text.Json;
using Azure.Data.Tables;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class StoredTextTests
{
    [Fact]
    public void Long_text_is_cut_to_the_property_limit_with_a_marker()
    {
        var text = new string('断', TableText.MaxPropertyChars + 10);

        var stored = TableText.Truncate(text);

        Assert.Equal(TableText.MaxPropertyChars, stored.Length);
        Assert.EndsWith(TableText.TruncationMarker, stored, StringComparison.Ordinal);
        Assert.Same("短文本", TableText.Truncate("短文本"));
    }

    [Fact]
    public void Truncation_does_not_split_a_surrogate_pair()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("😀", 20));

        var stored = TableText.Truncate(text, 10 + TableText.TruncationMarker.Length);

        Assert.Equal("a😀😀😀😀" + TableText.TruncationMarker, stored);
    }

    [Fact]
    public void Chunked_text_round_trips_across_properties()
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"错误{i};"));
        var entity = new TableEntity("p", "r");

        TableText.WriteChunked(entity, "Errors", text);

        Assert.True(entity.ContainsKey("Errors1"));
        Assert.All(entity.Select(property => property.Value).OfType<string>(), value => Assert.True(value.Length <= TableText.MaxPropertyChars));
        Assert.Equal(text, TableText.ReadChunked(entity, "Errors"));
    }

    [Fact]
    public void Evidence_round_trips_in_order_with_duplicate_keys_and_readable_chinese()
    {
        IReadOnlyList<KeyValuePair<string, string>> evidence =
            [new("redirect", "http://a.gov.cn/1"), new("redirect", "http://a.gov.cn/2"), new("原文", "“政务公开”")];

        var json = EvidenceJson.Serialize(evidence);

        Assert.Contains("政务公开", json, StringComparison.Ordinal);
        Assert.Equal(evidence, EvidenceJson.Deserialize(json));
    }

    [Fact]
    public void Oversized_evidence_stays_valid_json_within_the_limit_and_says_it_was_cut()
    {
        var evidence = Enumerable.Range(0, 100)
            .Select(i => new KeyValuePair<string, string>($"page{i}", new string('页', 5_000)))
            .ToList();

        var json = EvidenceJson.Serialize(evidence);
        var restored = EvidenceJson.Deserialize(json);

        Assert.True(json.Length <= TableText.MaxPropertyChars);
        Assert.Equal(EvidenceJson.TruncatedKey, restored[^1].Key);
        Assert.Equal("page0", restored[0].Key);
        Assert.EndsWith(TableText.TruncationMarker, restored[0].Value, StringComparison.Ordinal);
        Assert.True(restored.Count < evidence.Count);
        Assert.NotNull(JsonDocument.Parse(json));
    }
}
