using System.Text;
using ComplianceFns.Engine.Extraction;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ComplianceFns.Engine.Tests.Extraction;

/// <summary>The counters must agree with PdfPig's own decoders, or a bomb could slip past the budget.</summary>
public sealed class DecodedSizeCounterTests
{
    private static readonly DictionaryToken NoParameters = new(new Dictionary<NameToken, IToken>());

    private static readonly byte[] Prose = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i =>
        $"第{i}条 http://127.0.0.1:8080/zwgk/{i * 7919 % 1000}/index.html 政务公开 {i * i} ")));

    [Fact]
    public void Flate_count_equals_pdfpig_decoded_length()
    {
        var compressed = Compress(Prose);

        var decoded = new FlateFilter().Decode(compressed, NoParameters, DefaultFilterProvider.Instance, 0);

        Assert.Equal(Prose.Length, decoded.Length);
        Assert.Equal(Prose.Length, DecodedSizeCounter.Flate(compressed, long.MaxValue));
    }

    [Fact]
    public void Flate_count_stops_soon_after_the_limit()
    {
        var bomb = PdfBombFixtures.FlateZeros(64 * PdfBombFixtures.MiB);

        var counted = DecodedSizeCounter.Flate(bomb, PdfBombFixtures.MiB);

        Assert.InRange(counted, PdfBombFixtures.MiB + 1, PdfBombFixtures.MiB + (64 * 1024));
    }

    [Fact]
    public void RunLength_count_equals_pdfpig_decoded_length()
    {
        // "abc", then 'x' four times (257 - 253), then 'y' 128 times (257 - 129), then end of data.
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 253, (byte)'x', 129, (byte)'y', 128, 9, 9];

        var decoded = new RunLengthFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0);

        Assert.Equal(3 + 4 + 128, decoded.Length);
        Assert.Equal(decoded.Length, DecodedSizeCounter.RunLength(encoded, long.MaxValue));
    }

    [Fact]
    public void Lzw_count_equals_pdfpig_decoded_length_across_code_widths()
    {
        var encoded = LzwEncode(Prose, out var codes);
        Assert.InRange(codes, 1100, 3800); // crosses the 9→10→11 bit boundaries, never fills the table

        var decoded = new LzwFilter().Decode(encoded, NoParameters, DefaultFilterProvider.Instance, 0);

        Assert.Equal(Prose, decoded.ToArray());
        Assert.Equal(Prose.Length, DecodedSizeCounter.Lzw(encoded, earlyChange: true, long.MaxValue));
    }

    [Fact]
    public void Lzw_count_of_a_long_run_stops_at_the_limit()
    {
        var encoded = LzwEncode(new byte[1_000_000], out _);

        Assert.InRange(DecodedSizeCounter.Lzw(encoded, earlyChange: true, 10_000), 10_001, 20_000);
        Assert.Equal(1_000_000, DecodedSizeCounter.Lzw(encoded, earlyChange: true, long.MaxValue));
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>PDF LZW with EarlyChange 1, most significant bit first; test data never fills the table.</summary>
    private static byte[] LzwEncode(byte[] data, out int codes)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < 256; b++)
        {
            table[((char)b).ToString()] = b;
        }

        var output = new List<byte>();
        long bits = 0;
        var bitCount = 0;
        var width = 9;
        var next = 258;
        var emitted = 0;
        void Emit(int code)
        {
            bits = (bits << width) | (uint)code;
            bitCount += width;
            while (bitCount >= 8)
            {
                output.Add((byte)(bits >> (bitCount - 8)));
                bitCount -= 8;
            }

            emitted++;
        }

        Emit(256);
        var current = string.Empty;
        foreach (var value in data)
        {
            var extended = current + (char)value;
            if (table.ContainsKey(extended))
            {
                current = extended;
                continue;
            }

            Emit(table[current]);
            table[extended] = next++;
            width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
            current = ((char)value).ToString();
        }

        if (current.Length > 0)
        {
            Emit(table[current]);
        }

        Emit(257);
        if (bitCount > 0)
        {
            output.Add((byte)(bits << (8 - bitCount)));
        }

        codes = emitted;
        return [.. output];
    }
}
