namespace ComplianceFns.Engine.Alerts;

/// <summary>Delivers a composed mail (SMTP in the Functions app).</summary>
public interface IAlertSender
{
    Task SendAsync(AlertMail mail, CancellationToken ct);
}
