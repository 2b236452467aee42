using ComplianceFns.Engine.Uploads;

namespace ComplianceFns.Functions.Tests.Uploads;

/// <summary>The result page shows what the uploader wrote (file name, report text) only HTML-encoded.</summary>
public sealed class UploadResultPageTests
{
    [Fact]
    public void Hostile_names_and_messages_are_encoded_and_the_page_fetches_nothing()
    {
        var result = new UploadResult
        {
            Upload = "uploads/<img src=x onerror=alert(1)>.txt",
            SiteId = "uploads",
            Size = 2048,
            UploadedAt = new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero),
            Status = UploadResult.CheckedStatus,
            Format = "text",
            Title = "<script>alert(2)</script>2021年政府信息公开工作年度报告",
            Counts = new UploadSeverityCounts(1, 0, 0),
            Issues =
            [
                new UploadIssue
                {
                    Rule = "T3-ROW", RuleName = "表三行合计不符", Severity = "serious", SeverityLabel = "严重",
                    Message = "表三“<b>一</b>”行：合计 & 总计不符", Table = "表三", RowLabel = "一、本年新收", Column = "总计",
                    Expected = "175", Actual = "174", Fingerprint = "f",
                },
            ],
        };

        var page = UploadResultPage.Render(result);

        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.txt", page, StringComparison.Ordinal);
        Assert.Contains("表三“&lt;b&gt;一&lt;/b&gt;”行：合计 &amp; 总计不符", page, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src 'none';", page, StringComparison.Ordinal);
        Assert.Contains("上传时间 2026-03-10 09:00", page, StringComparison.Ordinal);
        Assert.Contains("<td>表三 一、本年新收 总计</td>", page, StringComparison.Ordinal);
        Assert.Contains("发现 1 个问题（严重 1，一般 0，提示 0）", page, StringComparison.Ordinal);
    }
}
