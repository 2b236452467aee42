using System.Text;
using ComplianceFns.Cli;
using ComplianceFns.Cli.Arguments;
using ComplianceFns.Cli.Commands;

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
Console.OutputEncoding = Encoding.UTF8;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandDispatcher.RunAsync(args, CliConsole.System, cancellation.Token);
