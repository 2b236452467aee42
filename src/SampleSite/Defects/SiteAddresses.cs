namespace ComplianceFns.SampleSite.Defects;

/// <summary>Where the sample site and its auxiliary listeners live; defect targets are built from these.</summary>
/// <param name="BaseUri">The site, e.g. http://127.0.0.1:40123/.</param>
/// <param name="TlsBaseUri">The HTTPS listener with the untrusted certificate.</param>
/// <param name="RefusedPort">A loopback port with no listener.</param>
internal sealed record SiteAddresses(Uri BaseUri, Uri TlsBaseUri, int RefusedPort);
