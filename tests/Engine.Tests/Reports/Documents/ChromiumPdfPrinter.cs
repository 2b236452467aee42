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
            foreach (var argument in ChromiumFlags.Quiet(Path.Combine(folder.FullName, "profile")))
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.ArgumentList.Add("--no-pdf-header-footer");
            startInfo.ArgumentList.Add("--print-to-pdf=" + pdfPath);
            startInfo.ArgumentList.Add(HeadlessChromium.FileUrl(htmlPath, null));

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
