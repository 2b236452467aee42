namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>Which UTF-16 code units are Han characters the layer checks (BMP only; surrogates never are).</summary>
internal static class HanText
{
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
