using System.Runtime.CompilerServices;
using System.Text;

namespace ComplianceFns.SampleSite.Tests;

internal static class GbkEncodingRegistration
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
