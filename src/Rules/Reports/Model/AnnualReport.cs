namespace ComplianceFns.Rules.Reports.Model;

/// <summary>
/// A report read into a typed model. Everything the reader could not find is null or absent, never zero, so the
/// checks can say 不可判定 instead of computing on invented values.
/// </summary>
public sealed record AnnualReport
{
    /// <summary>The file name or URL the report came from (named in every message about reading it).</summary>
    public required string Source { get; init; }

    /// <summary>The reader's input after normalisation, one entry per line (line numbers are 1-based indexes into it).</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    public string? Title { get; init; }

    /// <summary>Report year: given, else from the title, the file name or the statistics period, in that order.</summary>
    public int? Year { get; init; }

    public string? Organ { get; init; }

    /// <summary>The layout found (§3.5 signals); decides how cells are read.</summary>
    public ReportFormat Format { get; init; }

    /// <summary>The signal phrases that decided <see cref="Format"/> ("本年制发件数" …), for messages.</summary>
    public IReadOnlyList<string> FormatSignals { get; init; } = [];

    /// <summary>Text before section 一 (the preamble with the part list and the period sentence).</summary>
    public string Preamble { get; init; } = string.Empty;

    /// <summary>Sections found, in document order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    public StatisticsPeriod? Period { get; init; }

    public Table2? Table2 { get; init; }

    public Table3? Table3 { get; init; }

    public Table4? Table4 { get; init; }

    /// <summary>True when the source says it is partial (a "# availability: partial" header or a truncated copy).</summary>
    public bool DeclaredPartial { get; init; }

    /// <summary>
    /// Where the text itself visibly breaks off before its last section (inside a table, after a heading, mid-sentence),
    /// when no header declared it partial; the checks then treat the report as partial and S-TRUNCATED says so once.
    /// </summary>
    public string? Truncation { get; init; }

    /// <summary>Reader notes in Chinese ("表三按“总计”在首列重新对应") shown with the results.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many sections and tables were found: decides whether this reading may replace a stored one.</summary>
    public ReportCompleteness Completeness => ReportCompleteness.Of(this);

    public ReportSection? Section(int ordinal) => Sections.FirstOrDefault(s => s.Ordinal == ordinal);
}
