using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Text in, <see cref="AnnualReport"/> out (docs/domain/annual-reports.md §2, §3, §7): plain text as pages flatten it, or the
/// "| a | b |" rows the HTML/DOCX readers emit. Whatever is not found stays null or absent, never zero.
/// </summary>
public static class AnnualReportReader
{
    public static AnnualReport Read(string text, string source, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);

        var lines = OneLineParagraphs.Split(SplitLines(text));
        var (headerCount, partial) = SourceHeader.Read(lines);
        var sections = SectionFinder.Find(lines, headerCount);
        var firstSection = sections.Count > 0 ? sections[0].Line - 1 : lines.Count;
        var notes = new List<string>();

        var title = TitleReader.Find(lines, headerCount, firstSection);
        var period = PeriodReader.Find(lines, headerCount);
        var regions = TableRegions.Locate(lines, headerCount, sections);

        var table2Rows = Table2Reader.ReadRows(lines, regions.Table2);
        var table3 = Table3Reader.Read(lines, regions.Table3, notes);
        var table4 = Table4Reader.Read(lines, regions.Table4);
        var (format, signals) = FormatDetector.Detect(lines, regions.Table2, table2Rows.Where(r => !r.Extra).Select(r => r.Printed), table3);
        var table2 = Table2Reader.Place(table2Rows, format);
        var truncation = partial ? null : TruncationDetector.Find(lines, headerCount, sections, regions);

        return new AnnualReport
        {
            Source = source,
            Lines = lines,
            Title = title,
            Year = year ?? (title is null ? null : TitleReader.YearOf(title)) ?? YearFromSource(source) ?? period?.Start?.Year,
            Organ = TitleReader.OrganOf(title),
            Format = format,
            FormatSignals = signals,
            Preamble = sections.Count > 0 ? string.Join('\n', lines.Skip(headerCount).Take(firstSection - headerCount)).Trim() : string.Empty,
            Sections = sections,
            Period = period,
            Table2 = table2,
            Table3 = table3,
            Table4 = table4,
            DeclaredPartial = partial || truncation is not null,
            Truncation = truncation,
            Notes = notes,
        };
    }

    /// <summary>Lines without their break characters, each folded to simplified, half-width digits (readable form).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(TextFolding.FoldLine(text[start..i]));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(TextFolding.FoldLine(text[start..]));
        }

        return lines;
    }

    /// <summary>A year the file name starts with ("2019-xiaogan-yjs.txt"); long digit runs in URLs are not years.</summary>
    private static int? YearFromSource(string source)
    {
        var name = source.Replace('\\', '/');
        var query = name.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            name = name[..query];
        }

        name = name.TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..];
        if (name.Length >= 5 && (name[..2] is "19" or "20") && char.IsAsciiDigit(name[2]) && char.IsAsciiDigit(name[3]) && !char.IsAsciiDigit(name[4]))
        {
            return int.Parse(name.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }
}
