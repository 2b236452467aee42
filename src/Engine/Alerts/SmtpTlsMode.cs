namespace ComplianceFns.Engine.Alerts;

/// <summary>How the SMTP connection is secured (mirrors MailKit's SecureSocketOptions without depending on it here).</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text; only for a local test server.</summary>
    None = 0,

    /// <summary>STARTTLS after connecting (port 587); fails if the server does not offer it.</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 2,

    /// <summary>TLS on 465, STARTTLS when offered elsewhere.</summary>
    Auto = 3,
}
