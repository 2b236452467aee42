using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Where a report's text visibly breaks off before its last section: inside a table, right after a section heading,
/// or in the middle of a sentence (a page copy cut short, a PDF whose text layer ends, the first page of a paginated
/// article). A text that ends on a finished sentence, a date or a signature ends where its author ended it, so a
/// missing later section is then a real gap (S-SECTIONS), not a cut.
/// </summary>
internal static partial class TruncationDetector
{
    private const int ExcerptLength = 16;

    /// <summary>A text without any part heading is read as a cut report body only from this length on.</summary>
    private const int MinHeadlessBody = 300;

    /// <summary>Longest line that, inside a table, is a cut cell ("行政", "第") rather than prose.</summary>
    private const int MaxCellLength = 12;

    /// <summary>
    /// How the text is cut ("在第三部分的表格中（末行“…”）中断", "始于表格中（首行“…”），前面的部分不在文本中"), or
    /// null when it starts and ends properly.
    /// </summary>
    public static string? Find(IReadOnlyList<string> lines, int firstLine, IReadOnlyList<ReportSection> sections, TableRegions regions)
    {
        var ordinals = sections.Where(s => s.Ordinal is >= 1 and <= 6).Select(s => s.Ordinal).ToList();
        var cuts = new List<string>();
        if (StartCut(lines, firstLine, sections, ordinals) is { } start)
        {
            cuts.Add(start);
        }

        if (EndCut(lines, firstLine, sections, ordinals, regions) is { } end)
        {
            cuts.Add(end);
        }

        return cuts.Count == 0 ? null : string.Join("，", cuts);
    }

    /// <summary>A text whose first section is not 一 and that opens inside a table (one page of a PDF flip-book).</summary>
    private static string? StartCut(IReadOnlyList<string> lines, int firstLine, IReadOnlyList<ReportSection> sections, List<int> ordinals)
    {
        if (ordinals.Count > 0 && ordinals.Min() == 1)
        {
            return null;
        }

        // A later page of a flip-book or a paginated PDF ("Page 9 - …", "第9页"), before any part heading.
        var firstHeadingLine = ordinals.Count == 0 ? lines.Count : sections.First(s => s.Ordinal is >= 1 and <= 6).Line - 1;
        for (var i = firstLine; i < Math.Min(firstHeadingLine, firstLine + 4); i++)
        {
            if (LaterPage().Match(lines[i].Trim()) is { Success: true } page)
            {
                return $"始于第{page.Groups["n"].Value}页（“{Excerpt(lines[i].Trim())}”），之前各页不在文本中";
            }
        }

        if (ordinals.Count == 0)
        {
            return null;
        }

        var firstHeading = sections.First(s => s.Ordinal is >= 1 and <= 6).Line - 1;
        for (var i = firstLine; i < firstHeading; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && IsTableLine(line))
            {
                return $"始于表格中（首行“{RowName(line)}”），第{Ordinal(ordinals.Min())}部分之前的内容不在文本中";
            }
        }

        return null;
    }

    private static string? EndCut(IReadOnlyList<string> lines, int firstLine, IReadOnlyList<ReportSection> sections, List<int> ordinals, TableRegions regions)
    {
        // After section 六 nothing is required. No section at all: a short text is no report body ("年报正在更新"); a
        // long one (a copy whose 一、 heading was lost) is judged by how it ends.
        var lastOrdinal = ordinals.DefaultIfEmpty(0).Max();
        var bodyLength = 0;
        for (var i = firstLine; i < lines.Count && bodyLength < MinHeadlessBody; i++)
        {
            bodyLength += lines[i].Length;
        }

        if (lastOrdinal == 6 || (lastOrdinal == 0 && bodyLength < MinHeadlessBody))
        {
            return null;
        }

        var last = lines.Count - 1;
        while (last >= firstLine && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        if (last < firstLine)
        {
            return null;
        }

        var line = lines[last].Trim();
        var where = lastOrdinal == 0 ? "正文" : $"第{Ordinal(lastOrdinal)}部分";
        if (sections.FirstOrDefault(s => s.Line - 1 == last) is { } heading)
        {
            return $"在{where}标题“{Excerpt(heading.Heading)}”之后中断";
        }

        var inTable = new[] { regions.Table2, regions.Table3, regions.Table4 }.Any(r => !r.IsEmpty && last >= r.Start && last < r.End);
        if (IsTableLine(line) || (inTable && line.Length <= MaxCellLength && !SentenceEnd().IsMatch(line)))
        {
            return $"在{where}的表格中（末行“{RowName(line)}”）中断";
        }

        // A bare item number ("(四)", "3.") opens a point that never comes: its closing bracket is no sentence end.
        if (BareItemNumber().IsMatch(line))
        {
            return $"在{where}的小标题“{line}”之后中断";
        }

        return EndsProperly(line) ? null : $"在{where}的句子中间（“…{Tail(line)}”）中断";
    }

    [GeneratedRegex(@"^(?:[(（][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)$")]
    private static partial Regex BareItemNumber();

    /// <summary>A row is named by its label, its first cell ("3.危及‘三安全一稳定’"), without the values.</summary>
    private static string RowName(string line)
    {
        var label = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? line;
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = words.Reverse().TakeWhile(CellReader.IsValue).Count();
        if (values > 0 && values < words.Length)
        {
            label = string.Join(' ', words[..^values]);
        }

        return Excerpt(label.Replace('“', '‘').Replace('”', '’'));
    }

    private static bool IsTableLine(string line)
    {
        // "|" cells, or a table 二 block label ("第二十条第(八)项", cut or whole).
        if (line.Contains('|', StringComparison.Ordinal) || line.StartsWith("第二十条", StringComparison.Ordinal))
        {
            return true;
        }

        // PDF text: values spaced out after a row label ("四、结转下年度继续办理 0 0 0 0 0 0 0").
        var words = line.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var trailingValues = words.Reverse().TakeWhile(CellReader.IsValue).Count();
        return trailingValues == words.Length || trailingValues >= 3 || Table3Label.Match(line, null) is not null;
    }

    /// <summary>A finished sentence or heading mark, a date, a signature, or a one-word answer ("无").</summary>
    private static bool EndsProperly(string line) =>
        SentenceEnd().IsMatch(line) || DateLine().IsMatch(line) || SignatureLine().IsMatch(line) || line is "无" or "暂无" or "没有";

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";

    private static string Tail(string text) => text.Length <= ExcerptLength ? text : text[^ExcerptLength..];

    private static string Ordinal(int ordinal) => "一二三四五六"[ordinal - 1].ToString();

    [GeneratedRegex(@"^(?:Page|P\.)\s*(?<n>[2-9]|[1-9][0-9]{1,3})\b|^第\s*(?<n>[2-9]|[1-9][0-9]{1,3})\s*页", RegexOptions.IgnoreCase)]
    private static partial Regex LaterPage();

    [GeneratedRegex("[。！？!?；;…」』”\"）)】\\]]\\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^(19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日$|^(19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$")]
    private static partial Regex DateLine();

    [GeneratedRegex("^\\p{IsCJKUnifiedIdeographs}[\\p{IsCJKUnifiedIdeographs}（）()]{1,29}(人民政府|政府|办事处|乡|镇|街道|局|办|办公室|办公厅|委员会|委|厅|中心|院|署)$")]
    private static partial Regex SignatureLine();
}
