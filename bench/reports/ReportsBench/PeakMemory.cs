namespace ReportsBench;

/// <summary>Peak resident set size of this process (VmHWM in /proc/self/status), in MB; -1 where there is no procfs.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        const string path = "/proc/self/status";
        var line = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? -1 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
