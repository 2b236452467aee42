using ComplianceFns.Engine.Alerts;
using MailKit.Net.Smtp;
using MimeKit;

namespace ComplianceFns.Functions.Mail;

/// <summary>
/// MailKit's client throws on the first refused RCPT, so one bad mailbox would stop the mail for everyone; this one
/// collects refused recipients and sends to the rest.
/// </summary>
public sealed class TolerantSmtpClient : SmtpClient
{
    private readonly List<RefusedRecipient> refused = [];

    public IReadOnlyList<RefusedRecipient> Refused => refused;

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(response);
        refused.Add(new RefusedRecipient(mailbox.Address, $"{(int)response.StatusCode} {response.Response}"));
    }
}
