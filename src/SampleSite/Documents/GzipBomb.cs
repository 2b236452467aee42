using System.IO.Compression;
using System.Text;

namespace ComplianceFns.SampleSite.Documents;

/// <summary>
/// A gzip body that inflates to a huge HTML page. Deflate cannot beat about 1000:1, so the body is a run of
/// identical gzip members (RFC 1952 allows several; .NET, curl and browsers decode them all): 1 GiB costs about 1 MiB.
/// </summary>
internal sealed class GzipBomb
{
    private const int InflatedMemberBytes = 1 << 20;

    private readonly byte[] _head;
    private readonly byte[] _member;
    private readonly long _memberCount;

    public GzipBomb(long inflatedBytes)
    {
        _head = Compress(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>开放数据下载_某某县人民政府</title></head><body>"));
        _member = Compress(Enumerable.Repeat((byte)' ', InflatedMemberBytes).ToArray());
        _memberCount = Math.Max(1, inflatedBytes / InflatedMemberBytes);
    }

    public long InflatedLength => _memberCount * InflatedMemberBytes;

    public long CompressedLength => _head.Length + _memberCount * _member.Length;

    public async Task WriteToAsync(Stream body, CancellationToken ct)
    {
        await body.WriteAsync(_head, ct);
        for (long i = 0; i < _memberCount; i++)
        {
            await body.WriteAsync(_member, ct);
        }
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
