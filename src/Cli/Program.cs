using System.Runtime.InteropServices;
using System.Text;
using ComplianceFns.Cli;

Console.OutputEncoding = Encoding.UTF8;

// Ctrl+C and SIGTERM (timeout, systemd, container stops) both cancel the command instead of killing the process:
// what was found so far is printed and, with --storage, recorded as a failed run that resolves nothing.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await CommandDispatcher.RunAsync(args, CliConsole.System, cancellation.Token);
