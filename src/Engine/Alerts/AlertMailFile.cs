using MimeKit;
using MimeKit.Utils;

namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// A composed mail as an <c>.eml</c> file (RFC 5322, UTF-8 subject, plain-text and HTML alternatives, as the SMTP
/// sender builds it), so an admin can open the mail in a mail program before anything is sent.
/// </summary>
public static class AlertMailFile
{
    /// <summary>The sender shown in previews: the SMTP sender's default name, at an address that sends nothing.</summary>
    public static MailboxAddress PreviewSender { get; } = new(new SmtpOptions().FromName, "noreply@example.org");

    public static MimeMessage ToMessage(AlertMail mail, MailboxAddress from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(from);
        // MimeKit's default Message-Id names the machine that built the mail; the sender's domain says nothing internal.
        var message = new MimeMessage { Subject = mail.Subject, Date = date, MessageId = MimeUtils.GenerateMessageId(from.Domain) };
        message.From.Add(from);
        foreach (var address in mail.To)
        {
            if (MailboxAddress.TryParse(address, out var mailbox))
            {
                message.To.Add(mailbox);
            }
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    public static async Task WriteAsync(AlertMail mail, DateTimeOffset date, string path, CancellationToken cancellationToken)
    {
        using var message = ToMessage(mail, PreviewSender, date);
        await using var stream = File.Create(path);
        await message.WriteToAsync(FormatOptions.Default, stream, cancellationToken).ConfigureAwait(false);
    }
}
