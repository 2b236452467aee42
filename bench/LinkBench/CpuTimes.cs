using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LinkBench;

/// <summary>
/// CPU time (user + system) spent by reaped child processes and by this process. Wall time on a shared 2-core
/// machine depends on the neighbours; CPU time shows the work each tool (and the site server) actually did.
/// </summary>
public static partial class CpuTimes
{
    private const int RusageChildren = -1;

    /// <summary>Total CPU of every child this process has waited for (children of children too, once reaped).</summary>
    public static TimeSpan ReapedChildren()
    {
        if (GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        return ToTimeSpan(usage.UserSeconds, usage.UserMicroseconds) + ToTimeSpan(usage.SystemSeconds, usage.SystemMicroseconds);
    }

    /// <summary>CPU of this process: the site server, the memory sampler and the report parsing.</summary>
    public static TimeSpan Self()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static TimeSpan ToTimeSpan(long seconds, long microseconds) =>
        TimeSpan.FromSeconds(seconds) + TimeSpan.FromMicroseconds(microseconds);

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>The start of Linux x86-64/arm64 <c>struct rusage</c>; the remaining 14 longs are padding here.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }
}
