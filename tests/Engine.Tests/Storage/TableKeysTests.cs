using System.Text;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("wuqing-zwfwb")]
    [InlineData("")]
    [InlineData("天津市武清区政务服务办公室")]
    [InlineData("https://www.example.gov.cn/zwgk/index.html?id=1#top")]
    [InlineData("a\\b/c#d?e%f\u0000g\u001Fh\u007Fi\u009Fj")]
    [InlineData("100%")]
    [InlineData("%2F already looks escaped")]
    public void Escape_then_unescape_returns_the_original(string original)
    {
        var key = TableKeys.Escape(original);

        Assert.Equal(original, TableKeys.Unescape(key));
        Assert.False(TableKeys.IsHashed(key));
    }

    [Fact]
    public void Escaped_keys_contain_no_forbidden_characters()
    {
        var everyForbidden = new string(Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(TableKeys.IsForbidden).ToArray());

        var key = TableKeys.Escape("x" + everyForbidden + "%");

        Assert.Equal(4 + 32 + 33, everyForbidden.Length);
        Assert.DoesNotContain(key, TableKeys.IsForbidden);
        Assert.Equal("x%2F", TableKeys.Escape("x/"));
        Assert.Equal("%5C%23%3F%25", TableKeys.Escape("\\#?%"));
        Assert.Equal("%00%1F%7F%9F", TableKeys.Escape("\u0000\u001F\u007F\u009F"));
    }

    [Theory]
    [InlineData('/')]
    [InlineData('\\')]
    [InlineData('#')]
    [InlineData('?')]
    [InlineData('\u0000')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u009F')]
    public void Forbidden_characters_are_recognised(char c) => Assert.True(TableKeys.IsForbidden(c));

    [Theory]
    [InlineData('a')]
    [InlineData('%')]
    [InlineData('~')]
    [InlineData('\u00A0')]
    [InlineData('政')]
    public void Allowed_characters_are_not_forbidden(char c) => Assert.False(TableKeys.IsForbidden(c));

    [Fact]
    public void Over_long_keys_are_hashed_within_the_limit_and_stay_distinct()
    {
        var longUrl = "https://www.example.gov.cn/" + new string('a', 2000);
        var otherLongUrl = longUrl + "b";

        var key = TableKeys.Escape(longUrl);
        var otherKey = TableKeys.Escape(otherLongUrl);

        Assert.True(TableKeys.IsHashed(key));
        Assert.NotEqual(key, otherKey);
        Assert.Equal(key, TableKeys.Escape(longUrl));
        Assert.StartsWith("https:%2F%2Fwww.example.gov.cn%2Faaa", key, StringComparison.Ordinal);
        Assert.True(key.Length * 2 <= TableKeys.MaxKeyBytes);
        Assert.True(Encoding.UTF8.GetByteCount(key) <= TableKeys.MaxKeyBytes);
        Assert.Throws<FormatException>(() => TableKeys.Unescape(key));
    }

    [Fact]
    public void Chinese_keys_are_hashed_by_their_utf8_size()
    {
        // 400 CJK characters are 800 bytes in UTF-16 but 1200 in UTF-8.
        var chinese = new string('政', 400);

        var key = TableKeys.Escape(chinese);

        Assert.True(TableKeys.IsHashed(key));
        Assert.True(Encoding.UTF8.GetByteCount(key) <= TableKeys.MaxKeyBytes);
        Assert.StartsWith("政政政", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Hashing_never_cuts_an_escape_or_a_surrogate_pair()
    {
        for (var padding = 0; padding < 6; padding++)
        {
            var value = new string('a', 440 + padding) + string.Concat(Enumerable.Repeat("/😀", 200));

            var key = TableKeys.Escape(value);
            var prefix = key[..key.IndexOf("%~", StringComparison.Ordinal)];

            Assert.True(TableKeys.IsHashed(key));
            Assert.False(char.IsHighSurrogate(prefix[^1]));
            Assert.Equal(value[..TableKeys.Unescape(prefix).Length], TableKeys.Unescape(prefix));
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%2")]
    [InlineData("%zz")]
    public void Malformed_keys_do_not_unescape(string key) => Assert.Throws<FormatException>(() => TableKeys.Unescape(key));
}
