namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Delivers a composed mail (SMTP in the Functions app). Throws when nothing could be sent (server down);
/// addresses refused one by one come back in the <see cref="MailDelivery"/> instead.
/// </summary>
public interface IAlertSender
{
    Task<MailDelivery> SendAsync(AlertMail mail, CancellationToken ct);
}
