namespace ComplianceFns.TestSupport.Reports;

/// <summary>The complete 2021 sample report (../shared/samples/annual-reports), split into paragraphs and table rows.</summary>
public static class SampleReport
{
    public const string Title = "天津市武清区政务服务办2021年政府信息公开工作年度报告";

    private static readonly Lazy<string> Content = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "..", "shared", "samples", "annual-reports", "2021-tianjin-wuqing-zwfwb.txt")));

    public static string Text => Content.Value;

    /// <summary>Non-empty lines, trimmed: what every reader must reproduce for HTML and DOCX.</summary>
    public static IReadOnlyList<string> Lines => NonEmptyLines(Text);

    /// <summary>Consecutive lines are one block: a paragraph, or a table (its rows' cells).</summary>
    public static IEnumerable<(bool IsTable, IReadOnlyList<string> Lines)> Blocks() => Blocks(Text);

    /// <summary>The blocks of any report text in the sample's flattening (an edited copy of the sample).</summary>
    public static IEnumerable<(bool IsTable, IReadOnlyList<string> Lines)> Blocks(string text)
    {
        var table = new List<string>();
        foreach (var line in NonEmptyLines(text))
        {
            if (IsTableRow(line))
            {
                table.Add(line);
                continue;
            }

            if (table.Count > 0)
            {
                yield return (true, table);
                table = [];
            }

            yield return (false, [line]);
        }

        if (table.Count > 0)
        {
            yield return (true, table);
        }
    }

    public static bool IsTableRow(string line) => line.Contains('|', StringComparison.Ordinal);

    /// <summary>The cells of a flattened row: "a | b | ||" is a, b and two empty cells (a filled cell is "text | ", an empty one "|").</summary>
    public static IReadOnlyList<string> Cells(string row)
    {
        var parts = row.Split('|');
        return parts.Take(parts.Length - 1).Select(p => p.Trim()).ToArray();
    }

    /// <summary>A row's filled cells joined by bars: the values a PDF (which has no empty cells) must show too.</summary>
    public static string FilledCells(string row) =>
        string.Join(" | ", row.Split('|').Select(p => p.Trim()).Where(p => p.Length > 0));

    public static IReadOnlyList<string> NonEmptyLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
    }
}
