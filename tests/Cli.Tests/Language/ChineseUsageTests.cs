using System.Text.RegularExpressions;
using ComplianceFns.Cli.Arguments;

namespace ComplianceFns.Cli.Tests.Language;

/// <summary>
/// Every command has a Chinese --help, and every command-line mistake is told in Chinese: the error text carries no
/// English error words (only the option names, values and paths the admin typed or may type).
/// </summary>
public sealed partial class ChineseUsageTests
{
    public static TheoryData<string> CommandNames() => [.. CommandDispatcher.Commands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Every_command_has_a_chinese_help_listing_all_its_options(string name)
    {
        var spec = CommandDispatcher.Commands.Single(c => c.Name == name);
        foreach (var flag in new[] { "--help", "-h" })
        {
            var (exit, output, error) = await RunAsync([.. name.Split(' '), flag]);

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Empty(error);
            Assert.Contains($"用法：compliancefns {name}", output, StringComparison.Ordinal);
            Assert.Contains(spec.Description, output, StringComparison.Ordinal);
            foreach (var option in spec.Options)
            {
                Assert.Contains($"--{option.Name}", output, StringComparison.Ordinal);
                Assert.Contains(option.Description, output, StringComparison.Ordinal);
            }

            AssertNoEnglishErrorWords(output);
        }
    }

    [Fact]
    public async Task The_overview_lists_every_command_in_chinese()
    {
        var (exit, output, _) = await RunAsync(["--help"]);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("compliancefns — 政务公开网站链接、错别字与年报检查", output, StringComparison.Ordinal);
        Assert.All(CommandDispatcher.Commands, c => Assert.Contains($"  {c.Name}", output, StringComparison.Ordinal));
        AssertNoEnglishErrorWords(output);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task An_unknown_option_names_it_and_lists_the_commands_options(string name)
    {
        var spec = CommandDispatcher.Commands.Single(c => c.Name == name);

        var (exit, output, error) = await RunAsync([.. name.Split(' '), "--bogus"]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(output);
        Assert.StartsWith($"错误：未知选项 --bogus；可用选项：{string.Join("、", spec.Options.Select(o => "--" + o.Name))}。", error, StringComparison.Ordinal);
        Assert.Contains($"用法见 compliancefns {name} --help。", error, StringComparison.Ordinal);
        AssertNoEnglishErrorWords(error);
    }

    [Theory]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--max-page", "3" }, "错误：未知选项 --max-page（是否想输入 --max-pages？）；可用选项：")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--max-pages" }, "错误：--max-pages 后面缺少取值（N）。")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--timeout", "0" }, "错误：--timeout 应为 1 到 600 之间的整数（收到“0”）。")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--fail-on", "all" }, "错误：--fail-on 只能取 serious、general、hint、none 之一（收到“all”）。")]
    [InlineData(new[] { "inspect", "http://127.0.0.1/", "--mail-out", "out" }, "错误：--mail-out 需要 --storage")]
    [InlineData(new[] { "inspekt", "http://127.0.0.1/" }, "错误：未知命令 inspekt（是否想输入 inspect？）；可用命令：inspect、check-text、")]
    [InlineData(new[] { "--bogus" }, "错误：未知选项 --bogus：选项应写在命令之后；可用命令：")]
    [InlineData(new[] { "check-text", "no-such-file.txt" }, "错误：找不到文件：no-such-file.txt。")]
    [InlineData(new[] { "check-text", "--jsonl", "no-such-file.jsonl" }, "错误：找不到文件：no-such-file.jsonl。")]
    [InlineData(new[] { "check-text", "--date", "2024/05/01", "-" }, "错误：--date 应为 YYYY-MM-DD 格式的日期（收到“2024/05/01”）。")]
    [InlineData(new[] { "check-report" }, "错误：check-report 需要至少一个年报文件或 http(s) 网址。")]
    [InlineData(new[] { "report", "extra" }, "错误：report 不接受位置参数（收到“extra”）。")]
    [InlineData(new[] { "serve-sample", "--port", "70000" }, "错误：--port 应为 1 到 65535 之间的整数（收到“70000”）。")]
    [InlineData(new[] { "ledger" }, "错误：ledger 后面缺少子命令；可用命令：ledger import。")]
    [InlineData(new[] { "ledger", "imprt", "台账.xlsx" }, "错误：未知命令 ledger imprt（是否想输入 ledger import？）；可用命令：ledger import。")]
    [InlineData(new[] { "ledgr", "import", "台账.xlsx" }, "错误：未知命令 ledgr（是否想输入 ledger import？）；可用命令：")]
    [InlineData(new[] { "ledger", "import" }, "错误：ledger import 需要且只需要一个整改台账文件（.xlsx）。")]
    [InlineData(new[] { "ledger", "import", "no-such-ledger.xlsx" }, "错误：找不到文件：no-such-ledger.xlsx。")]
    [InlineData(new[] { "ledger", "import", "a.xlsx", "--bye", "张伟" }, "错误：未知选项 --bye（是否想输入 --by？）；可用选项：--storage、--by、--deadline-days。")]
    [InlineData(new[] { "report", "--deadline-days", "1,5" }, "错误：--deadline-days 应为三个 0 到 250 的整数，依次为严重、一般、提示问题的整改工作日数，如 1,5,10（收到“1,5”）。")]
    public async Task Usage_errors_are_chinese_with_exit_2(string[] args, string expected)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        AssertNoEnglishErrorWords(error);
    }

    /// <summary>English words an error message would carry if it were not translated: none may appear.</summary>
    internal static void AssertNoEnglishErrorWords(string text)
    {
        // What the admin typed or may type is ASCII on purpose: options, the program and command names, paths.
        var prose = OptionOrPath().Replace(text, " ");
        var english = EnglishErrorWord().Matches(prose).Select(m => m.Value).ToList();
        Assert.True(english.Count == 0, $"English error words {string.Join(", ", english)} in:\n{text}");
    }

    [GeneratedRegex(@"--?[a-z][a-z-]*|\b[A-Z][A-Z-]+\b|compliancefns|[\w./-]*\.(txt|jsonl|pdf|xlsx|xls)|https?://\S+")]
    private static partial Regex OptionOrPath();

    [GeneratedRegex(@"\b(error|unknown|unrecognized|not found|required|usage|option|argument|invalid|must|expected|missing|exception|file|command)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishErrorWord();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
