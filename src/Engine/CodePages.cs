using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace ComplianceFns.Engine;

/// <summary>
/// GBK, GB2312, GB18030 and Big5 pages and files need the code-pages provider before anything decodes them. It is
/// registered once, when this assembly loads, so every host (Functions, CLI, tests) has it without a line of its own.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Registering an encoding provider is process-wide and idempotent; every host of the engine needs it before the first decode.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
