using System.Globalization;
using ComplianceFns.Engine.Storage;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Reporting;

/// <summary>What an import did: rows read, findings whose record changed, and what the office should know.</summary>
/// <param name="Errors">Rows or cells that cannot be read ("第 5 行 K 列（整改状态）：…"); when any, nothing was imported.</param>
/// <param name="Notices">Rows imported only in part, e.g. a status given to a version of the finding that has since changed.</param>
public sealed record LedgerImportResult(int Rows, int Updated, int Unchanged, IReadOnlyList<string> Errors, IReadOnlyList<string> Notices)
{
    public bool Imported => Errors.Count == 0;
}

/// <summary>
/// Imports what the office typed into a rectification ledger (整改台账) back into the store: 整改时限, 整改状态,
/// 整改责任人, 整改措施, 整改完成时间, 复核结果 and 无需整改理由, for the finding each row's hidden 问题标识 names.
/// All or nothing: a row that cannot be read (an unknown status, a date that is not one, 无需整改 without a reason, a
/// finding the store does not have) is reported with its row and column and nothing is written. Importing the same
/// file again changes nothing. The inspection history is never written: an office's 已整改 is recorded as its claim
/// and only an inspection resolves a finding.
/// </summary>
public static class RectificationLedgerImporter
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd",
    ];

    private static readonly string[] TimeFormats = ["", " H:mm", " H:mm:ss", "'T'H:mm", "'T'H:mm:ss"];

    private sealed record Parsed(
        LedgerRow Row, Finding Finding, bool Fresh,
        Field<string?> Assignee, Field<string?> Measure, Field<DateOnly?> Deadline,
        Field<RectificationStatus> Status, Field<DateTimeOffset?> Completed, Field<string?> Review, Field<string?> Reason);

    /// <summary>A cell's value, or not given when the office removed its column (the stored value is then kept).</summary>
    private readonly record struct Field<T>(bool Given, T Value)
    {
        public T Or(T stored) => Given ? Value : stored;
    }

    public static async Task<LedgerImportResult> ImportAsync(
        IFindingStore store, LedgerSheet ledger, string importedBy, DateTimeOffset now, RectificationDeadlineOptions deadlines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        ArgumentNullException.ThrowIfNull(deadlines);

        var errors = new List<string>();
        if (!RectificationLedgerWriter.OfficeHeaders.Any(ledger.HeaderColumns.ContainsKey))
        {
            errors.Add($"台账中没有可导入的列（{string.Join("、", RectificationLedgerWriter.OfficeHeaders)}）");
            return new LedgerImportResult(0, 0, 0, errors, []);
        }

        var findings = (await store.GetFindingsAsync(null, null, ct).ConfigureAwait(false))
            .ToDictionary(LedgerKey.IdentityOf, StringComparer.Ordinal);
        var parsed = new List<Parsed>();
        var rowsByIdentity = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = ledger.Rows.Where(r => !r.IsBlank).ToList();
        foreach (var row in rows)
        {
            if (Parse(row, ledger, findings, rowsByIdentity, deadlines, errors) is { } result)
            {
                parsed.Add(result);
            }
        }

        if (errors.Count > 0)
        {
            return new LedgerImportResult(rows.Count, 0, 0, errors, []);
        }

        var notices = new List<string>();
        var changes = new Dictionary<string, Dictionary<string, FindingRectification>>(StringComparer.Ordinal);
        var unchanged = 0;
        foreach (var row in parsed)
        {
            var record = Merge(row, importedBy, now, notices);
            if (record is null)
            {
                unchanged++;
                continue;
            }

            if (!changes.TryGetValue(row.Finding.SiteId, out var site))
            {
                changes[row.Finding.SiteId] = site = new Dictionary<string, FindingRectification>(StringComparer.Ordinal);
            }

            site[row.Finding.Fingerprint] = record;
        }

        foreach (var (siteId, records) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            await store.SaveRectificationsAsync(siteId, records, ct).ConfigureAwait(false);
        }

        return new LedgerImportResult(rows.Count, changes.Sum(c => c.Value.Count), unchanged, [], notices);
    }

    private static Parsed? Parse(
        LedgerRow row, LedgerSheet ledger, IReadOnlyDictionary<string, Finding> findings, Dictionary<string, int> rowsByIdentity,
        RectificationDeadlineOptions deadlines, List<string> errors)
    {
        var line = $"第 {row.RowNumber} 行";
        var keyCell = row.Cell(RectificationLedgerWriter.KeyHeader);
        var description = Describe(row);
        if (keyCell is null || string.IsNullOrWhiteSpace(keyCell.Text))
        {
            errors.Add($"{line}{description}没有“{RectificationLedgerWriter.KeyHeader}”，无法对应到问题；台账只能填写已有的行，新增的行请删除");
            return null;
        }

        if (!LedgerKey.TryParse(keyCell.Text, out var version, out var identity))
        {
            errors.Add($"{line} {keyCell.Column} 列（{RectificationLedgerWriter.KeyHeader}）{description}已被改动，无法对应到问题；请从最新生成的台账中复制本行填写的内容");
            return null;
        }

        if (rowsByIdentity.TryGetValue(identity, out var earlier))
        {
            errors.Add($"{line}{description}与第 {earlier} 行是同一个问题，请删除重复的行");
            return null;
        }

        rowsByIdentity[identity] = row.RowNumber;
        if (!findings.TryGetValue(identity, out var finding))
        {
            errors.Add($"{line}{description}对应的问题在存储中不存在：台账可能来自另一套存储，请用生成该台账的同一存储导入，或从本存储重新生成台账后填写");
            return null;
        }

        var count = errors.Count;
        var status = new Field<RectificationStatus>(false, RectificationStatus.Pending);
        if (ledger.HeaderColumns.ContainsKey(RectificationLedgerWriter.StatusHeader))
        {
            // Excel leaves an emptied cell out of the file: no cell is an empty one, which is 未整改.
            var cell = row.Cell(RectificationLedgerWriter.StatusHeader);
            var parsedStatus = RectificationStatusNames.FromChinese(cell?.Text);
            if (parsedStatus is null)
            {
                errors.Add($"{line} {cell!.Column} 列（{RectificationLedgerWriter.StatusHeader}）：“{Clip(cell.Text)}”不是可选的整改状态，请从下拉列表中选择{string.Join("、", RectificationStatusNames.All.Select(s => s.ToChinese()))}之一");
            }
            else
            {
                status = new(true, parsedStatus.Value);
            }
        }

        var reason = TextField(row, ledger, RectificationLedgerWriter.ReasonHeader);
        if (status is { Given: true, Value: RectificationStatus.NoActionNeeded } && string.IsNullOrWhiteSpace(reason.Or(finding.CurrentRectification()?.NoActionReason)))
        {
            errors.Add(ledger.HeaderColumns.TryGetValue(RectificationLedgerWriter.ReasonHeader, out var reasonColumn)
                ? $"{line}{description}的整改状态为“无需整改”，须在 {reasonColumn} 列（{RectificationLedgerWriter.ReasonHeader}）写明理由"
                : $"{line}{description}的整改状态为“无需整改”，须写明理由，但台账中没有“{RectificationLedgerWriter.ReasonHeader}”列");
        }

        var deadline = DateField(row, ledger, RectificationLedgerWriter.DeadlineHeader, line, errors, "2025-06-09");
        var completed = DateTimeField(row, ledger, RectificationLedgerWriter.CompletedHeader, line, errors);
        if (errors.Count > count)
        {
            return null;
        }

        // A deadline equal to the computed one is not the office's own: it keeps following the rule.
        var computed = deadlines.ComputedDeadline(finding);
        var ownDeadline = deadline with { Value = deadline.Value == computed ? null : deadline.Value };
        return new Parsed(
            row, finding, version == FindingVersion.Of(finding),
            TextField(row, ledger, RectificationLedgerWriter.AssigneeHeader),
            TextField(row, ledger, RectificationLedgerWriter.MeasureHeader),
            ownDeadline,
            status,
            completed,
            TextField(row, ledger, RectificationLedgerWriter.ReviewHeader),
            reason);
    }

    /// <summary>The finding's new record, or null when the row changes nothing.</summary>
    private static FindingRectification? Merge(Parsed row, string importedBy, DateTimeOffset now, List<string> notices)
    {
        var stored = row.Finding.Rectification ?? new FindingRectification();
        var current = row.Finding.CurrentRectification() ?? new FindingRectification();
        var record = stored with
        {
            Assignee = row.Assignee.Or(stored.Assignee),
            Measure = row.Measure.Or(stored.Measure),
            Deadline = row.Deadline.Or(stored.Deadline),
        };

        var outcome = (
            Status: row.Status.Or(current.Status),
            Completed: row.Completed.Or(current.CompletedAt),
            Review: row.Review.Or(current.ReviewResult),
            Reason: row.Reason.Or(current.NoActionReason));
        var same = outcome == (current.Status, current.CompletedAt, current.ReviewResult, current.NoActionReason);
        if (!same && !row.Fresh)
        {
            notices.Add($"第 {row.Row.RowNumber} 行{Describe(row.Row)}：生成本台账后该问题已有变化（问题内容改变，或经检查确认整改后再次出现），本行的整改状态、整改完成时间、复核结果和无需整改理由未导入，请在新生成的台账中重新填写；整改责任人、整改措施和整改时限已导入");
        }
        else if (!same)
        {
            var statusChanged = outcome.Status != current.Status
                || (outcome.Status == RectificationStatus.NoActionNeeded && outcome.Reason != current.NoActionReason);
            record = record with
            {
                Status = outcome.Status,
                CompletedAt = outcome.Completed,
                ReviewResult = outcome.Review,
                NoActionReason = outcome.Reason,
                StatusVersion = FindingVersion.Of(row.Finding),
                StatusSetAt = statusChanged ? now : current.StatusSetAt,
                StatusSetBy = statusChanged ? importedBy : current.StatusSetBy,
            };
        }

        if (SameContent(record, stored))
        {
            return null;
        }

        return record with { UpdatedAt = now, UpdatedBy = importedBy };
    }

    private static bool SameContent(FindingRectification a, FindingRectification b) =>
        a with { UpdatedAt = default, UpdatedBy = null } == b with { UpdatedAt = default, UpdatedBy = null };

    private static Field<string?> TextField(LedgerRow row, LedgerSheet ledger, string header)
    {
        if (!ledger.HeaderColumns.ContainsKey(header))
        {
            return new(false, null);
        }

        var text = row.Cell(header)?.Text.Trim();
        return new(true, string.IsNullOrEmpty(text) ? null : text.ReplaceLineEndings("\n"));
    }

    private static Field<DateOnly?> DateField(LedgerRow row, LedgerSheet ledger, string header, string line, List<string> errors, string example)
    {
        if (!ledger.HeaderColumns.ContainsKey(header))
        {
            return new(false, null);
        }

        if (row.Cell(header) is not { } cell || string.IsNullOrWhiteSpace(cell.Text))
        {
            return new(true, null);
        }

        if (Moment(cell) is { } moment)
        {
            return new(true, DateOnly.FromDateTime(moment));
        }

        errors.Add($"{line} {cell.Column} 列（{header}）：“{Clip(cell.Text)}”不是日期，请填写如 {example} 的日期");
        return new(true, null);
    }

    private static Field<DateTimeOffset?> DateTimeField(LedgerRow row, LedgerSheet ledger, string header, string line, List<string> errors)
    {
        if (!ledger.HeaderColumns.ContainsKey(header))
        {
            return new(false, null);
        }

        if (row.Cell(header) is not { } cell || string.IsNullOrWhiteSpace(cell.Text))
        {
            return new(true, null);
        }

        if (Moment(cell) is { } moment)
        {
            return new(true, new DateTimeOffset(moment, BeijingTime.Offset));
        }

        errors.Add($"{line} {cell.Column} 列（{header}）：“{Clip(cell.Text)}”不是日期或时间，请填写如 2025-06-09 或 2025-06-09 17:30 的北京时间");
        return new(true, null);
    }

    /// <summary>A date or date-time in Beijing time, to the minute: an Excel serial number or a text date.</summary>
    private static DateTime? Moment(LedgerCell cell)
    {
        DateTime value;
        if (cell.Number is { } serial)
        {
            if (serial is < 1 or > 2958465)
            {
                return null;
            }

            value = DateTime.FromOADate(serial);
        }
        else
        {
            var text = cell.Text.Trim().Replace('　', ' ');
            var formats = DateFormats.SelectMany(d => TimeFormats.Select(t => d + t)).ToArray();
            if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out value))
            {
                return null;
            }
        }

        // Serial numbers are floating point: 17:30 may come back a millisecond early, so round rather than cut.
        var minutes = (long)Math.Round(value.Ticks / (double)TimeSpan.TicksPerMinute);
        return new DateTime(minutes * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
    }

    /// <summary>"（问题描述：页面 … 中的链接…）", so a row can be found again after the office re-sorted the sheet.</summary>
    private static string Describe(LedgerRow row)
    {
        var message = row.Cell(RectificationLedgerWriter.MessageHeader)?.Text.Trim();
        return string.IsNullOrEmpty(message) ? string.Empty : $"（{RectificationLedgerWriter.MessageHeader}：{Clip(message)}）";
    }

    private static string Clip(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 30 ? flat : flat[..(char.IsHighSurrogate(flat[28]) ? 28 : 29)] + "…";
    }
}
