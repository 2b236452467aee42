namespace ComplianceFns.Engine.Pipeline;

public enum ClaimOutcome
{
    /// <summary>This message may inspect the site now.</summary>
    Claimed = 0,

    /// <summary>The run is already complete for this site: nothing to do.</summary>
    AlreadyCompleted = 1,

    /// <summary>Another message is inspecting this run right now (a duplicate enqueue): nothing to do.</summary>
    RunningElsewhere = 2,
}
