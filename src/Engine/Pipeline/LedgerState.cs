namespace ComplianceFns.Engine.Pipeline;

/// <summary>Where one site's part of a scheduled run stands.</summary>
public enum LedgerState
{
    /// <summary>The timer enqueued its message.</summary>
    Queued = 0,

    /// <summary>A worker claimed it and is inspecting.</summary>
    Running = 1,

    /// <summary>Findings and the run record are written; a further message for this run changes nothing.</summary>
    Completed = 2,

    /// <summary>The last attempt failed; a retry may still claim it.</summary>
    Failed = 3,
}
