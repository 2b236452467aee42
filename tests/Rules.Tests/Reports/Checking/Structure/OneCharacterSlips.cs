namespace ComplianceFns.Rules.Tests.Reports.Checking.Structure;

/// <summary>
/// Every one-character slip of a phrase: a character substituted, inserted, deleted, doubled, or two neighbours
/// transposed, at each position of the phrase's body (ordinals and brackets excluded, where a slip is no typo).
/// </summary>
internal static class OneCharacterSlips
{
    /// <summary>A character no label or title contains, for substitutions and insertions.</summary>
    private const char Foreign = '鑫';

    public static IEnumerable<(string Kind, string Slipped)> Of(string phrase, int from)
    {
        for (var i = from; i < phrase.Length; i++)
        {
            if (!IsWordCharacter(phrase[i]))
            {
                continue;
            }

            yield return ("substitution", phrase[..i] + Foreign + phrase[(i + 1)..]);
            yield return ("insertion", phrase[..i] + Foreign + phrase[i..]);
            yield return ("doubling", phrase[..(i + 1)] + phrase[i] + phrase[(i + 1)..]);
            if (phrase.Length - from > 4)
            {
                yield return ("deletion", phrase[..i] + phrase[(i + 1)..]);
            }

            if (i + 1 < phrase.Length && IsWordCharacter(phrase[i + 1]) && phrase[i] != phrase[i + 1])
            {
                yield return ("transposition", phrase[..i] + phrase[i + 1] + phrase[i] + phrase[(i + 2)..]);
            }
        }
    }

    private static bool IsWordCharacter(char c) => c is >= '\u4e00' and <= '\u9fff';
}
