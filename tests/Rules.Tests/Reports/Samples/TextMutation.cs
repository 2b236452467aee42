namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>One edit of a sample's text (a cell, a narrative number, a removed row …) that should trigger one rule.</summary>
internal sealed record TextMutation(string RuleId, string What, params (string Old, string New)[] Edits)
{
    /// <summary>When set, the text ends right after the first occurrence of this (a copy cut short).</summary>
    public string? CutAfter { get; init; }

    /// <summary>The text with each edit applied to its first occurrence; an edit that does not apply is a broken test.</summary>
    public string Apply(string text)
    {
        foreach (var (old, replacement) in Edits)
        {
            var at = text.IndexOf(old, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"{RuleId}: “{old}” is not in the text");
            }

            text = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
        }

        if (CutAfter is { } cut)
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"{RuleId}: “{cut}” is not in the text");
            }

            text = text[..(at + cut.Length)];
        }

        return text;
    }

    public override string ToString() => $"{RuleId}: {What}";
}
