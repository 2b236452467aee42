namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// The "# source:", "# year:", "# availability:" lines that open stored copies. Only availability is read: the year
/// must come from the report itself or its file name (docs/domain/annual-reports.md §7.13), never from the copy's annotation.
/// </summary>
internal static class SourceHeader
{
    /// <summary>How many leading lines are header lines, and whether one declares the copy partial.</summary>
    public static (int Count, bool Partial) Read(IReadOnlyList<string> lines)
    {
        var count = 0;
        var partial = false;
        while (count < lines.Count && lines[count].TrimStart().StartsWith('#'))
        {
            var text = lines[count].TrimStart().TrimStart('#').Trim();
            if (text.StartsWith("availability:", StringComparison.OrdinalIgnoreCase)
                && text["availability:".Length..].TrimStart().StartsWith("partial", StringComparison.OrdinalIgnoreCase))
            {
                partial = true;
            }

            count++;
        }

        return (count, partial);
    }
}
