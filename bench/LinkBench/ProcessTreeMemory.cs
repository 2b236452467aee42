using System.Globalization;

namespace LinkBench;

/// <summary>
/// Reads resident memory of a process and all its descendants from /proc (Linux only). Descendants are found by
/// scanning every /proc/&lt;pid&gt;/stat for its parent id, so grandchildren (npx, shells, workers) are included.
/// </summary>
public static class ProcessTreeMemory
{
    /// <summary>The ids of <paramref name="rootPid"/> and every live descendant.</summary>
    public static IReadOnlyList<int> TreeOf(int rootPid)
    {
        var childrenByParent = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || ParentOf(pid) is not { } parent)
            {
                continue;
            }

            if (!childrenByParent.TryGetValue(parent, out var children))
            {
                childrenByParent[parent] = children = [];
            }

            children.Add(pid);
        }

        var tree = new List<int> { rootPid };
        for (var i = 0; i < tree.Count; i++)
        {
            if (childrenByParent.TryGetValue(tree[i], out var children))
            {
                tree.AddRange(children);
            }
        }

        return tree;
    }

    /// <summary>Resident and high-water resident set of one process in bytes; null once it has exited.</summary>
    public static (long Rss, long Hwm)? MemoryOf(int pid)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        long? rss = null;
        long? hwm = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = KibibytesIn(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = KibibytesIn(line);
            }
        }

        // A zombie has no VmRSS line: it holds no memory any more.
        return rss is { } r ? (r * 1024, (hwm ?? r) * 1024) : null;
    }

    private static int? ParentOf(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name is in parentheses and may itself hold spaces or ')', so parse after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? parent
            : null;
    }

    private static long KibibytesIn(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.None, CultureInfo.InvariantCulture);
}
