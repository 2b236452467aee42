using Azure.Data.Tables;
using ComplianceFns.Cli.Commands;
using ComplianceFns.Cli.Output;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.SampleSite.Manifest;
using ComplianceFns.TestSupport.Storage;
using MimeKit;

namespace ComplianceFns.Cli.Tests.Mail;

/// <summary>
/// The demo writes the mails the Functions app would send as .eml files an admin can open: parsed back with MimeKit,
/// they carry a Chinese subject, the recipients, text and HTML, and the findings they are about.
/// </summary>
public sealed class MailPreviewTests
{
    [Fact]
    public async Task The_demo_writes_the_alert_and_the_daily_digest_as_eml_listing_their_findings()
    {
        // A store of its own: the alert is about findings new to the store, so earlier demos must not have seen them.
        await using var azurite = await PrivateAzurite.StartAsync();
        var folder = Directory.CreateTempSubdirectory("demo-mail-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CommandDispatcher.RunAsync(
                ["demo", "--storage", azurite.ConnectionString, "--out", folder],
                new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);

            Assert.Equal(ExitCodes.Ok, exit);
            var alertPath = Path.Combine(folder, MailPreviewWriter.AlertFileName);
            var digestPath = Path.Combine(folder, MailPreviewWriter.DigestFileName);
            Assert.Contains($"告警邮件（预览）：{alertPath}", output.ToString(), StringComparison.Ordinal);
            Assert.Contains($"每日汇总邮件（预览）：{digestPath}", output.ToString(), StringComparison.Ordinal);

            // The alert: the serious wording error the sample plants, new in this store.
            using var alert = await MimeMessage.LoadAsync(alertPath);
            Assert.Equal("【政务公开巡检】发现严重表述错误：某某县人民政府（sample-gov）", alert.Subject);
            Assert.Equal([DemoCommand.SampleRecipient], alert.To.Mailboxes.Select(m => m.Address));
            Assert.NotNull(alert.HtmlBody);
            var serious = SampleSiteManifest.ExpectedTypos.Where(t => t.RuleId == "typo.political-formulation").ToList();
            Assert.NotEmpty(serious);
            foreach (var typo in serious)
            {
                Assert.Contains($"“{typo.Wrong}”", alert.TextBody, StringComparison.Ordinal);
                Assert.Contains(typo.Wrong, alert.HtmlBody, StringComparison.Ordinal);
            }

            // The digest: the site's counts as the store has them, and every open serious finding listed (they come first).
            using var digest = await MimeMessage.LoadAsync(digestPath);
            Assert.Equal([DemoCommand.SampleRecipient], digest.To.Mailboxes.Select(m => m.Address));
            var store = new TableFindingStore(new TableServiceClient(azurite.ConnectionString), new StorageOptions());
            var open = (await store.GetFindingsAsync("sample-gov", null, CancellationToken.None)).Where(f => f.Status == FindingStatus.Open).ToList();
            var resolved = (await store.GetFindingsAsync("sample-gov", null, CancellationToken.None)).Count(f => f.Status == FindingStatus.Resolved);
            Assert.Equal(
                $"【政务公开巡检】每日汇总 {SampleSiteManifest.PublicationAsOf:yyyy-MM-dd}：1 个站点，新增 {open.Count} 条，未整改 {open.Count} 条，已整改 {resolved} 条",
                digest.Subject);
            Assert.Equal(1, resolved);
            Assert.Contains("某某县人民政府（sample-gov）", digest.TextBody, StringComparison.Ordinal);
            var seriousOpen = open.Where(f => f.Severity == Severity.Serious).ToList();
            Assert.NotEmpty(seriousOpen);
            foreach (var finding in seriousOpen)
            {
                Assert.Contains(finding.Message, digest.TextBody, StringComparison.Ordinal);
            }

            Assert.Contains($"另有 {open.Count - 20} 条新增问题", digest.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
