namespace ComplianceFns.Engine.Storage;

public enum RunStatus
{
    /// <summary>The run finished and every page and link was checked.</summary>
    Succeeded = 0,

    /// <summary>The run finished but some pages or checks failed (see <see cref="RunRecord.Errors"/>).</summary>
    CompletedWithErrors = 1,

    /// <summary>The run stopped early; its findings must not resolve anything.</summary>
    Failed = 2,
}
