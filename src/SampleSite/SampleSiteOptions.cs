namespace ComplianceFns.SampleSite;

/// <summary>How the sample site is served; the defaults are what the demo and the engine tests expect.</summary>
public sealed class SampleSiteOptions
{
    /// <summary>The HTTP port on 127.0.0.1; null picks a free one.</summary>
    public int? Port { get; init; }

    /// <summary>How long <c>/slow</c> waits before answering (longer than any sane client timeout).</summary>
    public TimeSpan SlowResponseDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The gap between two body bytes of <c>/trickle</c>.</summary>
    public TimeSpan TrickleInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long <c>/trickle</c> keeps sending.</summary>
    public TimeSpan TrickleDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Body size of <c>/big-page.html</c>.</summary>
    public int BigPageBytes { get; init; } = 12 * 1024 * 1024;

    /// <summary>What <c>/gzip-bomb.html</c> inflates to.</summary>
    public long GzipBombInflatedBytes { get; init; } = 1L << 30;
}
