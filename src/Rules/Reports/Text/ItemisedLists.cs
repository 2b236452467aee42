using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// Finds itemised lists in prose. The total is the last count before the marker (in the previous sentence when the
/// marker opens a sentence: "主动公开80条。其中，…"); the items run to the sentence end, a nested marker, a closing
/// bracket for "(含…)", or a clause that starts another statement ("分别", "共", "累计", "办结…", "结转…"). Counts breaking an item down
/// ("…的7件中属于…的2件") are nested, not items.
/// </summary>
public static partial class ItemisedLists
{
    /// <summary>Longest stretch of text one list (or its lead-in) may span.</summary>
    public const int MaxListChars = 1000;

    public static IReadOnlyList<ItemisedList> Find(string text)
    {
        var numbers = ProseNumbers.Find(text);
        var sentences = ProseSentences.Split(text);
        var lists = new List<ItemisedList>();

        foreach (Match marker in Marker().Matches(text))
        {
            var bracketed = marker.Value.Length > 0 && marker.Value[0] is '(' or '（';
            var sentence = ProseSentences.At(sentences, marker.Index);
            if (sentence is null)
            {
                continue;
            }

            var total = TotalBefore(text, numbers, sentences, sentence, marker.Index);
            if (total is null || IsChange(text, total))
            {
                continue;
            }

            // A list never runs longer than MaxListChars: a run-on sentence must not make every marker scan all of it.
            var limit = Math.Min(sentence.End, marker.Index + marker.Length + MaxListChars);
            var endedByStatement = false;
            var regionEnd = bracketed ? ClosingBracket(text, marker.Index + marker.Length, limit) : RegionEnd(text, marker.Index + marker.Length, limit, out endedByStatement);
            var outside = OutsideClause(text, marker.Index + marker.Length, regionEnd);
            regionEnd = outside ?? regionEnd;
            var items = new List<ItemisedItem>();
            var groupEnds = new List<int>();

            // A place where the list may end as well as go on: the items so far are one reading of it.
            void MayEndHere()
            {
                if (items.Count > 0 && (groupEnds.Count == 0 || groupEnds[^1] != items.Count))
                {
                    groupEnds.Add(items.Count);
                }
            }

            var depth = 0;
            var nested = false;
            var cursor = marker.Index + marker.Length;
            for (var n = ProseNumbers.FirstAtOrAfter(numbers, cursor); n < numbers.Count && numbers[n].End <= regionEnd; n++)
            {
                var number = numbers[n];
                for (var i = cursor; i < number.Offset; i++)
                {
                    depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
                    nested &= depth > 0 || !ProseClauses.IsDelimiter(text[i]) || text[i] == '、';

                    // At the list's own depth: a semicolon, or a count in a unit the reader does not list (民意征集3期).
                    if (depth <= 0 && (text[i] is '；' or ';' || (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))))
                    {
                        MayEndHere();
                    }
                }

                cursor = number.End;
                var atListDepth = depth <= 0 && !nested;
                if (atListDepth && SameCounter(number.Unit, total.Unit))
                {
                    if (number.Unit != total.Unit)
                    {
                        // "信息5767条，其中…3683条，…2084条，主动公开文件597份": 份 and 篇 may count other things.
                        MayEndHere();
                    }

                    items.Add(new ItemisedItem(Category(text, number, marker.Index + marker.Length), number));
                    nested = OpensNesting(text, number);
                }
                else if (atListDepth && number.Unit.Length > 0)
                {
                    MayEndHere(); // a count of something else (举办活动2场)
                }
            }

            if (items.Count == 0)
            {
                continue;
            }

            MayEndHere();

            var continuation = endedByStatement && outside is null
                ? numbers.Where(n => n.Offset >= regionEnd && n.End <= limit && SameCounter(n.Unit, total.Unit)).ToList()
                : [];
            lists.Add(new ItemisedList(total, marker.Value.TrimStart('(', '（'), items, groupEnds) { Continuation = continuation });
        }

        AddUnmarked(text, numbers, lists);
        return lists;
    }

    /// <summary>Fewest items an unmarked list needs to be read as one.</summary>
    private const int MinUnmarkedItems = 3;

    /// <summary>
    /// A total followed, clause after clause, by bare "category + count" items of its unit and nothing else
    /// ("累计公布信息69条,工作动态61条,运输管理5条,建设管理3条,航务管理1条"): an itemisation without a marker word.
    /// The total's clause must say it is one (共, 累计, 合计, 总计, 全年); every item is a short noun phrase, no verb.
    /// </summary>
    private static void AddUnmarked(string text, IReadOnlyList<ProseNumber> numbers, List<ItemisedList> lists)
    {
        var listed = new HashSet<int>(lists.SelectMany(l => l.Items.Select(i => i.Count.Offset).Append(l.Total.Offset)));
        for (var n = 0; n < numbers.Count; n++)
        {
            var total = numbers[n];
            if (listed.Contains(total.Offset) || total.End >= text.Length || text[total.End] is not ('，' or ','))
            {
                continue;
            }

            var totalClause = text[Math.Max(ProseClauses.ClauseStart(text, total.Offset), total.Offset - MaxListChars)..total.Offset];
            if (!TotalWord().IsMatch(totalClause) || IsChange(text, total))
            {
                continue;
            }

            var items = new List<ItemisedItem>();
            var m = n + 1;
            var cursor = total.End + 1;
            while (m < numbers.Count && numbers[m].Unit == total.Unit)
            {
                if (numbers[m].Offset - cursor > 14)
                {
                    break;
                }

                var category = text[cursor..numbers[m].Offset];
                if (!BareCategory().IsMatch(category))
                {
                    break;
                }

                items.Add(new ItemisedItem(category, numbers[m]));
                var after = numbers[m].End;
                if (after < text.Length && text[after] is '，' or ',' or '、')
                {
                    cursor = after + 1;
                    m++;
                    continue;
                }

                // "…6条以及涉企行政检查公示1条": a joining word brings in the last item, and the list ends with it.
                var joiner = FinalJoiner().Match(text, after, Math.Min(text.Length - after, 3));
                if (joiner.Success && m + 1 < numbers.Count && numbers[m + 1].Unit == total.Unit
                    && numbers[m + 1].Offset - (after + joiner.Length) <= 14
                    && BareCategory().IsMatch(text[(after + joiner.Length)..numbers[m + 1].Offset]))
                {
                    items.Add(new ItemisedItem(text[(after + joiner.Length)..numbers[m + 1].Offset], numbers[m + 1]));
                    m++;
                }

                break;
            }

            if (items.Count >= MinUnmarkedItems)
            {
                lists.Add(new ItemisedList(total, string.Empty, items, [items.Count]));
                n = m;
            }
        }
    }

    private static ProseNumber? TotalBefore(string text, IReadOnlyList<ProseNumber> numbers, IReadOnlyList<ProseSentence> sentences, ProseSentence sentence, int markerIndex)
    {
        var before = ProseNumbers.LastEndingBy(numbers, markerIndex);
        var inSentence = before is not null && before.Offset >= sentence.Offset ? before : null;
        if (inSentence is not null)
        {
            if (markerIndex - inSentence.End > MaxListChars)
            {
                return null;
            }

            // The total must sit in the clause before the marker or in the marker's own clause ("…71条,其中…"); a
            // number without a unit in between ("其他类170包括…") is the real total, which cannot be read.
            var between = text[inSentence.End..markerIndex];
            if (between.Any(char.IsAsciiDigit))
            {
                return null;
            }

            return between.Count(c => ProseClauses.IsDelimiter(c) && c != '、') <= 1 ? inSentence : null;
        }

        var opensSentence = markerIndex - sentence.Offset <= MaxListChars
            && text[sentence.Offset..markerIndex].All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));
        if (!opensSentence)
        {
            return null;
        }

        if (sentence.Offset == 0 || ProseSentences.At(sentences, PreviousNonBlank(text, sentence.Offset)) is not { } previous)
        {
            return null;
        }

        var last = ProseNumbers.LastEndingBy(numbers, previous.End);
        if (last is null || last.Offset < previous.Offset)
        {
            return null;
        }

        // "…科教文体卫生类信息9条,安全生产类信息3条,其他类信息9条。其中主动公开…": when the sentence before is itself an
        // enumeration, "其中" may break down its whole or its last item; which one cannot be read.
        var siblings = 0;
        for (var n = ProseNumbers.FirstAtOrAfter(numbers, previous.Offset); n < numbers.Count && numbers[n].End <= previous.End; n++)
        {
            siblings += SameCounter(numbers[n].Unit, last.Unit) ? 1 : 0;
        }

        return siblings >= MinEnumerationBeforeMarker ? null : last;
    }

    /// <summary>Counts of one counter in the sentence before a sentence-opening "其中" that make it an enumeration.</summary>
    private const int MinEnumerationBeforeMarker = 3;

    /// <summary>
    /// "不予公开的7件中属于…的2件": counts after "N件中" break that item down; they are not its siblings, up to the
    /// end of the clause ("、" keeps listing sub-items).
    /// </summary>
    private static bool OpensNesting(string text, ProseNumber number)
    {
        var i = number.End;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == '中';
    }

    /// <summary>
    /// Counters of the same things: documents and pieces of information are counted in 条, 件, 篇 or 份 alike
    /// ("发布政府信息79603条,其中:会议信息220条,政策文件3302件,…"); other units are other quantities.
    /// </summary>
    private static bool SameCounter(string unit, string totalUnit) =>
        unit == totalUnit || (DocumentCounters.Contains(unit) && DocumentCounters.Contains(totalUnit));

    private static readonly HashSet<string> DocumentCounters = ["条", "件", "篇", "份"];

    /// <summary>
    /// "较上一年度增加42件，其中…": the number is a change between two years, not a total its items add up to.
    /// </summary>
    private static bool IsChange(string text, ProseNumber total)
    {
        var clause = text[Math.Max(ProseClauses.ClauseStart(text, total.Offset), total.Offset - MaxListChars)..total.Offset];
        return Change().IsMatch(clause);
    }

    private static int PreviousNonBlank(string text, int offset)
    {
        var i = offset - 1;
        while (i > 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }

    private static int ClosingBracket(string text, int from, int limit)
    {
        var depth = 1;
        for (var i = from; i < limit; i++)
        {
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return limit;
    }

    private static int RegionEnd(string text, int from, int limit, out bool endedByStatement)
    {
        endedByStatement = false;
        // A nested (unbracketed) marker ends this list; its last item is the nested list's total.
        var nested = Marker().Match(text, from, limit - from);
        while (nested.Success && nested.Value[0] is '(' or '（')
        {
            nested = nested.NextMatch();
        }

        var end = nested.Success && nested.Index < limit ? nested.Index : limit;

        // A later clause that opens another statement ends the list too, and so does the bracket around the marker
        // ("13条(其中:乡镇动态11条,财政预算决算2条);在…APP公开发布内容26条").
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
            if (depth < 0)
            {
                return i;
            }

            if (depth == 0 && ProseClauses.IsDelimiter(text[i]) && text[i] != '、')
            {
                var clause = text[(i + 1)..ProseClauses.ClauseEnd(text, i + 1)];
                if (NewStatement().IsMatch(clause))
                {
                    endedByStatement = true;
                    return i;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// The delimiter before the first clause that counts something outside the total ("（含上年度结转6件，另有9件顺延
    /// 答复）", "…，此外…", "…，不含…"): the list ends there. Only clauses at the list's own bracket depth count.
    /// </summary>
    private static int? OutsideClause(string text, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
            if (depth == 0 && ProseClauses.IsDelimiter(text[i]) && text[i] != '、')
            {
                var next = i + 1;
                while (next < end && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (OutsideTotal().IsMatch(text.AsSpan(next, Math.Min(end, text.Length) - next)))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static string Category(string text, ProseNumber number, int regionStart)
    {
        var start = Math.Max(regionStart, ProseClauses.ClauseStart(text, number.Offset, listSeparatorEnds: true));
        var category = text[start..number.Offset].Trim().TrimStart('(', '（', ')', '）');
        foreach (var lead in new[] { "其中包括", "其中", "包括", "以及", "和", "及" })
        {
            if (category.StartsWith(lead, StringComparison.Ordinal))
            {
                category = category[lead.Length..];
            }
        }

        return category.Trim();
    }

    [GeneratedRegex(@"[(（]含|其中包括|其中|包括|分别为|分别是", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\G(以及|及|和|与)")]
    private static partial Regex FinalJoiner();

    [GeneratedRegex(@"(?<!公)共|累计|合计|总计|全年")]
    private static partial Regex TotalWord();

    /// <summary>A short noun phrase: CJK words, no verb that would make the clause a statement of its own.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}“”""（）()]{2,12}$(?<!.*(发布|公开|公布|办理|办结|答复|收到|受理|开展|举办|组织|完成|新增|增加|减少|其中|共|累计|合计|总计|小计|结转|截至|占))")]
    private static partial Regex BareCategory();

    [GeneratedRegex(@"较|同比|环比|比上年|比去年|增加|减少|增长|下降|提高|降低|增幅|降幅")]
    private static partial Regex Change();

    [GeneratedRegex(@"^(?:另有|另外|此外|另(?!行)|还有|不含|未含|不包括|未包括)", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideTotal();

    [GeneratedRegex(@"分别|^.{0,6}((?<!公)共|累计|合计|总计)|^.{0,6}(收到|受理|办结|答复|回复|结转|转办|行政复议|行政诉讼|复议|诉讼)", RegexOptions.CultureInvariant)]
    private static partial Regex NewStatement();
}
