using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Alerts;

/// <summary>The SMTP server alerts and digests are sent through (configuration section "Smtp").</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    [Required(ErrorMessage = "Smtp:Host is required (the SMTP server's name, e.g. smtp.azurecomm.net; 127.0.0.1 locally).")]
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be 1-65535.")]
    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>Empty means no authentication.</summary>
    public string? User { get; set; }

    /// <summary>In Azure a Key Vault reference (<c>@Microsoft.KeyVault(SecretUri=…)</c>), never a literal.</summary>
    public string? Password { get; set; }

    [Required(ErrorMessage = "Smtp:From is required (the sender address alerts come from).")]
    [EmailAddress(ErrorMessage = "Smtp:From must be an email address.")]
    public string From { get; set; } = string.Empty;

    /// <summary>Display name of the sender.</summary>
    public string FromName { get; set; } = "政务公开网站巡检";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
