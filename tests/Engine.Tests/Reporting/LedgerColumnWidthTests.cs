using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Engine.Tests.Reporting;

public sealed class LedgerColumnWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("hz-gov", 6)]
    [InlineData("链接失效（404）", 15)]
    [InlineData("国名错误", 8)]
    [InlineData("第一行很长很长\nshort", 14)]
    [InlineData("\U00020000", 2)]
    public void Chinese_and_full_width_characters_count_double(string text, int expected)
    {
        Assert.Equal(expected, LedgerColumnWidth.DisplayWidth(text));
    }

    [Fact]
    public void Fit_pads_the_widest_text_and_respects_the_bounds()
    {
        Assert.Equal(10, LedgerColumnWidth.Fit(["国名错误", "abc"], minimum: 6, maximum: 40));
        Assert.Equal(6, LedgerColumnWidth.Fit(["a"], minimum: 6, maximum: 40));
        Assert.Equal(60, LedgerColumnWidth.Fit([new string('长', 500)], minimum: 20, maximum: 60));
    }
}
