using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Commands;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Cli;

/// <summary>
/// Parses the command line (System.CommandLine, through <see cref="CliCommandLine"/>) and runs the command. Every
/// mistake and failure is one Chinese line: usage errors exit 2 with a pointer to the command's help, failures of the
/// tool exit 3; never a stack trace unless <c>--verbose</c> asks for it.
/// </summary>
public static class CommandDispatcher
{
    public static IReadOnlyList<CommandSpec> Commands { get; } =
        [InspectCommand.Spec, CheckTextCommand.Spec, CheckReportCommand.Spec, ReportCommand.Spec, LedgerImportCommand.Spec, DemoCommand.Spec, ServeSampleCommand.Spec];

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Length == 0 || args is ["help"])
        {
            console.Out.WriteLine(HelpText.Overview(Commands));
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args is ["help", _, ..] && Commands.FirstOrDefault(c => c.Name == string.Join(' ', args.Skip(1))) is { } asked)
        {
            console.Out.WriteLine(HelpText.For(asked));
            return ExitCodes.Ok;
        }

        Invocation invocation;
        try
        {
            invocation = new CliCommandLine(Commands).Parse(args);
        }
        catch (CommandLineException ex)
        {
            return UsageError(console, ex.Message, ex.Spec);
        }

        if (invocation.Help || invocation.Spec is null || invocation.Arguments is null)
        {
            console.Out.WriteLine(invocation.Spec is null ? HelpText.Overview(Commands) : HelpText.For(invocation.Spec));
            return ExitCodes.Ok;
        }

        try
        {
            return await invocation.Spec.Run(invocation.Arguments, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            return UsageError(console, ex.Message, invocation.Spec);
        }
        catch (RunNotStoredException ex)
        {
            // Every finding is already printed above; the admin learns they were not kept.
            console.Error.WriteLine($"错误：{StorageFailureText.Describe(ex.InnerException!)}；以上检查结果已全部列出，但未能写入存储。");
            if (invocation.Verbose)
            {
                console.Error.WriteLine(ex.InnerException!.ToString());
            }

            return ExitCodes.Failure;
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
            if (invocation.Verbose)
            {
                console.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>The mistake, then where the full usage is: the command's own help, or the overview.</summary>
    private static int UsageError(CliConsole console, string message, CommandSpec? spec)
    {
        console.Error.WriteLine($"错误：{message}。");
        console.Error.WriteLine(spec is null
            ? $"可用命令见 {HelpText.ProgramName} --help。"
            : $"用法见 {HelpText.ProgramName} {spec.Name} --help。");
        return ExitCodes.Usage;
    }
}
