using ComplianceFns.Rules.Links;

namespace ComplianceFns.Engine.Fetching;

/// <summary>The end of a redirect chain: the last response, every hop after the first URL, and attempts made.</summary>
public sealed record FollowedResponse(FetchResponse Final, IReadOnlyList<string> Chain, LinkFailure ChainFailure, int Attempts)
{
    /// <summary>The failure of the whole exchange: a chain failure (loop, too many), a network failure, or none.</summary>
    public LinkFailure Failure => ChainFailure != LinkFailure.None ? ChainFailure : Final.Failure;

    public Uri FinalUrl => Final.Url;
}
