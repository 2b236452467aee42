namespace ComplianceFns.Rules.Reports.Text;

/// <summary>A percentage in prose ("占比1.1%", "百分之五十").</summary>
/// <param name="Value">The stated percentage (1.1 for "1.1%").</param>
/// <param name="Decimals">Decimals printed; decides the rounding tolerance.</param>
/// <param name="IsApproximate">约/近/以上/左右 around it.</param>
/// <param name="Offset">Offset of <see cref="Text"/> in the text searched.</param>
/// <param name="Text">The printed form ("1.1%").</param>
public sealed record ProsePercentage(decimal Value, int Decimals, bool IsApproximate, int Offset, string Text)
{
    public int End => Offset + Text.Length;
}
