using System.Security.Cryptography;
using System.Text;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// Turns any string into a valid PartitionKey/RowKey. The service forbids <c>/ \ # ?</c> and control characters
/// (U+0000–U+001F, U+007F–U+009F) and limits a key to 1 KiB. Forbidden characters and '%' become <c>%XX</c>, so
/// keys are reversible; a key still too long keeps a readable prefix and ends with <c>%~</c> plus a SHA-256 of the
/// original, which no escaped key can contain ('%' is always followed by two hex digits there).
/// </summary>
public static class TableKeys
{
    /// <summary>The service limit in bytes; checked in both UTF-16 and UTF-8 so either reading of "1 KiB" holds.</summary>
    public const int MaxKeyBytes = 1024;

    private const string HashMarker = "%~";

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = EscapeCharacters(value);
        return FitsLimit(escaped) ? escaped : Hashed(escaped, value);
    }

    /// <summary>True when <paramref name="key"/> came from the hashing fallback and cannot be reversed.</summary>
    public static bool IsHashed(string key) => key.Contains(HashMarker, StringComparison.Ordinal);

    /// <summary>Reverses <see cref="Escape"/>; throws for hashed or malformed keys.</summary>
    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (IsHashed(key))
        {
            throw new FormatException("The key was shortened with a hash and cannot be reversed.");
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != '%')
            {
                builder.Append(key[i]);
                continue;
            }

            if (i + 2 >= key.Length || !IsHex(key[i + 1]) || !IsHex(key[i + 2]))
            {
                throw new FormatException($"Malformed escape at position {i} in key '{key}'.");
            }

            builder.Append((char)Convert.ToInt32(key.Substring(i + 1, 2), 16));
            i += 2;
        }

        return builder.ToString();
    }

    public static bool IsForbidden(char c) =>
        c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    private static string EscapeCharacters(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c == '%' || IsForbidden(c))
            {
                // Every such character is below U+0100, so two hex digits suffice.
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool FitsLimit(string key) =>
        key.Length * 2 <= MaxKeyBytes && Encoding.UTF8.GetByteCount(key) <= MaxKeyBytes;

    private static string Hashed(string escaped, string original)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)));
        var suffix = HashMarker + hash;
        var prefixLength = Math.Min(escaped.Length, (MaxKeyBytes / 2) - suffix.Length);
        while (prefixLength > 0 && !FitsLimit(string.Concat(escaped.AsSpan(0, prefixLength), suffix)))
        {
            prefixLength--;
        }

        prefixLength = SafeCut(escaped, prefixLength);
        return string.Concat(escaped.AsSpan(0, prefixLength), suffix);
    }

    /// <summary>Moves a cut back so it splits neither a surrogate pair nor a %XX escape.</summary>
    private static int SafeCut(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsLowSurrogate(text[length]))
        {
            length--;
        }

        for (var back = 1; back <= 2 && length - back >= 0; back++)
        {
            if (text[length - back] == '%')
            {
                return length - back;
            }
        }

        return length;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
