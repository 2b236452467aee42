using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LinkBench;

/// <summary>
/// linkinator (npm) run by node: <c>cli.js &lt;url&gt; --recurse --format json</c>. Its defaults already check what
/// ours does on the generated site: a/area href, img src/srcset, script src and link href. Its default verbosity
/// lists every distinct URL it checked (OK and BROKEN), which shows it covered the same site as ours.
/// </summary>
public sealed class LinkinatorTool(string node, string cliJs) : ILinkTool
{
    public string Name => "linkinator 8.1.0";

    public ProcessStartInfo StartInfo(Uri startUrl, BenchOptions options)
    {
        var start = new ProcessStartInfo(node);
        string[] args =
        [
            cliJs, startUrl.AbsoluteUri, "--recurse", "--format", "json",
            "--concurrency", options.Concurrency.ToString(CultureInfo.InvariantCulture),
            "--timeout", (options.TimeoutSeconds * 1000).ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public ToolReport ReadReport(ChildRun run)
    {
        // Exit code 1 means "broken links found" as well as "crashed"; only a JSON report tells them apart.
        JsonDocument report;
        try
        {
            report = JsonDocument.Parse(File.ReadAllText(run.StdoutPath));
        }
        catch (JsonException)
        {
            throw new ToolFailedException($"{Name} exited with {run.ExitCode} and no JSON report: {ComplianceFnsTool.Tail(run.StderrPath)}");
        }

        using (report)
        {
            if (run.ExitCode is not (0 or 1) || !report.RootElement.TryGetProperty("links", out var links))
            {
                throw new ToolFailedException($"{Name} exited with {run.ExitCode}: {ComplianceFnsTool.Tail(run.StderrPath)}");
            }

            var broken = new List<ReportedLink>();
            foreach (var link in links.EnumerateArray())
            {
                if (link.GetProperty("state").GetString() == "BROKEN")
                {
                    var parent = link.TryGetProperty("parent", out var p) ? p.GetString() ?? "" : "";
                    broken.Add(new ReportedLink(parent, link.GetProperty("url").GetString() ?? ""));
                }
            }

            return new ToolReport(broken, links.GetArrayLength(), OtherFindings: 0);
        }
    }
}
