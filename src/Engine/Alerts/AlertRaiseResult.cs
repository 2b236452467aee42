namespace ComplianceFns.Engine.Alerts;

public enum AlertRaiseResult
{
    /// <summary>The same key was mailed within the repeat window: dropped.</summary>
    Suppressed = 0,

    /// <summary>Added to the open burst; its dispatch is already scheduled.</summary>
    Folded = 1,

    /// <summary>Opened a burst and scheduled its dispatch.</summary>
    Scheduled = 2,
}
