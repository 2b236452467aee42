using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Commands;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Cli;

/// <summary>Routes the first argument to a command; usage errors exit 2 with a message, never a stack trace.</summary>
public static class CommandDispatcher
{
    /// <summary>Global flag: after the Chinese error line, print the raw exception (developers only).</summary>
    public const string VerboseFlag = "--verbose";

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var verbose = args.Contains(VerboseFlag, StringComparer.Ordinal);
        args = [.. args.Where(a => a != VerboseFlag)];
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            console.Out.WriteLine(UsageText);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "inspect" => await InspectCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "demo" => await DemoCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "serve-sample" => await ServeSampleCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "check-text" => await CheckTextCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "check-report" => await CheckReportCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "report" => await ReportCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine(UsageText);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("已取消。");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The admin gets one readable Chinese line, never the exception; --verbose adds it for developers.
            console.Error.WriteLine(StorageFailureText.Describe(ex) is { } storage
                ? $"错误：{storage}。"
                : "错误：程序内部出错，命令未完成（加 --verbose 可查看技术细节）。");
            if (verbose)
            {
                console.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    public static string UsageText => $"""
        compliancefns — 政务公开网站链接、错别字与年报检查

        usage (any command also takes --verbose: technical details after an error):
          {InspectCommand.Usage.Replace("\n", "\n  ", StringComparison.Ordinal)}
          {CheckTextCommand.Usage.Replace("\n", "\n  ", StringComparison.Ordinal)}
          {CheckReportCommand.Usage.Replace("\n", "\n  ", StringComparison.Ordinal)}
          {ReportCommand.Usage}
          {DemoCommand.Usage}
          {ServeSampleCommand.Usage}
        """;
}
