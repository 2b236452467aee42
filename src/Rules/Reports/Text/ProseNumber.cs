namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// A count found in report prose ("174件", "两起", "6000余条"), with where it sits.
/// </summary>
/// <param name="Value">The number as written (approximate ones keep their printed base: "6000余条" is 6000).</param>
/// <param name="Unit">The count unit: 件, 条, 起, 次, 人次, 项, 个, 场, 篇 or 份.</param>
/// <param name="IsApproximate">余/多/约/近/以上/左右: never used in an equality check.</param>
/// <param name="Offset">Offset of <see cref="Text"/> in the text searched.</param>
/// <param name="Text">The printed form, marker and unit included ("6000余条").</param>
/// <param name="Sentence">The sentence holding the number (ended by 。！？ or a paragraph break).</param>
/// <param name="SentenceOffset">Offset of <see cref="Sentence"/> in the text searched.</param>
public sealed record ProseNumber(decimal Value, string Unit, bool IsApproximate, int Offset, string Text, string Sentence, int SentenceOffset)
{
    public int Length => Text.Length;

    public int End => Offset + Text.Length;

    /// <summary>True when written in Chinese numerals ("两起", "十二件").</summary>
    public bool IsChineseNumeral { get; init; }
}
