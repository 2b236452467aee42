using System.Diagnostics;

namespace LinkBench;

/// <summary>A link checker under test: how to start it against a site and how to read its report.</summary>
public interface ILinkTool
{
    string Name { get; }

    ProcessStartInfo StartInfo(Uri startUrl, BenchOptions options);

    /// <summary>Reads the report; throws <see cref="ToolFailedException"/> when the run did not produce one.</summary>
    ToolReport ReadReport(ChildRun run);
}
