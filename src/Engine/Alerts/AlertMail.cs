namespace ComplianceFns.Engine.Alerts;

/// <summary>A composed mail: recipients, subject and the same content as plain text and HTML.</summary>
public sealed record AlertMail(IReadOnlyList<string> To, string Subject, string TextBody, string HtmlBody);
