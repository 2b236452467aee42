using ComplianceFns.SampleSite.Generated;
using System.Diagnostics;
using LinkBench;

namespace LinkBench.Tests;

public sealed class MeasurementTests
{
    [Fact]
    public async Task A_child_that_allocates_shows_its_memory_wall_time_and_cpu()
    {
        // A shell whose child (dd with a 64 MB buffer, filled over and over) holds the memory: the tree's peak must
        // include the grandchild of this process, not only the shell.
        var start = new ProcessStartInfo("/bin/sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("dd if=/dev/zero of=/dev/null bs=64M count=150 2>/dev/null; echo done");
        var prefix = Path.Combine(Path.GetTempPath(), $"linkbench-measure-{Guid.NewGuid():N}");

        var run = await ChildRun.RunAsync(start, prefix, TimeSpan.FromSeconds(30));

        try
        {
            Assert.Equal(0, run.ExitCode);
            Assert.InRange(run.WallTime, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
            Assert.True(run.PeakRssBytes > 60_000_000, $"peak {run.PeakRssBytes} bytes");
            Assert.True(run.MemorySamples >= 5, $"{run.MemorySamples} samples");
            Assert.True(run.ToolCpu > TimeSpan.Zero);
            Assert.Equal("done\n", File.ReadAllText(run.StdoutPath));
        }
        finally
        {
            File.Delete(run.StdoutPath);
            File.Delete(run.StderrPath);
        }
    }

    [Fact]
    public void The_tree_of_this_process_includes_a_child_it_started()
    {
        using var child = Process.Start("/bin/sleep", "5");
        try
        {
            Assert.Contains(child.Id, ProcessTreeMemory.TreeOf(Environment.ProcessId));
            Assert.True(ProcessTreeMemory.MemoryOf(Environment.ProcessId)!.Value.Rss > 1_000_000);
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }

    [Fact]
    public void Options_default_to_the_issue_setting_and_reject_unknown_flags()
    {
        var options = BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js"]);
        Assert.Equal((2_000, 16, 3), (options.Pages, options.Concurrency, options.Repetitions));

        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js", "--fast", "1"]));
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--linkinator", "cli.js"]));
        Assert.Equal(60, BenchOptions.Parse(["--serve-seconds", "60"]).ServeSeconds);
    }

    [Fact]
    public void The_slow_variant_has_its_own_site_and_settings_which_flags_still_override()
    {
        var slow = BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js", "--variant", "slow"]);
        Assert.Equal(("slow", 300, 10, 1), (slow.Variant, slow.Pages, slow.Concurrency, slow.Repetitions));
        Assert.Equal(new SlowTargetPlan(6, 54, 6), slow.Slow);
        Assert.Null(BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js"]).Slow);
        Assert.Equal(3, BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js", "--variant", "slow", "--repetitions", "3"]).Repetitions);
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--cli", "a.dll", "--linkinator", "cli.js", "--variant", "medium"]));
    }

    [Fact]
    public void Our_tool_runs_as_shipped_with_typo_checks_and_the_skip_typos_row_is_named()
    {
        var options = BenchOptions.Parse(["--cli", "cli.dll", "--linkinator", "cli.js"]);

        Assert.DoesNotContain("--skip-typos", new ComplianceFnsTool("cli.dll").StartInfo(new Uri("http://127.0.0.1:9/"), options).ArgumentList);
        var skipping = new ComplianceFnsTool("cli.dll", skipTypos: true);
        Assert.Contains("--skip-typos", skipping.StartInfo(new Uri("http://127.0.0.1:9/"), options).ArgumentList);
        Assert.Equal("ComplianceFns (--skip-typos)", skipping.Name);
    }

    [Fact]
    public void A_variant_of_our_tool_runs_with_its_environment_under_its_own_name()
    {
        var variant = new ComplianceFnsTool("cli.dll", ComplianceFnsTool.ParseEnvironment("DOTNET_TieredCompilation=0, DOTNET_gcServer=1"));

        var start = variant.StartInfo(new Uri("http://127.0.0.1:9/"), BenchOptions.Parse(["--cli", "cli.dll", "--linkinator", "cli.js"]));

        Assert.Equal("ComplianceFns (DOTNET_TieredCompilation=0 DOTNET_gcServer=1)", variant.Name);
        Assert.Equal("0", start.Environment["DOTNET_TieredCompilation"]);
        Assert.Equal("1", start.Environment["DOTNET_gcServer"]);
        Assert.Equal(["cli.dll", "inspect", "http://127.0.0.1:9/"], start.ArgumentList.Take(3));
        Assert.Throws<ArgumentException>(() => ComplianceFnsTool.ParseEnvironment("NOVALUE"));
    }
}
