using ComplianceFns.Engine.Configuration;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>A site in the registry: its settings, whether scheduled runs include it, and where the row came from.</summary>
public sealed record RegisteredSite(SiteOptions Site, bool Enabled, string Source);
