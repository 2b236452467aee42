using Azure.Data.Tables;

namespace ComplianceFns.Engine.Storage;

/// <summary>Fits text into table properties, whose string values hold at most 32K UTF-16 characters (64 KiB).</summary>
internal static class TableText
{
    public const int MaxPropertyChars = 32 * 1024;

    public const string TruncationMarker = "…[truncated]";

    /// <summary>Keeps text within <paramref name="maxChars"/>, ending in a visible marker when cut.</summary>
    public static string Truncate(string text, int maxChars = MaxPropertyChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var keep = Math.Max(0, maxChars - TruncationMarker.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), TruncationMarker);
    }

    public static string? TruncateOrNull(string? text) => text is null ? null : Truncate(text);

    /// <summary>Writes long text over several properties (<c>Name</c>, <c>Name1</c>, <c>Name2</c> …).</summary>
    public static void WriteChunked(TableEntity entity, string name, string text)
    {
        var index = 0;
        for (var offset = 0; offset < text.Length || index == 0; index++)
        {
            var length = Math.Min(MaxPropertyChars, text.Length - offset);
            if (length > 0 && offset + length < text.Length && char.IsHighSurrogate(text[offset + length - 1]))
            {
                length--;
            }

            entity[ChunkName(name, index)] = text.Substring(offset, length);
            offset += length;
        }
    }

    public static string? ReadChunked(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(first);
        for (var index = 1; entity.GetString(ChunkName(name, index)) is { } chunk; index++)
        {
            builder.Append(chunk);
        }

        return builder.ToString();
    }

    private static string ChunkName(string name, int index) =>
        index == 0 ? name : name + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
