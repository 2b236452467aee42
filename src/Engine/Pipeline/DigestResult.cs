namespace ComplianceFns.Engine.Pipeline;

/// <summary>What one digest firing did; <see cref="AlreadySent"/> when today's digest had gone out before.</summary>
public sealed record DigestResult(bool AlreadySent, int Sites, int Mails);
