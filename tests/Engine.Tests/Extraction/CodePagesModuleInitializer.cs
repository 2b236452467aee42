using System.Runtime.CompilerServices;
using System.Text;

namespace ComplianceFns.Engine.Tests.Extraction;

internal static class CodePagesModuleInitializer
{
    // Tests build GBK fixtures with Encoding.GetEncoding(936), which needs the provider before any test runs.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
