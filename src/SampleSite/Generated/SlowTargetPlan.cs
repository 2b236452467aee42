using System.Globalization;

namespace ComplianceFns.SampleSite.Generated;

/// <summary>
/// Outside links of the "slow" benchmark site, as real government sites have them: targets on other hosts that
/// answer only after <see cref="MinDelay"/>–<see cref="MaxDelay"/> (healthy, just slow) or never (broken). Each host is
/// its own loopback listener, so the targets sit on distinct origins as outside links do.
/// </summary>
/// <param name="Hosts">Number of outside hosts the targets are spread over (round-robin).</param>
/// <param name="SlowTargets">Targets that answer 200 after a delay within the range.</param>
/// <param name="HangingTargets">Targets that accept the request and never answer.</param>
public sealed record SlowTargetPlan(int Hosts, int SlowTargets, int HangingTargets)
{
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(25);

    public static string SlowPath(int target) => string.Create(CultureInfo.InvariantCulture, $"/slow/{target}.html");

    public static string HangingPath(int target) => string.Create(CultureInfo.InvariantCulture, $"/hang/{target}.html");

    /// <summary>Spread evenly over the range, so the slowest healthy target takes exactly <see cref="MaxDelay"/>.</summary>
    public TimeSpan DelayOf(int target) => SlowTargets <= 1
        ? MaxDelay
        : MinDelay + ((MaxDelay - MinDelay) * target / (SlowTargets - 1));

    /// <summary>The host (0-based) that serves a slow target or a hanging one (numbered after the slow ones).</summary>
    public int HostOf(int index) => index % Hosts;
}
