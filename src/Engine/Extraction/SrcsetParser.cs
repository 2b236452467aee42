namespace ComplianceFns.Engine.Extraction;

/// <summary>Splits an <c>srcset</c> value into its candidate URLs (descriptors dropped), following the HTML parsing rules.</summary>
internal static class SrcsetParser
{
    public static IReadOnlyList<string> Candidates(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                // "a.jpg," ends the candidate with no descriptors.
                url = url.TrimEnd(',');
            }
            else
            {
                SkipDescriptors(srcset, ref i);
            }

            if (url.Length > 0)
            {
                urls.Add(url);
            }
        }

        return urls;
    }

    /// <summary>Descriptors run to the next comma that is not inside parentheses.</summary>
    private static void SkipDescriptors(string srcset, ref int i)
    {
        var depth = 0;
        for (; i < srcset.Length; i++)
        {
            var c = srcset[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                i++;
                return;
            }
        }
    }
}
