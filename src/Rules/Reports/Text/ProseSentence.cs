namespace ComplianceFns.Rules.Reports.Text;

/// <summary>One sentence of prose and its offset in the text it came from.</summary>
public sealed record ProseSentence(string Text, int Offset)
{
    public int End => Offset + Text.Length;
}
