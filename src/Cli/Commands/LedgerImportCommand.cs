using ComplianceFns.Cli.Arguments;
using ComplianceFns.Engine.Reporting;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>ledger import &lt;file.xlsx&gt; [--storage CONNECTION] [--by NAME] [--deadline-days 1,5,10]</c>: reads what an
/// office typed into its rectification ledger (责任人, 措施, 状态, 时限, 完成时间, 复核结果, 无需整改理由) back into the
/// store, so the next report and ledger show it. A row that cannot be read is named by file, row and column, and then
/// nothing is imported (exit 2); importing the same file again changes nothing.
/// </summary>
public static class LedgerImportCommand
{
    public static CommandSpec Spec { get; } = new(
        "ledger import",
        "导入本单位填写后的整改台账（.xlsx）：整改状态、责任人、措施、时限等写入存储，此后生成的报告和台账据此显示",
        new PositionalSpec("台账文件.xlsx", "由 report 命令生成、在 Excel 或 WPS 中填写后保存的整改台账", Many: false),
        [
            OptionSpec.Value("storage", "CONNECTION", "存储连接字符串，应与生成台账时相同（默认 UseDevelopmentStorage=true，即本机 Azurite）"),
            OptionSpec.Value("by", "NAME", "导入人姓名，记为“无需整改”等状态的登记人（默认取台账文件记录的最后修改者）"),
            CommonOptions.DeadlineDays,
        ],
        RunAsync);

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("ledger import 需要且只需要一个整改台账文件（.xlsx）");
        }

        var path = parsed.Positionals[0];
        if (!File.Exists(path))
        {
            throw new UsageException($"找不到文件：{path}");
        }

        var deadlines = parsed.DeadlineDays();
        var by = parsed.Value("by")?.Trim();
        if (by is { Length: 0 })
        {
            throw new UsageException("--by 应写明导入人姓名");
        }

        LedgerSheet sheet;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true);
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            sheet = RectificationLedgerReader.Read(copy);
        }
        catch (LedgerFileException ex)
        {
            console.Error.WriteLine($"错误：{path}：{ex.Message}。");
            return ExitCodes.Usage;
        }
        catch (IOException)
        {
            console.Error.WriteLine($"错误：无法读取文件 {path}（可能正在 Excel 或 WPS 中打开，请关闭后重试）。");
            return ExitCodes.Usage;
        }

        by ??= sheet.LastModifiedBy
            ?? throw new UsageException("无法确定导入人：台账文件没有记录最后修改者，请用 --by 写明导入人姓名");

        var store = await InspectCommand.OpenStoreAsync(parsed.Value("storage") ?? ReportCommand.LocalStorage, cancellationToken).ConfigureAwait(false);
        var result = await RectificationLedgerImporter.ImportAsync(store, sheet, by, DateTimeOffset.UtcNow, deadlines, cancellationToken).ConfigureAwait(false);
        if (!result.Imported)
        {
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"错误：{path} {error}。");
            }

            console.Error.WriteLine($"台账未导入：{path} 有 {result.Errors.Count} 处需要改正，改正后请重新导入（已导入过的内容不会重复记录）。");
            return ExitCodes.Usage;
        }

        foreach (var notice in result.Notices)
        {
            console.Error.WriteLine($"注意：{path} {notice}。");
        }

        console.Out.WriteLine(
            $"已导入整改台账：{path}（导入人：{by}）：共 {result.Rows} 行，更新 {result.Updated} 个问题，其余 {result.Unchanged} 个没有变化。");
        if (result.Updated > 0)
        {
            console.Out.WriteLine("此后用 report 命令生成的检查报告和整改台账将显示所填内容。");
        }

        return ExitCodes.Ok;
    }
}
