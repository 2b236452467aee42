namespace LinkBench;

/// <summary>A one-line description of the machine for the report: CPU model, core count, memory.</summary>
public static class MachineDescription
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var memory = ReadFirst("/proc/meminfo", "MemTotal") ?? "unknown";
        return $"{cpu}, {Environment.ProcessorCount} cores, MemTotal {memory}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    private static string? ReadFirst(string path, string key)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
