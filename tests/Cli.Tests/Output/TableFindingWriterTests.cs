using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Cli.Tests.Output;

public sealed class TableFindingWriterTests
{
    [Fact]
    public void Evidence_is_shown_under_the_report_s_chinese_key_names()
    {
        var finding = new Finding
        {
            RuleId = "link.tls-failure",
            Severity = Severity.General,
            SiteId = "s",
            PageUrl = "http://127.0.0.1/a.html",
            TargetUrl = "https://127.0.0.1:8443/",
            Text = "联系我们",
            Message = "页面 http://127.0.0.1/a.html 中的链接“联系我们”无法访问。",
            Evidence =
            [
                new("status", "404"),
                new("redirects", "http://127.0.0.1/x → http://127.0.0.1/y"),
                new("detail", "证书与域名不符"),
                new("kind", "Anchor"),
            ],
            Fingerprint = "f",
            FirstSeen = DateTimeOffset.UnixEpoch,
            LastSeen = DateTimeOffset.UnixEpoch,
        };
        using var output = new StringWriter();

        TableFindingWriter.Write(output, [finding]);

        var expected = $"依据：{HtmlReportLabels.EvidenceKey("status")}：404；{HtmlReportLabels.EvidenceKey("redirects")}：http://127.0.0.1/x → http://127.0.0.1/y；"
            + $"{HtmlReportLabels.EvidenceKey("detail")}：证书与域名不符";
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("依据：状态码：404；跳转链：", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("status=", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Anchor", output.ToString(), StringComparison.Ordinal); // only status, redirects and detail are listed
    }

    [Fact]
    public void A_group_header_names_the_rule_in_chinese_and_keeps_its_id()
    {
        Finding Broken(string page) => new()
        {
            RuleId = "link.http-404",
            Severity = Severity.General,
            SiteId = "s",
            PageUrl = page,
            TargetUrl = "http://127.0.0.1/gone.html",
            Message = $"页面 {page} 中的链接无法访问。",
            Fingerprint = page,
            FirstSeen = DateTimeOffset.UnixEpoch,
            LastSeen = DateTimeOffset.UnixEpoch,
        };
        using var output = new StringWriter();

        TableFindingWriter.Write(output, [Broken("http://127.0.0.1/a.html"), Broken("http://127.0.0.1/b.html")]);

        Assert.StartsWith("【一般】链接失效（404）（link.http-404），共 2 个", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_no_catalogue_knows_is_shown_by_its_id_alone()
    {
        Assert.Equal("link.retired-rule", TableFindingWriter.GroupTitle("link.retired-rule"));
    }
}
