namespace ComplianceFns.TestSupport.Browser;

/// <summary>The flags every test Chromium runs with: headless, no background traffic, a fresh profile per run.</summary>
public static class ChromiumFlags
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static IReadOnlyList<string> Quiet(string profileDirectory) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
        "--user-data-dir=" + profileDirectory,
    ];

    public static void RequireInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}, so browser tests cannot run. Run: sudo bash scripts/install-chromium.sh");
        }
    }
}
