using System.IO.Compression;
using System.Runtime.InteropServices;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Measures what an expanding PDF filter would decode to, without keeping the output (constant memory), stopping
/// as soon as it passes a limit. Flate, LZW and RunLength can expand; the other filters shrink or are not decoded
/// for link extraction.
/// </summary>
internal static class DecodedSizeCounter
{
    private const int ReadBlock = 64 * 1024;

    /// <summary>Decoded length, or a value above <paramref name="limit"/> as soon as it is passed.</summary>
    public static long Flate(ReadOnlyMemory<byte> input, long limit)
    {
        if (input.Length <= 2)
        {
            return 0;
        }

        // Like PdfPig: skip the two-byte zlib header, which DeflateStream does not read.
        var body = input[2..];
        using var compressed = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
        var buffer = new byte[ReadBlock];
        long total = 0;
        try
        {
            int read;
            while (total <= limit && (read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on: PdfPig keeps at most what inflated before the damage.
        }

        return total;
    }

    /// <summary>RunLength (PDF 32000 §7.4.5): a length byte, then literal bytes or one repeated byte.</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && total <= limit)
        {
            var length = input[i];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                total += length + 1;
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }

        return total;
    }

    /// <summary>LZW (PDF 32000 §7.4.4): only the length of each table entry is tracked, never its bytes.</summary>
    public static long Lzw(ReadOnlySpan<byte> input, bool earlyChange, long limit)
    {
        const int clearTable = 256;
        const int endOfData = 257;
        var lengths = new int[4096];
        var tableSize = 258;
        var codeWidth = 9;
        var previous = -1;
        long total = 0;
        long bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (total <= limit)
        {
            while (bitCount < codeWidth && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < codeWidth)
            {
                break;
            }

            var code = (int)((bitBuffer >> (bitCount - codeWidth)) & ((1 << codeWidth) - 1));
            bitCount -= codeWidth;
            if (code == clearTable)
            {
                tableSize = 258;
                codeWidth = 9;
                previous = -1;
                continue;
            }

            if (code == endOfData)
            {
                break;
            }

            int length;
            if (code < 256)
            {
                length = 1;
            }
            else if (code < tableSize && previous >= 0)
            {
                length = lengths[code];
            }
            else if (code == tableSize && previous >= 0)
            {
                length = LengthOf(previous, lengths) + 1;
            }
            else
            {
                break; // invalid code: the decoder stops here too
            }

            total += length;
            if (previous >= 0 && tableSize < lengths.Length)
            {
                lengths[tableSize++] = LengthOf(previous, lengths) + 1;
            }

            previous = code;
            var threshold = earlyChange ? tableSize + 1 : tableSize;
            codeWidth = threshold >= 2048 ? 12 : threshold >= 1024 ? 11 : threshold >= 512 ? 10 : 9;
        }

        return total;
    }

    private static int LengthOf(int code, int[] lengths) => code < 256 ? 1 : lengths[code];
}
