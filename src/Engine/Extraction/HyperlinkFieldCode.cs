using System.Text;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Reads the target of a Word field code such as <c>HYPERLINK "http://x.gov.cn/" \o "tip"</c>.</summary>
internal static class HyperlinkFieldCode
{
    /// <summary>The external target, or null for another field or a bookmark-only (\l) hyperlink.</summary>
    public static string? TargetOf(string instruction)
    {
        var tokens = Tokenize(instruction);
        if (tokens.Count == 0 || !tokens[0].Text.Equals("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Quoted && token.Text.StartsWith('\\'))
            {
                // \l, \o, \t, \n take an argument; \m, \h do not.
                if (token.Text.Length == 2 && "lotLOT".Contains(token.Text[1]))
                {
                    i++;
                }

                continue;
            }

            return token.Text.Length > 0 ? token.Text.Replace("\\\\", "\\") : null;
        }

        return null;
    }

    private static List<(string Text, bool Quoted)> Tokenize(string instruction)
    {
        var tokens = new List<(string, bool)>();
        var i = 0;
        while (i < instruction.Length)
        {
            if (char.IsWhiteSpace(instruction[i]))
            {
                i++;
                continue;
            }

            if (instruction[i] == '"')
            {
                var end = instruction.IndexOf('"', i + 1);
                end = end < 0 ? instruction.Length : end;
                tokens.Add((instruction[(i + 1)..end], true));
                i = end + 1;
                continue;
            }

            var token = new StringBuilder();
            while (i < instruction.Length && !char.IsWhiteSpace(instruction[i]))
            {
                token.Append(instruction[i++]);
            }

            tokens.Add((token.ToString(), false));
        }

        return tokens;
    }
}
