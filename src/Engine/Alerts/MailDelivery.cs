namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// What a send achieved: the mail went to every address except <see cref="Refused"/> (not an address, or refused by
/// the mail server). A refused address fails the same way on every retry, so it is reported, not retried.
/// </summary>
public sealed record MailDelivery(IReadOnlyList<RefusedRecipient> Refused)
{
    public static MailDelivery AllAccepted { get; } = new([]);
}
