using Azure.Core;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// How long a storage client waits for one request and how many times it tries: every table, queue and blob client
/// gets this (through <see cref="StorageClientFactory"/>), so a store that accepts connections but never answers
/// ends an operation after about <see cref="WaitBound"/> instead of the SDK's four tries of 100 s.
/// </summary>
public sealed record StorageRetryBudget
{
    public const int DefaultNetworkTimeoutSeconds = 10;

    public const int DefaultTotalBudgetSeconds = 30;

    /// <summary>The first pause between tries; it doubles (with the SDK's jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    public StorageRetryBudget(TimeSpan networkTimeout, TimeSpan totalBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(networkTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(totalBudget, TimeSpan.Zero);
        NetworkTimeout = networkTimeout;
        TotalBudget = totalBudget;
    }

    /// <summary>10 s per try, 30 s in all: three tries.</summary>
    public static StorageRetryBudget Default { get; } =
        new(TimeSpan.FromSeconds(DefaultNetworkTimeoutSeconds), TimeSpan.FromSeconds(DefaultTotalBudgetSeconds));

    /// <summary>The most one try waits for an answer (connect, headers and body).</summary>
    public TimeSpan NetworkTimeout { get; }

    /// <summary>The waiting budget of one operation over all its tries; the pauses between tries come on top.</summary>
    public TimeSpan TotalBudget { get; }

    /// <summary>As many tries as fit in the budget, at least one.</summary>
    public int Tries => Math.Max(1, (int)Math.Floor(TotalBudget.TotalSeconds / NetworkTimeout.TotalSeconds));

    public int MaxRetries => Tries - 1;

    /// <summary>The longest one operation waits for answers (tries × network timeout), as messages name it.</summary>
    public TimeSpan WaitBound => NetworkTimeout * Tries;

    /// <summary>
    /// Sets the retry options of <paramref name="options"/> and adds the policy that remembers which endpoint failed
    /// (read back by <see cref="StorageFailureText"/>). Returns the policy, whose endpoint the caller sets once the
    /// client exists.
    /// </summary>
    internal StorageFailureTagPolicy ApplyTo(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.NetworkTimeout = NetworkTimeout;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        var policy = new StorageFailureTagPolicy(this);
        options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return policy;
    }
}
