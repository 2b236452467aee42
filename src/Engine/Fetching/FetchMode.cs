namespace ComplianceFns.Engine.Fetching;

public enum FetchMode
{
    /// <summary>HEAD: status and headers only.</summary>
    Head,

    /// <summary>GET, read headers, then close without reading the body (attachments, images).</summary>
    GetHeaders,

    /// <summary>GET and read the body up to the caps.</summary>
    GetBody,
}
