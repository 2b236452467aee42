namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>
/// Turns a range of lines into a stream of cells, whatever the flattening (docs/domain/annual-reports.md §7.1): compact
/// "a | b | c" rows, one cell per line with or without a trailing bar, markdown rows, wrapped cells, and PDF text
/// with space-separated values. Line structure is not trusted: the readers anchor on row labels in the stream.
/// </summary>
internal static class TableTokenizer
{
    /// <summary>Cells of lines [start, end) (0-based indexes into <paramref name="lines"/>).</summary>
    public static List<TableToken> Tokenize(IReadOnlyList<string> lines, int start, int end)
    {
        var tokens = new List<TableToken>();
        for (var index = start; index < end; index++)
        {
            var line = lines[index];
            if (line.Contains('|'))
            {
                AddBarCells(line, index + 1, tokens);
            }
            else
            {
                AddSpacedCells(line, index + 1, tokens);
            }
        }

        return tokens;
    }

    private static void AddBarCells(string line, int lineNumber, List<TableToken> tokens)
    {
        var cells = line.Split('|');
        var first = 0;
        var last = cells.Length - 1;
        while (first <= last && string.IsNullOrWhiteSpace(cells[first]))
        {
            first++;
        }

        if (first > last)
        {
            // A line of bars only ("|", "||"): in a one-cell-per-line copy, an empty cell. Like a trailing blank, it
            // only completes a row that is short of its width.
            tokens.Add(new TableToken(string.Empty, lineNumber, IsValue: false, IsTrailingBlank: true));
            return;
        }

        // Nothing at all after the last bar is the row's closing bar ("a | b |"), not a cell. Whitespace after it is
        // a cell that was joined in and left blank ("a | b | " from cells joined by " | ").
        if (last > first && cells[last].Length == 0)
        {
            last--;
        }

        var lastFilled = last;
        while (lastFilled >= first && string.IsNullOrWhiteSpace(cells[lastFilled]))
        {
            lastFilled--;
        }

        for (var i = first; i <= lastFilled; i++)
        {
            var text = cells[i].Trim();
            tokens.Add(new TableToken(text, lineNumber, text.Length == 0 || CellReader.IsValue(text)));
        }

        // Trailing empty cells of a row of several cells are a blank last cell or merged-cell debris ("| ||||"); the
        // row reader decides by the row's width. A one-cell line ("5 |") has none.
        if (lastFilled > first)
        {
            for (var i = lastFilled + 1; i <= last; i++)
            {
                tokens.Add(new TableToken(string.Empty, lineNumber, IsValue: false, IsTrailingBlank: true));
            }
        }
    }

    /// <summary>
    /// A line without bars: values are the whitespace-separated numbers; the words between them form one text cell
    /// (so "商业 企业" and "规 章" stay one label, and "四、结转下年度继续办理 0 0 0 0 0 0 0" is a label and 7 values).
    /// </summary>
    private static void AddSpacedCells(string line, int lineNumber, List<TableToken> tokens)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return;
        }

        var pendingStart = -1;
        var pendingEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (wordStart == i)
            {
                break;
            }

            var word = text[wordStart..i];
            if (word.Length <= 24 && CellReader.IsValue(word.ToString()))
            {
                FlushText(text, ref pendingStart, pendingEnd, lineNumber, tokens);
                tokens.Add(new TableToken(word.ToString(), lineNumber, true));
            }
            else
            {
                // PDF text puts a group label and its first row on one line ("(三)不予公开 1.属于国家秘密 0 0 …"):
                // a numbered word starts a new label.
                if (pendingStart >= 0 && StartsWithNumbering(word))
                {
                    FlushText(text, ref pendingStart, pendingEnd, lineNumber, tokens);
                }

                if (pendingStart < 0)
                {
                    pendingStart = wordStart;
                }

                pendingEnd = i;
            }
        }

        FlushText(text, ref pendingStart, pendingEnd, lineNumber, tokens);
    }

    private static bool StartsWithNumbering(ReadOnlySpan<char> word)
    {
        const string chineseDigits = "一二三四五六七八九十";
        if (word.Length >= 4 && word[0] is '(' or '（' && chineseDigits.Contains(word[1]) && word[2] is ')' or '）')
        {
            return true;
        }

        if (word.Length >= 3 && chineseDigits.Contains(word[0]) && word[1] == '、')
        {
            return true;
        }

        return word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[1] is '.' or '、' or '．' && !char.IsAsciiDigit(word[2]);
    }

    private static void FlushText(ReadOnlySpan<char> text, ref int start, int end, int lineNumber, List<TableToken> tokens)
    {
        if (start >= 0)
        {
            tokens.Add(new TableToken(text[start..end].ToString(), lineNumber, false));
            start = -1;
        }
    }
}
