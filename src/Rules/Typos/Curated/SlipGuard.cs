using ComplianceFns.Rules.Typos.Confusion;
using ComplianceFns.Rules.Typos.Context;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Rules.Typos.Curated;

/// <summary>
/// Decides whether a one-character slip of a serious entry found in text is a slip and not other correct text.
/// A slip is rejected when its changed characters read as a real word with their neighbours (乡村兴旺 is not a
/// dropped 振 of 乡村振兴, 人民政协 is not a miswritten 人民政府, 国务委员 not 国务院): a dictionary word that covers
/// a changed character and is not part of the entry itself. Inside a long entry (社会主意思想) only words reaching
/// out of the span count: the rest of the entry is evidence enough. Short entries (3 characters) accept only
/// pinyin or shape confusables and doubled characters, and particles (的, 和, 、 …) are never counted as slips.
/// </summary>
internal static class SlipGuard
{
    /// <summary>From this length an entry's interior slips ignore words inside the span.</summary>
    public const int LongEntryLength = 6;

    /// <summary>A word needs this jieba frequency (or to be a word of government prose) to make a slip real text.</summary>
    public const int MinWordFrequency = 20;

    private const int MaxWordLength = 4;
    private const string Particles = "的地得之和与及并或、，";
    private const string Levels = "国省市县区州盟旗乡镇村街";
    private const string OrganSuffixes = "部局委厅办署院会处室司所站";

    public static bool Accepts(string text, string entry, Slip slip)
    {
        if (!IsPlausibleEdit(text, entry, slip))
        {
            return false;
        }

        // An inserted character that makes a word with its neighbours is a modifier, not a slip (政务服务和大数据管理局).
        var longInterior = entry.Length >= LongEntryLength && slip.Kind != SlipKind.Insertion
            && slip.Start < slip.TextIndex && slip.TextIndex < slip.End - 1;
        foreach (var position in ChangedPositions(text, slip))
        {
            if (position >= 0 && position < text.Length && HasRealWord(text, entry, slip, position, crossingOnly: longInterior))
            {
                return false;
            }
        }

        // Next to a short entry's edge, the edge character must not belong to an outside word: in 个人因政府 the 人 is
        // 个人's, so 人因政府 is no slip of 人民政府. Far from the edit an outside word proves nothing (习近平|生态文明明).
        return entry.Length >= LongEntryLength
            || !((slip.TextIndex - slip.Start <= 1 && HasRealWord(text, entry, slip, slip.Start, crossingOnly: true))
                || (slip.End - 1 - slip.TextIndex <= 1 && HasRealWord(text, entry, slip, slip.End - 1, crossingOnly: true)));
    }

    private static bool IsPlausibleEdit(string text, string entry, Slip slip)
    {
        var written = slip.TextIndex >= 0 && slip.TextIndex < text.Length ? text[slip.TextIndex] : '\0';
        var expected = entry[slip.EntryIndex];
        return slip.Kind switch
        {
            SlipKind.Substitution => IsHan(written) && IsHan(expected) && !Particles.Contains(written) && Confusables.Pinyin(written) is not null
                && !SameClass(expected, written)
                && (IsInteriorOfLong(entry, slip.EntryIndex) || IsConfusable(expected, written)),
            SlipKind.Insertion => entry.Length > 3 && IsHan(written) && !Particles.Contains(written),
            SlipKind.Doubling => IsHan(written),
            SlipKind.Deletion => entry.Length > 3 && IsHan(expected) && !IsParticleIn(entry, slip.EntryIndex)
                && (entry.Length >= LongEntryLength || !JoinsAsProse(text, slip.TextIndex)),
            SlipKind.Transposition => IsHan(written) && IsHan(expected),
            _ => false,
        };
    }

    // 和 in 住房和城乡建设部 may go (住房城乡建设部 is correct too); 和 in 共和国 belongs to the word 共和 and may not.
    private static bool IsParticleIn(string entry, int index)
    {
        if (!Particles.Contains(entry[index]))
        {
            return false;
        }

        var words = WordFrequencyDictionary.Instance;
        return !(index > 0 && words.FrequencyOf(entry.AsSpan(index - 1, 2)) >= MinWordFrequency)
            && !(index + 1 < entry.Length && words.FrequencyOf(entry.AsSpan(index, 2)) >= MinWordFrequency);
    }

    // A short entry (under six characters) with a character left out must leave a pair that government prose never
    // has (人政, 村兴 …), or it is other text (入口和统一 is no 和平统一 missing 平).
    private static bool JoinsAsProse(string text, int after) =>
        after > 0 && after < text.Length && GovernmentProse.Instance.IsAttested(text[after - 1], text[after]);

    // Any character may replace one inside a long entry; at an edge or in a short entry it must be a pinyin or shape
    // confusable, since there the replaced character often starts or ends another word (国家知识产权强县).
    private static bool IsInteriorOfLong(string entry, int index) =>
        entry.Length >= LongEntryLength && index > 0 && index < entry.Length - 1;

    private static bool IsConfusable(char expected, char written) =>
        Confusables.For(expected).Contains(written) || ContextConfusables.Of(expected).Contains(written, StringComparison.Ordinal);

    // Levels and organ suffixes stand for one another in correct local text: 全面依法治县, 文化强省, 市卫生健康委.
    private static bool SameClass(char expected, char written) =>
        (Levels.Contains(expected) && Levels.Contains(written)) || (OrganSuffixes.Contains(expected) && OrganSuffixes.Contains(written));

    // The text positions whose neighbourhood decides: the changed character, both copies of a doubled one, both
    // swapped ones, and both characters around a gap.
    private static IEnumerable<int> ChangedPositions(string text, Slip slip)
    {
        var t = slip.TextIndex;
        switch (slip.Kind)
        {
            case SlipKind.Deletion:
                yield return t - 1;
                yield return t;
                break;
            case SlipKind.Doubling:
                yield return t;
                if (t > 0 && text[t - 1] == text[t])
                {
                    yield return t - 1;
                }

                if (t + 1 < text.Length && text[t + 1] == text[t])
                {
                    yield return t + 1;
                }

                break;
            case SlipKind.Transposition:
                yield return t;
                yield return t - 1 >= slip.Start ? t - 1 : t + 1;
                yield return t + 1 < slip.End ? t + 1 : t - 1;
                break;
            default:
                yield return t;
                break;
        }
    }

    private static bool HasRealWord(string text, string entry, Slip slip, int position, bool crossingOnly)
    {
        var words = WordFrequencyDictionary.Instance;
        var prose = GovernmentProse.Instance;
        for (var start = Math.Max(0, position - MaxWordLength + 1); start <= position; start++)
        {
            for (var end = Math.Max(position + 1, start + 2); end <= Math.Min(text.Length, start + MaxWordLength); end++)
            {
                // A word must touch the span, and inside a long entry reach out of it.
                if (end <= slip.Start || start >= slip.End || (crossingOnly && start >= slip.Start && end <= slip.End))
                {
                    continue;
                }

                var word = text.AsSpan(start, end - start);
                if (!AllHan(word) || entry.AsSpan().IndexOf(word) >= 0 || IsReduplication(word, slip))
                {
                    continue;
                }

                if (words.FrequencyOf(word) >= MinWordFrequency || prose.WordCount(word) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A doubled character reads as 明明 or 乡乡: that pair is the slip, not a word against it.
    private static bool IsReduplication(ReadOnlySpan<char> word, Slip slip) =>
        slip.Kind == SlipKind.Doubling && word.Length == 2 && word[0] == word[1];

    private static bool AllHan(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHan(char c) => NearMissGenerator.IsHan(c);
}
