using System.IO.Compression;

namespace ComplianceFns.Engine.Fetching;

/// <summary>
/// Reads a response body with two caps: bytes on the wire, and bytes after decompression (a gzip bomb stops at the
/// second cap, long before it inflates). Unknown encodings are read raw.
/// </summary>
internal static class BoundedBodyReader
{
    /// <returns>The body, whether a cap cut it, and whether that cap was the decompressed one (the body inflated past it).</returns>
    public static async Task<(byte[] Body, bool Truncated, bool Inflated)> ReadAsync(
        Stream wire, IEnumerable<string> contentEncodings, int maxWireBytes, int maxDecodedBytes, CancellationToken cancellationToken)
    {
        var limitedWire = new CountingLimitStream(wire, maxWireBytes);
        Stream decoded = limitedWire;
        foreach (var encoding in contentEncodings.Reverse())
        {
            decoded = encoding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(decoded, CompressionMode.Decompress),
                "deflate" => new ZLibStream(decoded, CompressionMode.Decompress),
                "br" => new BrotliStream(decoded, CompressionMode.Decompress),
                _ => decoded,
            };
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        var truncated = false;
        var inflated = false;
        try
        {
            while (true)
            {
                var room = maxDecodedBytes - (int)buffer.Length;
                if (room <= 0)
                {
                    truncated = true;
                    inflated = decoded != limitedWire;
                    break;
                }

                var read = await decoded.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, room)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    truncated = limitedWire.LimitReached;
                    break;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException) when (buffer.Length > 0 || limitedWire.LimitReached)
        {
            // A compressed stream cut by the wire cap ends mid-block: keep what decoded.
            truncated = true;
        }

        return (buffer.ToArray(), truncated, inflated);
    }

    /// <summary>Ends the stream (as if EOF) after a number of bytes, and says whether that happened.</summary>
    private sealed class CountingLimitStream(Stream inner, int limit) : Stream
    {
        private int _read;

        public bool LimitReached { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = limit - _read;
            if (room <= 0)
            {
                LimitReached = true;
                return 0;
            }

            var read = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, room)], cancellationToken).ConfigureAwait(false);
            _read += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
