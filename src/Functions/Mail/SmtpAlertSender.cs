using ComplianceFns.Engine.Alerts;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplianceFns.Functions.Mail;

/// <summary>Sends alert and digest mails over SMTP with MailKit: UTF-8 subject, plain-text and HTML alternatives.</summary>
public sealed class SmtpAlertSender(IOptions<SmtpOptions> options) : IAlertSender
{
    public async Task SendAsync(AlertMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        foreach (var address in mail.To)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, ToSocketOptions(settings.TlsMode), ct).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, ct).ConfigureAwait(false);
        }

        await client.SendAsync(message, ct).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, ct).ConfigureAwait(false);
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
