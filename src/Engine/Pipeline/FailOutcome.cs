namespace ComplianceFns.Engine.Pipeline;

/// <summary>What recording a failed attempt in the ledger did.</summary>
public enum FailOutcome
{
    /// <summary>The run is marked Failed, the error added to its history; a retry may claim it.</summary>
    Recorded = 0,

    /// <summary>The run completed (a duplicate message failed): nothing changed.</summary>
    AlreadyCompleted = 1,

    /// <summary>Another message holds a fresh claim on the run: nothing changed, that worker is still inspecting.</summary>
    HeldElsewhere = 2,
}
