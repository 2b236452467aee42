namespace ComplianceFns.Engine.Fetching;

public enum FetchMode
{
    /// <summary>HEAD: status and headers only.</summary>
    Head,

    /// <summary>GET, read headers, then close without reading the body (attachments, images).</summary>
    GetHeaders,

    /// <summary>GET and read the body up to the caps.</summary>
    GetBody,

    /// <summary>
    /// GET and read the body up to the caps, but not at all when its declared length is over the cap: such a response
    /// is refused from its headers (<see cref="FetchResponse.BodyTruncated"/>, no body), as a whole document is wanted.
    /// </summary>
    GetWholeBody,
}
