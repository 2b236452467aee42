namespace ComplianceFns.Engine.Pipeline;

/// <summary>What one timer occurrence enqueued: sites sent now, and sites this run id had already been sent for.</summary>
public sealed record FanOutResult(string RunId, IReadOnlyList<string> Enqueued, IReadOnlyList<string> AlreadyQueued);
