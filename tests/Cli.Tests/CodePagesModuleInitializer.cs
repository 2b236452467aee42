using System.Runtime.CompilerServices;
using System.Text;

namespace ComplianceFns.Cli.Tests;

internal static class CodePagesModuleInitializer
{
    // Tests write GBK files themselves, before any engine code has registered the provider.
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
