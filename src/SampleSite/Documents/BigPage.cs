using System.Text;

namespace ComplianceFns.SampleSite.Documents;

/// <summary>An oversized HTML page (统计数据汇编) streamed with an exact Content-Length, never held in memory whole.</summary>
internal sealed class BigPage
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>历年统计数据汇编（全文）_某某县人民政府</title></head>\n<body><h1>历年统计数据汇编（全文）</h1>\n");

    private static readonly byte[] Row = Encoding.UTF8.GetBytes(
        "<p>全县地区生产总值、固定资产投资、社会消费品零售总额、一般公共预算收入、城乡居民人均可支配收入等主要指标保持平稳增长，详见附表。</p>\n");

    private static readonly byte[] Tail = Encoding.UTF8.GetBytes("</body></html>\n");

    private readonly long _rows;

    public BigPage(int minimumBytes) => _rows = Math.Max(1, (minimumBytes - Head.Length - Tail.Length + Row.Length - 1) / Row.Length);

    public long Length => Head.Length + _rows * Row.Length + Tail.Length;

    public async Task WriteToAsync(Stream body, CancellationToken ct)
    {
        await body.WriteAsync(Head, ct);
        var batch = Enumerable.Range(0, 256).SelectMany(_ => Row).ToArray();
        var written = 0L;
        for (; written + 256 <= _rows; written += 256)
        {
            await body.WriteAsync(batch, ct);
        }
        for (; written < _rows; written++)
        {
            await body.WriteAsync(Row, ct);
        }
        await body.WriteAsync(Tail, ct);
    }
}
