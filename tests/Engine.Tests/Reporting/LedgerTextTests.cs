using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Engine.Tests.Reporting;

public sealed class LedgerTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("政务公开", "政务公开")]
    [InlineData("a\u0000b\u001Fc\u007F", "abc\u007F")]
    [InlineData("一\r\n二\r三\n四", "一\n二\n三\n四")]
    [InlineData("字\uFFFE\uFFFF", "字")]
    [InlineData("扩展\U00020000字", "扩展\U00020000字")]
    [InlineData("=SUM(A1:A9)", "=SUM(A1:A9)")]
    [InlineData("见_x0041_处", "见_x005F_x0041_处")]
    public void Keeps_only_what_xml_and_excel_carry_faithfully(string? input, string expected)
    {
        Assert.Equal(expected, LedgerText.Safe(input));
    }

    [Fact]
    public void Drops_lone_surrogates()
    {
        // Built at run time: attribute arguments cannot carry lone surrogates (metadata is UTF-8).
        var text = string.Concat("孤", new string('\uD800', 1), "立", new string('\uDC00', 1), "字");

        Assert.Equal("孤立字", LedgerText.Safe(text));
    }

    [Fact]
    public void Caps_long_text_at_excel_cell_limit_without_splitting_a_surrogate_pair()
    {
        var text = "字" + string.Concat(Enumerable.Repeat("\U00020000", 20_000));

        var safe = LedgerText.Safe(text);

        Assert.True(safe.Length <= LedgerText.MaxCellLength);
        Assert.EndsWith("…", safe, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, safe.Length - 1), i =>
            Assert.Equal(char.IsHighSurrogate(safe[i]), i + 1 < safe.Length && char.IsLowSurrogate(safe[i + 1])));
    }
}
