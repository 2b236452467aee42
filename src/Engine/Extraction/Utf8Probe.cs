using System.Text.Unicode;

namespace ComplianceFns.Engine.Extraction;

internal enum Utf8Profile
{
    /// <summary>Only bytes below 0x80 (or empty): every ASCII-compatible charset reads it the same.</summary>
    Ascii,

    /// <summary>Valid UTF-8 with at least one multi-byte sequence.</summary>
    ValidMultiByte,

    Invalid,
}

/// <summary>Classifies bytes as ASCII, valid UTF-8 or not UTF-8, tolerating a sequence cut off by a size limit.</summary>
internal static class Utf8Probe
{
    public static Utf8Profile Inspect(ReadOnlySpan<byte> body)
    {
        if (body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
        {
            return Utf8Profile.Ascii;
        }

        return Utf8.IsValid(WithoutTruncatedTail(body)) ? Utf8Profile.ValidMultiByte : Utf8Profile.Invalid;
    }

    /// <summary>Drops a multi-byte sequence that the body ends in the middle of (a body cut at a byte limit).</summary>
    private static ReadOnlySpan<byte> WithoutTruncatedTail(ReadOnlySpan<byte> body)
    {
        for (var back = 1; back <= Math.Min(3, body.Length); back++)
        {
            var b = body[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: keep looking for the lead byte
            }

            var needed = b switch
            {
                >= 0xF0 and <= 0xF4 => 4,
                >= 0xE0 => 3,
                >= 0xC2 => 2,
                _ => 1,
            };
            return needed > back ? body[..^back] : body;
        }

        return body;
    }
}
