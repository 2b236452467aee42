namespace ReportsBench;

/// <summary>The annual-report samples (../shared/samples/annual-reports, or ANNUAL_REPORTS_DIR), read once.</summary>
public static class SampleTexts
{
    public const string CompleteFile = "2021-tianjin-wuqing-zwfwb.txt";

    public static string Folder =>
        Environment.GetEnvironmentVariable("ANNUAL_REPORTS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryRoot(), "..", "shared", "samples", "annual-reports");

    public static string Complete() => File.ReadAllText(Path.Combine(Folder, CompleteFile));

    /// <summary>Every partial sample as (file name, text).</summary>
    public static (string File, string Text)[] Partials() =>
        [.. Directory.GetFiles(Folder, "*.txt").Where(f => Path.GetFileName(f) != CompleteFile).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
    }
}
