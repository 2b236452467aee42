using System.Diagnostics;
using ComplianceFns.TestSupport.Browser;

namespace ComplianceFns.Engine.Tests.Reports.Documents;

/// <summary>Prints a local HTML file to PDF with headless Chromium (Chromium embeds CJK fonts with a text layer).</summary>
internal static class ChromiumPdfPrinter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static byte[] Print(string html)
    {
        var folder = Directory.CreateTempSubdirectory("report-pdf-");
        try
        {
            var htmlPath = Path.Combine(folder.FullName, "report.html");
            var pdfPath = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllText(htmlPath, html);
            var startInfo = new ProcessStartInfo(HeadlessChromium.ExecutablePath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdfPath, HeadlessChromium.FileUrl(htmlPath, null),
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Chromium could not be started.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not print the PDF in time.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(pdfPath))
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} without a PDF: {stderr.Result}");
            }

            return File.ReadAllBytes(pdfPath);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium helpers may still hold the profile for a moment; a leftover temp folder is harmless.
            }
        }
    }
}
