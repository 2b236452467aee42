using System.Diagnostics;
using System.Globalization;

namespace ComplianceFns.TestSupport.Browser;

/// <summary>
/// Runs Debian's headless Chromium on a local file: the DOM after scripts ran (<c>--dump-dom</c>) or a screenshot.
/// Network is off as far as flags allow; the pages tested carry a CSP that forbids every fetch anyway.
/// A missing Chromium throws, so browser tests fail (never skip) on a machine without it.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = ChromiumFlags.ExecutablePath;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The serialized DOM of <paramref name="htmlPath"/> opened with <paramref name="fragment"/> (e.g. <c>#severity=serious</c>).</summary>
    public static string DumpDom(string htmlPath, string? fragment = null, TimeSpan? timeout = null) =>
        Run(["--dump-dom", FileUrl(htmlPath, fragment)], timeout ?? DefaultTimeout);

    /// <summary>Saves a PNG of the page at 1280×2000 to <paramref name="pngPath"/>.</summary>
    public static void Screenshot(string htmlPath, string pngPath, string? fragment = null, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pngPath))!);
        Run(["--screenshot=" + Path.GetFullPath(pngPath), "--window-size=1280,2000", "--hide-scrollbars", FileUrl(htmlPath, fragment)], timeout ?? DefaultTimeout);
        if (!File.Exists(pngPath) || new FileInfo(pngPath).Length == 0)
        {
            throw new InvalidOperationException($"Chromium exited without writing the screenshot {pngPath}.");
        }
    }

    public static string FileUrl(string htmlPath, string? fragment)
    {
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        return string.IsNullOrEmpty(fragment) ? url : url + (fragment.StartsWith('#') ? fragment : "#" + fragment);
    }

    private static string Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        ChromiumFlags.RequireInstalled();

        // A fresh profile per call: no cache, cookies or state leak between tests or runs.
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var startInfo = new ProcessStartInfo(ExecutablePath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in ChromiumFlags.Quiet(profile.FullName))
            {
                startInfo.ArgumentList.Add(flag);
            }

            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{ExecutablePath} could not be started.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Chromium did not finish within {timeout.TotalSeconds:0} s: {string.Join(' ', arguments)}"));
            }

            process.WaitForExit();
            // Debian's launcher and D-Bus print harmless noise on stderr; only the exit code decides.
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium helpers may still hold files for a moment; a leftover temp folder is harmless.
            }
        }
    }
}
