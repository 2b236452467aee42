using System.Runtime.CompilerServices;
using System.Text;

namespace ComplianceFns.Functions.Tests;

internal static class CodePagesModuleInitializer
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
