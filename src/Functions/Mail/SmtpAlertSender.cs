using ComplianceFns.Engine.Alerts;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace ComplianceFns.Functions.Mail;

/// <summary>
/// Sends alert and digest mails over SMTP with MailKit: UTF-8 subject, plain-text and HTML alternatives. An address
/// that does not parse, or that the server refuses (550 for a mistyped mailbox), is skipped and reported: the
/// others still get the mail, and a retry would only fail the same way.
/// </summary>
public sealed class SmtpAlertSender(IOptions<SmtpOptions> options, ILogger<SmtpAlertSender> logger) : IAlertSender
{
    public async Task<MailDelivery> SendAsync(AlertMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var refused = new List<RefusedRecipient>();
        var from = new MailboxAddress(settings.FromName, settings.From);
        // MimeKit's default Message-Id names the worker machine; the sender's domain says nothing internal.
        using var message = new MimeMessage { MessageId = MimeUtils.GenerateMessageId(from.Domain) };
        message.From.Add(from);
        foreach (var address in mail.To)
        {
            if (MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal))
            {
                message.To.Add(mailbox);
            }
            else
            {
                refused.Add(new RefusedRecipient(address, "不是有效的邮箱地址"));
            }
        }

        if (message.To.Count == 0)
        {
            logger.LogWarning("Mail {Subject} not sent: none of its {Count} recipients is an address", mail.Subject, mail.To.Count);
            return new MailDelivery(refused);
        }

        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        using var client = new TolerantSmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, ToSocketOptions(settings.TlsMode), ct).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, ct).ConfigureAwait(false);
        }

        try
        {
            await client.SendAsync(message, ct).ConfigureAwait(false);
        }
        catch (SmtpCommandException) when (client.Refused.Count == message.To.Count)
        {
            // Every recipient was refused, so the server would not take the data: nobody got it, and nobody can.
        }

        await client.DisconnectAsync(quit: true, ct).ConfigureAwait(false);
        refused.AddRange(client.Refused);
        return new MailDelivery(refused);
    }

    public static SecureSocketOptions ToSocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpTlsMode.Auto => SecureSocketOptions.Auto,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
