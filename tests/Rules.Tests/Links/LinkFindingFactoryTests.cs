using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Links;

namespace ComplianceFns.Rules.Tests.Links;

public sealed class LinkFindingFactoryTests
{
    private const string Site = "linjiang-gov";
    private const string Page = "http://www.linjiang.gov.cn/xxgk/tzgg/index.html";
    private const string Target = "http://www.linjiang.gov.cn/xxgk/zcwj/b.html";
    private static readonly DateTimeOffset DetectedAt = new(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private static LinkReference Anchor(string text = "关于印发临江市停车管理办法的通知", string href = "../zcwj/b.html", string? target = Target) =>
        new(Page, href, target, text, LinkKind.Anchor);

    private static LinkCheckResult Result(LinkFailure failure, int? status = null, params string[] redirects) =>
        new() { Url = Target, Failure = failure, StatusCode = status, RedirectChain = redirects };

    [Fact]
    public void WorkingLinkGivesNoFinding()
    {
        Assert.Null(LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.None, 200), DetectedAt));
        Assert.Null(LinkFindingFactory.RuleFor(LinkKind.Anchor, Result(LinkFailure.None, 200)));
    }

    [Theory]
    [InlineData(LinkFailure.HttpNotFound, 404, "link.http-404")]
    [InlineData(LinkFailure.HttpGone, 410, "link.http-410")]
    [InlineData(LinkFailure.HttpClientError, 403, "link.http-4xx")]
    [InlineData(LinkFailure.HttpServerError, 502, "link.http-5xx")]
    [InlineData(LinkFailure.Timeout, null, "link.timeout")]
    [InlineData(LinkFailure.ConnectionRefused, null, "link.connection-refused")]
    [InlineData(LinkFailure.ConnectionError, null, "link.connection-error")]
    [InlineData(LinkFailure.DnsFailure, null, "link.dns-failure")]
    [InlineData(LinkFailure.TlsFailure, null, "link.tls-failure")]
    [InlineData(LinkFailure.SoftNotFound, 200, "link.soft-404")]
    [InlineData(LinkFailure.MissingFragment, 200, "link.missing-fragment")]
    [InlineData(LinkFailure.BlockedAddress, null, "link.private-address")]
    [InlineData(LinkFailure.InvalidUrl, null, "link.invalid-url")]
    [InlineData(LinkFailure.HttpNotModified, 304, "link.http-304")]
    [InlineData(LinkFailure.HttpNonStandard, 999, "link.http-nonstandard")]
    [InlineData(LinkFailure.LocalFile, null, "link.local-file")]
    [InlineData(LinkFailure.FtpLink, null, "link.ftp")]
    public void DirectFailuresMapToTheirRules(LinkFailure failure, int? status, string ruleId)
    {
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(failure, status), DetectedAt);
        Assert.NotNull(finding);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(LinkRules.All.Single(rule => rule.Id == ruleId).Severity, finding.Severity);
    }

    [Theory]
    [InlineData(LinkFailure.RedirectLoop, "link.redirect-loop")]
    [InlineData(LinkFailure.TooManyRedirects, "link.too-many-redirects")]
    [InlineData(LinkFailure.HttpNotFound, "link.redirect-error")]
    [InlineData(LinkFailure.HttpServerError, "link.redirect-error")]
    [InlineData(LinkFailure.DnsFailure, "link.redirect-error")]
    [InlineData(LinkFailure.SoftNotFound, "link.redirect-error")]
    [InlineData(LinkFailure.MissingFragment, "link.missing-fragment")]
    public void FailuresAfterRedirectsMapToRedirectRules(LinkFailure failure, string ruleId)
    {
        var result = Result(failure, null, "https://www.linjiang.gov.cn/xxgk/zcwj/b.html", Target);
        Assert.Equal(ruleId, LinkFindingFactory.RuleFor(LinkKind.Anchor, result)?.Id);
    }

    [Theory]
    [InlineData(LinkKind.Image, "link.broken-image")]
    [InlineData(LinkKind.Script, "link.broken-script")]
    [InlineData(LinkKind.Stylesheet, "link.broken-stylesheet")]
    [InlineData(LinkKind.Media, "link.broken-media")]
    [InlineData(LinkKind.Attachment, "link.http-404")]
    [InlineData(LinkKind.Frame, "link.http-404")]
    [InlineData(LinkKind.Area, "link.http-404")]
    [InlineData(LinkKind.DocumentLink, "link.http-404")]
    public void EmbeddedResourcesMapByKindWithTheFailureInEvidence(LinkKind kind, string ruleId)
    {
        var reference = new LinkReference(Page, "/images/banner.png", "http://www.linjiang.gov.cn/images/banner.png", "", kind);
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.HttpNotFound, 404, "http://www.linjiang.gov.cn/img/x.png"), DetectedAt);
        var expected = kind.IsEmbeddedResource() ? ruleId : "link.redirect-error";
        Assert.Equal(expected, finding?.RuleId);
        Assert.Equal("HttpNotFound", finding?.EvidenceValue("failure"));

        var direct = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.HttpNotFound, 404), DetectedAt);
        Assert.Equal(ruleId, direct?.RuleId);
    }

    [Fact]
    public void Http404MessageNamesPageKindTextHrefAndStatus()
    {
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.HttpNotFound, 404), DetectedAt)!;
        Assert.Equal(
            $"页面 {Page} 中的链接“关于印发临江市停车管理办法的通知”（../zcwj/b.html）无法访问：服务器返回 404（页面不存在）。",
            finding.Message);
        Assert.Equal(Site, finding.SiteId);
        Assert.Equal(Page, finding.PageUrl);
        Assert.Equal(Target, finding.TargetUrl);
        Assert.Equal("关于印发临江市停车管理办法的通知", finding.Text);
        Assert.Equal(DetectedAt, finding.FirstSeen);
        Assert.Equal(DetectedAt, finding.LastSeen);
        Assert.Equal(FindingStatus.Open, finding.Status);
    }

    [Fact]
    public void RedirectErrorMessageShowsTheChain()
    {
        var result = Result(LinkFailure.HttpNotFound, 404, "http://www.linjiang.gov.cn/b2.html", "http://www.linjiang.gov.cn/b3.html");
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), result, DetectedAt)!;
        Assert.EndsWith(
            $"无法访问：跳转 2 次后返回 404（页面不存在）：{Target} → http://www.linjiang.gov.cn/b2.html → http://www.linjiang.gov.cn/b3.html。",
            finding.Message);
        Assert.Equal($"{Target} → http://www.linjiang.gov.cn/b2.html → http://www.linjiang.gov.cn/b3.html", finding.EvidenceValue("redirects"));
    }

    [Fact]
    public void EvidenceIsOrdered()
    {
        var result = new LinkCheckResult
        {
            Url = Target,
            Failure = LinkFailure.HttpServerError,
            StatusCode = 503,
            RedirectChain = ["https://www.linjiang.gov.cn/xxgk/zcwj/b.html"],
            Detail = "Service Unavailable",
            Attempts = 3,
        };
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), result, DetectedAt)!;
        Assert.Equal(
            ["status", "redirects", "detail", "attempts", "kind", "href", "failure"],
            finding.Evidence.Select(pair => pair.Key));
        Assert.Equal("503", finding.EvidenceValue("status"));
        Assert.Equal("3", finding.EvidenceValue("attempts"));
        Assert.Equal("Anchor", finding.EvidenceValue("kind"));
        Assert.Equal("../zcwj/b.html", finding.EvidenceValue("href"));
    }

    [Theory]
    [InlineData(LinkFailure.HttpGone, 410, "无法访问：服务器返回 410（页面已被永久删除）")]
    [InlineData(LinkFailure.HttpClientError, 403, "无法访问：服务器返回 403（禁止访问）")]
    [InlineData(LinkFailure.HttpClientError, 401, "无法访问：服务器返回 401（需要登录认证）")]
    [InlineData(LinkFailure.HttpServerError, 500, "无法访问：服务器返回 500（服务器内部错误）")]
    [InlineData(LinkFailure.ConnectionRefused, null, "无法访问：服务器 www.linjiang.gov.cn 拒绝连接")]
    [InlineData(LinkFailure.ConnectionError, null, "无法访问：与服务器 www.linjiang.gov.cn 的网络连接失败（连接被重置或网络不可达）")]
    [InlineData(LinkFailure.DnsFailure, null, "无法访问：域名 www.linjiang.gov.cn 无法解析")]
    [InlineData(LinkFailure.TlsFailure, null, "无法访问：与 www.linjiang.gov.cn 的 HTTPS 加密连接失败（证书无效、过期、与域名不符或协议错误）")] // no detail: the general wording
    [InlineData(LinkFailure.InvalidUrl, null, "地址格式错误，无法识别为有效网址")]
    public void MessagesSayWhatHappened(LinkFailure failure, int? status, string expectedEnd)
    {
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(failure, status), DetectedAt)!;
        Assert.Equal($"页面 {Page} 中的链接“关于印发临江市停车管理办法的通知”（../zcwj/b.html）{expectedEnd}。", finding.Message);
    }

    [Fact]
    public void ALinkRedirectingToAPrivateAddressIsNamedAsSuch()
    {
        var result = Result(LinkFailure.BlockedAddress, null, "http://169.254.169.254/latest/meta-data/") with { Detail = "169.254.169.254" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), result, DetectedAt)!;
        Assert.Equal("link.private-address", finding.RuleId);
        Assert.Contains("169.254.169.254", finding.Message);
    }

    [Fact]
    public void TimeoutMessageGivesTheSecondsAndAttempts()
    {
        var withDetail = Result(LinkFailure.Timeout) with { Detail = "20 秒内未返回完整内容", Elapsed = TimeSpan.FromSeconds(61), Attempts = 3 };
        Assert.EndsWith("无法访问：访问超时（20 秒内未返回完整内容），共尝试 3 次。", LinkFindingFactory.ForBrokenLink(Site, Anchor(), withDetail, DetectedAt)!.Message);

        // Without the checker's detail, elapsed time is shared out over the attempts.
        var withoutDetail = Result(LinkFailure.Timeout) with { Elapsed = TimeSpan.FromSeconds(30.6), Attempts = 3 };
        Assert.EndsWith("无法访问：访问超时（10 秒内未返回完整内容），共尝试 3 次。", LinkFindingFactory.ForBrokenLink(Site, Anchor(), withoutDetail, DetectedAt)!.Message);
    }

    [Fact]
    public void DnsMessageShowsAChineseDomainInChinese()
    {
        var result = new LinkCheckResult { Url = "http://xn--mxtq1m.xn--fiqs8s/", Failure = LinkFailure.DnsFailure };
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(href: "http://政府.中国/", target: "http://xn--mxtq1m.xn--fiqs8s/"), result, DetectedAt)!;
        Assert.Contains("域名 政府.中国 无法解析", finding.Message);
    }

    [Fact]
    public void BlockedAddressMessageNamesTheAddress()
    {
        var reference = Anchor("内部办公系统", "http://oa.linjiang.local/", "http://oa.linjiang.local/");
        var result = new LinkCheckResult { Url = "http://oa.linjiang.local/", Failure = LinkFailure.BlockedAddress, Detail = "10.0.0.1" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, result, DetectedAt)!;
        Assert.Equal(
            $"页面 {Page} 中的链接“内部办公系统”（http://oa.linjiang.local/）指向内网地址 10.0.0.1，公众无法访问，已按安全策略跳过检测。",
            finding.Message);
        Assert.Equal("link.private-address", finding.RuleId);
    }

    [Fact]
    public void SoftNotFoundMessageQuotesThePhrase()
    {
        var result = Result(LinkFailure.SoftNotFound, 200) with { Detail = "您访问的页面不存在" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), result, DetectedAt)!;
        Assert.EndsWith("无法访问：打开的是“页面不存在”提示页（页面显示“您访问的页面不存在”）。", finding.Message);
    }

    [Fact]
    public void RedirectLoopAndTooManyRedirectsShowTheChain()
    {
        var loop = Result(LinkFailure.RedirectLoop, 302, "http://www.linjiang.gov.cn/c.html", Target);
        var loopFinding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), loop, DetectedAt)!;
        Assert.EndsWith($"无法访问：出现循环跳转：{Target} → http://www.linjiang.gov.cn/c.html → {Target}。", loopFinding.Message);

        var many = Result(LinkFailure.TooManyRedirects, 302, Enumerable.Range(1, 11).Select(i => $"http://www.linjiang.gov.cn/r{i}").ToArray());
        var manyFinding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), many, DetectedAt)!;
        Assert.Contains("跳转次数过多（跳转 11 次后仍未到达最终页面）", manyFinding.Message);
    }

    [Fact]
    public void ImageWithoutAltNamesTheImageByHref()
    {
        var reference = new LinkReference(Page, "/images/banner.png", "http://www.linjiang.gov.cn/images/banner.png", "", LinkKind.Image);
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.HttpNotFound, 404), DetectedAt)!;
        Assert.Equal($"页面 {Page} 中的图片（/images/banner.png）无法加载：服务器返回 404（页面不存在）。", finding.Message);
        Assert.Equal("link.broken-image", finding.RuleId);
    }

    [Fact]
    public void MissingFragmentNamesTheAnchorAndKeysTheFingerprintOnIt()
    {
        var reference = Anchor("第二章", "b.html#chapter2") with { Fragment = "chapter2" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.MissingFragment, 200), DetectedAt)!;
        Assert.Equal("link.missing-fragment", finding.RuleId);
        Assert.Equal(Severity.Hint, finding.Severity);
        Assert.Contains("页内锚点“#chapter2”在目标页面中不存在", finding.Message);
        Assert.Equal("chapter2", finding.EvidenceValue("fragment"));
        Assert.Equal(FindingFingerprint.Compute("link.missing-fragment", Site, Page, Target, "chapter2"), finding.Fingerprint);

        var other = LinkFindingFactory.ForBrokenLink(Site, Anchor("第三章", "b.html#chapter3"), Result(LinkFailure.MissingFragment, 200), DetectedAt)!;
        Assert.Equal("chapter3", other.EvidenceValue("fragment"));
        Assert.NotEqual(finding.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void FingerprintIsStableForEqualInputsAndIgnoresVolatileDetails()
    {
        var first = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.HttpServerError, 502) with { Attempts = 1 }, DetectedAt)!;
        var second = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.HttpServerError, 503) with { Attempts = 3, Detail = "x" }, DetectedAt.AddDays(1))!;
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(FindingFingerprint.Compute(LinkFindingFactory.BrokenLinkFamily, Site, Page, Target), first.Fingerprint);
    }

    [Fact]
    public void TlsMessageNamesTheCertificateProblemFromTheDetail()
    {
        var result = Result(LinkFailure.TlsFailure) with { Detail = "证书与域名不符" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), result, DetectedAt)!;
        Assert.EndsWith("无法访问：与 www.linjiang.gov.cn 的 HTTPS 加密连接失败（证书与域名不符）。", finding.Message);
        Assert.Equal("证书与域名不符", finding.EvidenceValue("detail"));
    }

    [Theory]
    [InlineData("http://www.linjiang.gov.cn/xxgk/zcwj/b.html", "http://www.linjiang.gov.cn/xxgk/zcwj/b.html")]
    [InlineData(" http://www.linjiang.gov.cn/xxgk/zcwj/b.html ", "http://www.linjiang.gov.cn/xxgk/zcwj/b.html")]
    [InlineData("http://www.linjiang.gov.cn/xxgk/zcwj/b.html", "www.linjiang.gov.cn/xxgk/zcwj/b.html")] // text is the resolved target
    public void ALinkWhoseTextIsItsAddressIsPrintedOnce(string text, string href)
    {
        var reference = new LinkReference(Page, href, Target, text, LinkKind.DocumentLink);
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.HttpNotFound, 404), DetectedAt)!;
        Assert.StartsWith($"页面 {Page} 中的附件内链接“{Target}”无法访问", finding.Message);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(finding.Message, "zcwj/b\\.html"));
        Assert.Equal(href, finding.EvidenceValue("href"));
    }

    [Fact]
    public void ALinkWhoseTextDiffersFromItsAddressShowsBoth()
    {
        var reference = new LinkReference(Page, "http://www.linjiang.gov.cn/a.html", "http://www.linjiang.gov.cn/a.html", "http://www.linjiang.gov.cn/b.html", LinkKind.DocumentLink);
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.HttpNotFound, 404), DetectedAt)!;
        Assert.Contains("附件内链接“http://www.linjiang.gov.cn/b.html”（http://www.linjiang.gov.cn/a.html）无法访问", finding.Message);
    }

    [Fact]
    public void FingerprintDiffersForDifferentTargetsPagesSitesAndRules()
    {
        var baseline = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.HttpNotFound, 404), DetectedAt)!.Fingerprint;
        var otherTarget = LinkFindingFactory.ForBrokenLink(Site, Anchor(target: "http://www.linjiang.gov.cn/c.html"), Result(LinkFailure.HttpNotFound, 404), DetectedAt)!.Fingerprint;
        var otherPage = LinkFindingFactory.ForBrokenLink(Site, Anchor() with { PageUrl = "http://www.linjiang.gov.cn/" }, Result(LinkFailure.HttpNotFound, 404), DetectedAt)!.Fingerprint;
        var otherSite = LinkFindingFactory.ForBrokenLink("other-site", Anchor(), Result(LinkFailure.HttpNotFound, 404), DetectedAt)!.Fingerprint;
        Assert.Equal(4, new[] { baseline, otherTarget, otherPage, otherSite }.Distinct().Count());

        // The same broken link stays one finding when how it fails changes (404 today, timeout tomorrow).
        var otherFailure = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.Timeout), DetectedAt)!;
        Assert.Equal(baseline, otherFailure.Fingerprint);
        Assert.Equal("link.timeout", otherFailure.RuleId);

        // A missing anchor on a working link is a different defect from the link being broken.
        var missingAnchor = LinkFindingFactory.ForBrokenLink(Site, Anchor() with { Fragment = "part2" }, Result(LinkFailure.MissingFragment, 200), DetectedAt)!;
        Assert.NotEqual(baseline, missingAnchor.Fingerprint);
    }

    [Fact]
    public void UnresolvableHrefIsFingerprintedByTheHrefAsWritten()
    {
        var reference = Anchor("办事指南", "http://", target: null);
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.InvalidUrl), DetectedAt)!;
        Assert.Null(finding.TargetUrl);
        Assert.Equal(FindingFingerprint.Compute(LinkFindingFactory.BrokenLinkFamily, Site, Page, "http://"), finding.Fingerprint);
    }

    [Fact]
    public void WrongLinkFindingQuotesTextAndActualTitle()
    {
        var verdict = WrongLinkDetector.Check(
            "《临江市政府信息公开指南》",
            "临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知",
            [])!;
        var reference = Anchor("《临江市政府信息公开指南》", "/xxgk/zn.html", "http://www.linjiang.gov.cn/xxgk/zn.html");
        var finding = LinkFindingFactory.ForWrongLink(Site, reference, verdict, "http://www.linjiang.gov.cn/xxgk/zn.html", DetectedAt);

        Assert.Equal("link.wrong-target", finding.RuleId);
        Assert.Equal(Severity.General, finding.Severity);
        Assert.Equal(
            $"页面 {Page} 中的链接“《临江市政府信息公开指南》”（/xxgk/zn.html）指向的页面标题为“临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知”，与链接文字不符（疑似错链）。",
            finding.Message);
        Assert.Equal("临江市政府信息公开指南", finding.EvidenceValue("expected"));
        Assert.Equal("DocumentName", finding.EvidenceValue("case"));
        Assert.Equal(FindingFingerprint.Compute("link.wrong-target", Site, Page, "http://www.linjiang.gov.cn/xxgk/zn.html"), finding.Fingerprint);
        Assert.Equal(DetectedAt, finding.FirstSeen);
    }

    [Fact]
    public void SharedLinkIsOneFindingWhoseFingerprintIgnoresWhichPageCameFirst()
    {
        var pages = Enumerable.Range(1, 12).Select(i => $"http://www.linjiang.gov.cn/p{i}.html").ToList();
        var footer = new LinkReference(pages[0], "http://www.old-partner.gov.cn/", "http://www.old-partner.gov.cn/", "原合作单位", LinkKind.Anchor);
        var result = new LinkCheckResult { Url = "http://www.old-partner.gov.cn/", Failure = LinkFailure.DnsFailure };

        var finding = LinkFindingFactory.ForSharedLink(Site, pages, footer, result, DetectedAt);
        var reversed = LinkFindingFactory.ForSharedLink(
            Site, pages.AsEnumerable().Reverse().ToList(), footer with { PageUrl = pages[^1] }, result, DetectedAt.AddDays(1));

        Assert.Equal("link.dns-failure", finding.RuleId);
        Assert.Equal(pages[0], finding.PageUrl);
        Assert.Equal(FindingFingerprint.Compute(LinkFindingFactory.BrokenLinkFamily, Site, "*", "http://www.old-partner.gov.cn/"), finding.Fingerprint);
        Assert.Equal(finding.Fingerprint, reversed.Fingerprint);
        Assert.StartsWith(
            "本站共 12 个页面（如 http://www.linjiang.gov.cn/p1.html、http://www.linjiang.gov.cn/p2.html、http://www.linjiang.gov.cn/p3.html 等）"
            + "中的链接“原合作单位”（http://www.old-partner.gov.cn/）无法访问：域名 www.old-partner.gov.cn 无法解析。",
            finding.Message);

        var listed = finding.EvidenceValue("pages")!;
        Assert.StartsWith("12: ", listed);
        Assert.Equal(10, listed["12: ".Length..].Split(' ').Length);
        Assert.Equal("pages", finding.Evidence[^1].Key);
    }

    [Fact]
    public void SharedLinkCountsDistinctPages()
    {
        var footer = Anchor();
        var finding = LinkFindingFactory.ForSharedLink(Site, [Page, Page, "http://www.linjiang.gov.cn/"], footer, Result(LinkFailure.HttpNotFound, 404), DetectedAt);
        Assert.StartsWith($"本站共 2 个页面（如 {Page}、http://www.linjiang.gov.cn/）中的链接", finding.Message);
        Assert.Equal($"2: {Page} http://www.linjiang.gov.cn/", finding.EvidenceValue("pages"));
    }

    [Fact]
    public void SharedLinkRejectsWorkingResultsAndEmptyPageLists()
    {
        Assert.Throws<ArgumentException>(() => LinkFindingFactory.ForSharedLink(Site, [Page], Anchor(), Result(LinkFailure.None, 200), DetectedAt));
        Assert.Throws<ArgumentException>(() => LinkFindingFactory.ForSharedLink(Site, [], Anchor(), Result(LinkFailure.HttpNotFound, 404), DetectedAt));
    }

    [Fact]
    public void EveryFailureHasARule()
    {
        foreach (var failure in Enum.GetValues<LinkFailure>().Where(f => f != LinkFailure.None))
        {
            Assert.NotNull(LinkFindingFactory.RuleFor(LinkKind.Anchor, Result(failure)));
            var message = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(failure), DetectedAt)!.Message;
            Assert.DoesNotContain(failure.ToString(), message);
        }
    }

    [Theory]
    [InlineData(999)]
    [InlineData(600)]
    public void A_status_outside_http_is_a_hint_worded_as_such_never_a_server_error(int status)
    {
        foreach (var kind in new[] { LinkKind.Anchor, LinkKind.Image })
        {
            var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor() with { Kind = kind }, Result(LinkFailure.HttpNonStandard, status), DetectedAt)!;

            Assert.Equal(LinkRules.NonStandardStatus.Id, finding.RuleId);
            Assert.Equal(Severity.Hint, finding.Severity);
            Assert.Contains($"非标准状态码 {status}", finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("服务器错误", finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("5xx", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_304_says_the_reader_sees_an_empty_page()
    {
        var finding = LinkFindingFactory.ForBrokenLink(Site, Anchor(), Result(LinkFailure.HttpNotModified, 304), DetectedAt)!;

        Assert.Equal(LinkRules.NotModified.Id, finding.RuleId);
        Assert.Contains("304", finding.Message, StringComparison.Ordinal);
        Assert.Contains("空白页面", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_anchor_shows_the_fragment_decoded_and_without_its_text_directive()
    {
        var reference = Anchor("第二章", "b.html#%E7%AC%AC%E4%BA%8C%E7%AB%A0") with { Fragment = "%E7%AC%AC%E4%BA%8C%E7%AB%A0" };
        var finding = LinkFindingFactory.ForBrokenLink(Site, reference, Result(LinkFailure.MissingFragment, 200), DetectedAt)!;
        var decoded = LinkFindingFactory.ForBrokenLink(Site, reference with { Fragment = "第二章" }, Result(LinkFailure.MissingFragment, 200), DetectedAt)!;

        Assert.Contains("“#第二章”", finding.Message, StringComparison.Ordinal);
        Assert.Equal(decoded.Fingerprint, finding.Fingerprint); // the same anchor keeps its history whichever form was stored
    }
}
