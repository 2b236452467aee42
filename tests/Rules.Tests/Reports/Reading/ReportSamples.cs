namespace ComplianceFns.Rules.Tests.Reports.Reading;

/// <summary>Reads ../shared/samples/annual-reports/ beside the folder holding ComplianceFns.sln.</summary>
internal static class ReportSamples
{
    public static string Folder { get; } = Locate();

    public static string Text(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplianceFns.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException("ComplianceFns.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory.Parent.FullName, "shared", "samples", "annual-reports");
    }
}
