using System.Text;
using ComplianceFns.Engine.Diagnostics;

namespace ComplianceFns.Engine.Checking;

/// <summary>
/// Chinese wording for an exception the checker or crawler did not expect. Staff see what failed and a short
/// category; the exception itself goes to the run's errors, which are for developers.
/// </summary>
public static class UnexpectedFailureText
{
    public static string ForLink(string url, Exception exception) =>
        $"检查链接 {url} 时程序出错（{Category(exception)}），未能得出检查结论";

    public static string ForPage(string url, Exception exception) =>
        $"处理页面 {url} 时程序出错（{Category(exception)}），该页面未能完成检查";

    /// <summary>The developer-facing record: what was being done where, and the exception's own words.</summary>
    public static string ForErrors(string what, string url, Exception exception) =>
        $"{what} {url} 出现异常：{ExceptionDetail.Describe(exception)}";

    public static string Category(Exception exception) => exception switch
    {
        DecoderFallbackException or FormatException or InvalidDataException or UriFormatException => "内容无法解析",
        IOException or HttpRequestException => "网络读写出错",
        InvalidOperationException or ArgumentException => "程序内部状态错误",
        _ => "程序内部错误",
    };
}
