namespace ComplianceFns.Engine.Alerts;

/// <summary>An address a mail did not reach, and why (in the server's or parser's words).</summary>
public sealed record RefusedRecipient(string Address, string Reason);
