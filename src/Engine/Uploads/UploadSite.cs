namespace ComplianceFns.Engine.Uploads;

/// <summary>The site an upload's findings belong to, with who hears about it.</summary>
/// <param name="Id">A configured or registered site's id, or <see cref="UploadOptions.SiteId"/>.</param>
/// <param name="Name">Display name, or null.</param>
/// <param name="AlertRecipients">The site's own alert recipients (global ones always get the alert).</param>
public sealed record UploadSite(string Id, string? Name, IReadOnlyList<string> AlertRecipients);
