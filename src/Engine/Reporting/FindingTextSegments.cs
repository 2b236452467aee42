namespace ComplianceFns.Engine.Reporting;

/// <summary>How a piece of the "link text / problem text" cell is shown.</summary>
public enum TextSegmentKind
{
    Plain = 0,
    Marked = 1,
    LineBreak = 2,
}

/// <summary>One piece of the "link text / problem text" cell.</summary>
public readonly record struct TextSegment(TextSegmentKind Kind, string Text);

/// <summary>
/// The link text, or the typo marked inside its context sentence (evidence "context"), as segments: computed once so the
/// server-rendered rows and the script-rendered rows show exactly the same thing.
/// </summary>
public static class FindingTextSegments
{
    public static IReadOnlyList<TextSegment> Of(ComplianceFns.Rules.Findings.Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.Text ?? string.Empty;
        var context = finding.EvidenceValue("context");
        if (string.IsNullOrEmpty(context))
        {
            return text.Length == 0 ? [] : [new(TextSegmentKind.Plain, text)];
        }

        var at = text.Length == 0 ? -1 : context.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            return [new(TextSegmentKind.Marked, text), new(TextSegmentKind.LineBreak, string.Empty), new(TextSegmentKind.Plain, context)];
        }

        var segments = new List<TextSegment>(3);
        if (at > 0)
        {
            segments.Add(new(TextSegmentKind.Plain, context[..at]));
        }

        segments.Add(new(TextSegmentKind.Marked, text));
        if (at + text.Length < context.Length)
        {
            segments.Add(new(TextSegmentKind.Plain, context[(at + text.Length)..]));
        }

        return segments;
    }
}
