namespace ComplianceFns.Engine.Pipeline;

/// <summary>Queue names are constants: trigger attributes need them at compile time, and senders use the same ones.</summary>
public static class QueueNames
{
    /// <summary>One message per site per scheduled run.</summary>
    public const string Inspections = "inspections";

    /// <summary>Where the host moves an inspection message after its last failed attempt.</summary>
    public const string InspectionsPoison = Inspections + "-poison";

    /// <summary>Delayed messages that send the alerts of one burst window in one mail.</summary>
    public const string AlertDispatch = "alert-dispatch";

    /// <summary>Where the host moves a dispatch message after its last failed attempt (the mail server was down).</summary>
    public const string AlertDispatchPoison = AlertDispatch + "-poison";
}
