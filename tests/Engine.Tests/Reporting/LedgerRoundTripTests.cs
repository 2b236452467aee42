using Azure.Data.Tables;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Engine.Tests.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.TestSupport.Reports;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>
/// The ledger's round trip on Azurite: written from the store, edited by a script as an office edits it in Excel
/// (re-sorted, typed into, saved with shared strings), imported, and shown again by the next ledger.
/// </summary>
public sealed class LedgerRoundTripTests : StoreTestBase
{
    internal const string Site = "sample-gov";
    private static readonly string[] Scopes = ["link.", "typo."];
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    internal static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, Beijing);

    internal static readonly Finding Broken = SampleFindings.Link(Site, "https://www.example.gov.cn/zwgk/index.html", "https://www.example.gov.cn/zwgk/zcwj/1.html", text: "政策文件");

    internal static readonly Finding External = SampleFindings.Link(Site, "https://www.example.gov.cn/", "http://other.example.org/", ruleId: "link.timeout", text: "友情链接") with
    {
        Message = "页面 https://www.example.gov.cn/ 中的链接“友情链接”（http://other.example.org/）无法访问：访问超时（20 秒内未返回完整内容），共尝试 3 次。",
        Evidence = [new("attempts", "3"), new("kind", "a")],
    };

    internal static readonly Finding OrganTypo = new()
    {
        RuleId = "typo.organ-name",
        Severity = Severity.Serious,
        SiteId = Site,
        PageUrl = "https://www.example.gov.cn/xxgk/ldzc.html",
        Text = "国务院办工厅",
        Message = "页面 https://www.example.gov.cn/xxgk/ldzc.html 中“…转发【国务院办工厅】关于…”的“国务院办工厅”疑为错别字，建议改为“国务院办公厅”（机关名称错误）。",
        Evidence = [new("context", "转发【国务院办工厅】关于"), new("suggestion", "国务院办公厅")],
        Fingerprint = FindingFingerprint.Compute("typo", Site, "*", null, "国务院办工厅"),
    };

    [Fact]
    public async Task Status_assignee_and_measure_typed_by_an_office_come_back_and_the_next_ledger_shows_them()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External, OrganTypo], Scopes, Monday, Ct);
        var ledger = await LedgerAsync(Monday.AddHours(1));
        var edited = EditAsAnOffice(ledger);
        var before = await ReadFindingsTableAsync();

        var sheet = RectificationLedgerReader.Read(new MemoryStream(edited));
        var result = await RectificationLedgerImporter.ImportAsync(Store, sheet, sheet.LastModifiedBy!, Monday.AddHours(2), new(), Ct);

        Assert.Equal("张伟", sheet.LastModifiedBy);
        Assert.True(result.Imported, string.Join('\n', result.Errors));
        Assert.Equal((3, 3, 0), (result.Rows, result.Updated, result.Unchanged));
        Assert.Empty(result.Notices);
        var findings = (await Store.GetFindingsAsync(Site, null, Ct)).ToDictionary(f => f.Fingerprint);

        var broken = findings[Broken.Fingerprint].CurrentRectification()!;
        Assert.Equal(("李娜", "联系栏目编辑更新链接地址", RectificationStatus.InProgress, new DateOnly(2025, 6, 20)), (broken.Assignee, broken.Measure, broken.Status, broken.Deadline));

        var external = findings[External.Fingerprint];
        Assert.True(external.IsSuppressed());
        Assert.Equal(
            ("外部网站，非本单位维护，已向对方单位反映", "张伟", Monday.AddHours(2), "王强"),
            (external.Rectification!.NoActionReason, external.Rectification.StatusSetBy, external.Rectification.StatusSetAt, external.Rectification.Assignee));

        var typo = findings[OrganTypo.Fingerprint];
        Assert.Equal(RectificationStatus.ClaimedDone, typo.CurrentStatus());
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 17, 30, 0, Beijing), typo.Rectification!.CompletedAt);
        Assert.Equal(("已更正为“国务院办公厅”", "待下次检查确认"), (typo.Rectification.Measure, typo.Rectification.ReviewResult));
        // The office's 已整改 is its claim: only an inspection resolves a finding.
        Assert.Equal(FindingStatus.Open, typo.Status);
        Assert.Null(typo.Rectification.Deadline);

        // The inspection history is exactly as it was.
        var after = await ReadFindingsTableAsync();
        Assert.Equal(before.Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey), after.Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey));

        // 无需整改 leaves the open count; the ledger still lists it, with the office's entries.
        var data = await ReportDataLoader.LoadAsync(Store, Site, Monday.AddHours(3), Ct);
        Assert.Equal(2, data.Open.Count());
        Assert.Equal(External.Fingerprint, Assert.Single(data.Suppressed).Fingerprint);
        using var next = new LedgerWorkbookReader(new MemoryStream(await LedgerAsync(Monday.AddHours(3))));
        var rows = LedgerWorkbookReader.Rows(next.Sheet("整改台账")).Skip(1)
            .ToDictionary(r => next.Text(LedgerWorkbookReader.CellAt(r, "E")), r => new[] { "K", "L", "M", "O", "P" }.Select(c => next.Text(LedgerWorkbookReader.CellAt(r, c))).ToList());
        Assert.Equal(["整改中", "李娜", "联系栏目编辑更新链接地址", string.Empty, string.Empty], rows[Broken.PageUrl]);
        Assert.Equal(["无需整改", "王强", string.Empty, string.Empty, "外部网站，非本单位维护，已向对方单位反映"], rows[External.PageUrl]);
        Assert.Equal(["已整改", string.Empty, "已更正为“国务院办公厅”", "待下次检查确认", string.Empty], rows[OrganTypo.PageUrl]);
    }

    [Fact]
    public async Task The_next_report_and_digest_show_the_import_and_leave_the_no_action_finding_out_of_the_open_count_and_the_mail()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External, OrganTypo], Scopes, Monday, Ct);
        await ImportAsync(EditAsAnOffice(await LedgerAsync(Monday.AddHours(1))), Monday.AddHours(2));
        var findings = await Store.GetFindingsAsync(Site, null, Ct);

        var dom = HtmlDom.Parse(HtmlReportRenderer.Render(await ReportDataLoader.LoadAsync(Store, Site, Monday.AddHours(3), Ct)));
        Assert.Equal(2, dom.Count("open-total"));
        Assert.Equal(1, dom.Count("suppressed"));
        var suppressed = Assert.Single(dom.All("//tr[@class='suppressed-finding']"));
        Assert.Contains("外部网站，非本单位维护，已向对方单位反映", suppressed.InnerText, StringComparison.Ordinal);
        Assert.Contains("张伟", suppressed.InnerText, StringComparison.Ordinal);
        var open = dom.All("//tr[contains(concat(' ', @class, ' '), ' finding ')]");
        Assert.Contains(open, r => r.InnerText.Contains("整改状态：整改中", StringComparison.Ordinal) && r.InnerText.Contains("整改责任人：李娜", StringComparison.Ordinal));
        Assert.Contains(open, r => r.InnerText.Contains("整改状态：已报整改，待下次检查确认", StringComparison.Ordinal));

        // The digest of the day lists what is new and open, without the finding the office judged needs no action.
        var digest = SiteDigest.From(Site, "某某县人民政府", [], findings, null, Monday.AddHours(-1), Monday.AddHours(3));
        Assert.Equal(new[] { Broken.Fingerprint, OrganTypo.Fingerprint }.Order(), digest.New.Select(f => f.Fingerprint).Order());
        Assert.Equal((2, 1), (digest.OpenTotal, digest.Suppressed));
        var mail = DigestComposer.Compose(["zhiban@example.org"], [digest], Monday.AddHours(-1), Monday.AddHours(3), "【政务公开巡检】", 20);
        Assert.Contains("未整改 2 条", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("另有 1 条已登记无需整改，不计入未整改。", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("友情链接", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("政策文件", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_file_again_or_the_next_unedited_ledger_changes_nothing()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External, OrganTypo], Scopes, Monday, Ct);
        var edited = EditAsAnOffice(await LedgerAsync(Monday.AddHours(1)));
        await ImportAsync(edited, Monday.AddHours(2));
        var records = await ReadRectificationsAsync();

        var again = await ImportAsync(edited, Monday.AddHours(5));
        var regenerated = await ImportAsync(await LedgerAsync(Monday.AddHours(6)), Monday.AddHours(7));

        Assert.Equal((0, 3), (again.Updated, again.Unchanged));
        Assert.Equal((0, 3), (regenerated.Updated, regenerated.Unchanged));
        Assert.Equal(
            records.Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey),
            (await ReadRectificationsAsync()).Select(e => (e.RowKey, e.ETag)).OrderBy(p => p.RowKey));
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public async Task An_offices_done_is_confirmed_by_the_next_inspection_and_a_suppression_lapses_when_the_finding_changes()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External, OrganTypo], Scopes, Monday, Ct);
        var edited = EditAsAnOffice(await LedgerAsync(Monday.AddHours(1)));
        await ImportAsync(edited, Monday.AddHours(2));

        // Tuesday: the typo is gone from the site, the external link still times out (another attempt count).
        var tuesday = Monday.AddDays(1);
        var second = await Store.MergeRunAsync(Site, "run-2", [Broken, External with { Evidence = [new("attempts", "2"), new("kind", "a")] }], Scopes, tuesday, Ct);
        // The run's own open count, as the CLI prints it, leaves the 无需整改 finding apart.
        Assert.Equal((2, 1, 1), (second.StillOpen, second.StillOpenSuppressed, second.StillToFix));
        Assert.Equal("仍未整改 1 个（另有 1 个已登记无需整改）", second.StillOpenText);
        var findings = (await Store.GetFindingsAsync(Site, null, Ct)).ToDictionary(f => f.Fingerprint);
        Assert.Equal(FindingStatus.Resolved, findings[OrganTypo.Fingerprint].Status);
        Assert.True(findings[External.Fingerprint].IsSuppressed());

        // Wednesday: the external site answers 502 instead: the finding changed, so the office's judgement lapses.
        var wednesday = Monday.AddDays(2);
        var failing = External with { RuleId = "link.http-5xx", Evidence = [new("status", "502"), new("kind", "a")] };
        var third = await Store.MergeRunAsync(Site, "run-3", [Broken, failing], Scopes, wednesday, Ct);
        Assert.Equal((2, 0), (third.StillOpen, third.StillOpenSuppressed));
        var changed = (await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == External.Fingerprint);
        Assert.False(changed.IsSuppressed());
        Assert.Equal("外部网站，非本单位维护，已向对方单位反映", changed.LapsedOutcome()?.NoActionReason);
        var data = await ReportDataLoader.LoadAsync(Store, Site, wednesday, Ct);
        Assert.Equal(2, data.Open.Count());
        Assert.Empty(data.Suppressed);

        // Importing Monday's ledger again cannot bring the lapsed judgement back: the row names the old version.
        var stale = await ImportAsync(edited, wednesday.AddHours(1));
        var notice = Assert.Single(stale.Notices);
        Assert.StartsWith($"第 {RowOf(edited, External.PageUrl)} 行", notice, StringComparison.Ordinal);
        Assert.Contains("未导入", notice, StringComparison.Ordinal);
        Assert.False((await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == External.Fingerprint).IsSuppressed());
    }

    [Fact]
    public async Task A_suppression_lapses_when_the_finding_is_resolved_and_found_again()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External], Scopes, Monday, Ct);
        await ImportAsync(EditAsAnOffice(await LedgerAsync(Monday.AddHours(1))), Monday.AddHours(2));
        Assert.True((await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == External.Fingerprint).IsSuppressed());

        await Store.MergeRunAsync(Site, "run-2", [Broken], Scopes, Monday.AddDays(1), Ct);
        await Store.MergeRunAsync(Site, "run-3", [Broken, External], Scopes, Monday.AddDays(2), Ct);
        var again = (await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == External.Fingerprint);

        Assert.Equal(FindingStatus.Open, again.Status);
        Assert.False(again.IsSuppressed());
        Assert.Equal(2, (await ReportDataLoader.LoadAsync(Store, Site, Monday.AddDays(2), Ct)).Open.Count());
    }

    [Fact]
    public async Task A_column_the_office_deleted_keeps_what_was_imported_before()
    {
        await Store.MergeRunAsync(Site, "run-1", [Broken, External, OrganTypo], Scopes, Monday, Ct);
        await ImportAsync(EditAsAnOffice(await LedgerAsync(Monday.AddHours(1))), Monday.AddHours(2));
        using var editor = new LedgerEditor(await LedgerAsync(Monday.AddHours(3)));
        editor.DeleteColumn("整改措施").Type(Broken.PageUrl, "整改责任人", "赵敏");

        var result = await ImportAsync(editor.SaveAsExcelWould("赵敏"), Monday.AddHours(4));
        var broken = (await Store.GetFindingsAsync(Site, null, Ct)).Single(f => f.Fingerprint == Broken.Fingerprint).Rectification!;

        Assert.Equal((1, 2), (result.Updated, result.Unchanged));
        Assert.Equal(("赵敏", "联系栏目编辑更新链接地址"), (broken.Assignee, broken.Measure));
        Assert.Equal(("赵敏", Monday.AddHours(4)), (broken.UpdatedBy, broken.UpdatedAt));
        Assert.Equal(("张伟", Monday.AddHours(2)), (broken.StatusSetBy, broken.StatusSetAt));
    }

    /// <summary>
    /// What an office does in Excel: sorts by 问题描述, then types a status, assignee, measure, deadline and completion
    /// time into three rows, marks the external link 无需整改 with a reason, and saves.
    /// </summary>
    internal static byte[] EditAsAnOffice(byte[] ledger)
    {
        using var editor = new LedgerEditor(ledger);
        editor.SortBy("问题描述", descending: true)
            .Type(Broken.PageUrl, "整改状态", "整改中")
            .Type(Broken.PageUrl, "整改责任人", "李娜")
            .Type(Broken.PageUrl, "整改措施", "联系栏目编辑更新链接地址")
            .TypeDate(Broken.PageUrl, "整改时限", new DateTime(2025, 6, 20))
            .Type(External.PageUrl, "整改状态", "无需整改")
            .Type(External.PageUrl, "整改责任人", "王强")
            .Type(External.PageUrl, "无需整改理由", "外部网站，非本单位维护，已向对方单位反映");
        if (ContainsRow(editor, OrganTypo.PageUrl))
        {
            editor.Type(OrganTypo.PageUrl, "整改状态", " 已整改 ")
                .Type(OrganTypo.PageUrl, "整改措施", "已更正为“国务院办公厅”")
                .Type(OrganTypo.PageUrl, "整改完成时间", "2025-06-02 17:30")
                .Type(OrganTypo.PageUrl, "复核结果", "待下次检查确认");
        }

        return editor.SaveAsExcelWould("张伟");
    }

    /// <summary>The row an edited (and so re-sorted, shared-string) ledger shows the page's finding on.</summary>
    internal static int RowOf(byte[] ledger, string page)
    {
        using var reader = new LedgerWorkbookReader(new MemoryStream(ledger));
        return (int)LedgerWorkbookReader.Rows(reader.Sheet("整改台账")).Single(r => reader.Text(LedgerWorkbookReader.CellAt(r, "E")) == page).RowIndex!.Value;
    }

    private static bool ContainsRow(LedgerEditor editor, string page)
    {
        try
        {
            editor.RowOf(page);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<LedgerImportResult> ImportAsync(byte[] ledger, DateTimeOffset now)
    {
        var sheet = RectificationLedgerReader.Read(new MemoryStream(ledger));
        var result = await RectificationLedgerImporter.ImportAsync(Store, sheet, sheet.LastModifiedBy ?? "测试", now, new(), Ct);
        Assert.True(result.Imported, string.Join('\n', result.Errors));
        return result;
    }

    private async Task<byte[]> LedgerAsync(DateTimeOffset now)
    {
        var data = await ReportDataLoader.LoadAsync(Store, Site, now, Ct);
        using var stream = new MemoryStream();
        RectificationLedgerWriter.Write(data, stream);
        return stream.ToArray();
    }

    private async Task<List<TableEntity>> ReadRectificationsAsync()
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in ServiceClient.GetTableClient(Options.GetRectificationsTableName()).QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            entities.Add(entity);
        }

        return entities;
    }
}
