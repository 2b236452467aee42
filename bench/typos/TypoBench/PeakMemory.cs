namespace TypoBench;

/// <summary>Peak resident set size of this process (VmHWM in /proc/self/status), in MB; -1 where there is no procfs.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return -1;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null)
        {
            return -1;
        }

        var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
