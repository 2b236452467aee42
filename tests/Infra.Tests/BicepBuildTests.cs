using System.Text.RegularExpressions;
using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>The templates compile and lint clean (apart from the documented allow-list) and use only local modules.</summary>
public sealed class BicepBuildTests
{
    [Fact]
    public void Build_reports_no_warning_or_error_outside_the_allow_list()
    {
        var build = CompiledTemplate.Main.Build;

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(Unallowed(build));
    }

    [Fact]
    public void Lint_reports_no_warning_or_error_outside_the_allow_list()
    {
        var lint = BicepCli.Run("lint", BicepCli.InfraPath("main.bicep"));

        Assert.True(lint.ExitCode == 0, $"bicep lint exited {lint.ExitCode}:\n{lint.StandardError}");
        Assert.Empty(Unallowed(lint));
    }

    [Fact]
    public void Every_module_is_a_local_file()
    {
        var modules = Directory.EnumerateFiles(BicepCli.InfraPath(), "*.bicep", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"^\s*module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline)
                .Select(m => (File: file, Path: m.Groups["path"].Value)))
            .ToList();

        Assert.NotEmpty(modules);
        Assert.All(modules, m =>
        {
            Assert.DoesNotMatch(@"^(br|ts)[:/]", m.Path);
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(m.File)!, m.Path)), $"{m.File} uses missing module {m.Path}");
        });
    }

    private static List<string> Unallowed(BicepResult result) =>
        result.Diagnostics
            .Where(d => d.Level is "Warning" or "Error" && !(d.Level == "Warning" && LintAllowList.Codes.Contains(d.Code)))
            .Select(d => d.Line)
            .ToList();
}
