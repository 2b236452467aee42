using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ComplianceFns.Engine.Storage;

/// <summary>
/// Outside the SDK's retries: remembers on a failure which endpoint (and which retry budget) it was, so the text
/// staff read can name them. A thrown exception gets them in its <see cref="Exception.Data"/>; an error answer
/// (403, 500 …), which the client turns into an exception only later, is remembered by its response object.
/// </summary>
internal sealed class StorageFailureTagPolicy(StorageRetryBudget budget) : HttpPipelinePolicy
{
    internal const string EndpointKey = "ComplianceFns.StorageEndpoint";
    internal const string BudgetKey = "ComplianceFns.StorageRetryBudget";

    private static readonly ConditionalWeakTable<Response, StorageFailureContext> FailedResponses = new();

    /// <summary>The service endpoint of the client, set once it is built; until then the request's scheme and host.</summary>
    public Uri? Endpoint { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception ex)
        {
            Tag(ex, message);
            throw;
        }

        Remember(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Tag(ex, message);
            throw;
        }

        Remember(message);
    }

    /// <summary>What a failed answer was remembered with; null for a response this policy did not see fail.</summary>
    internal static StorageFailureContext? ContextOf(Response response) =>
        FailedResponses.TryGetValue(response, out var context) ? context : null;

    private Uri EndpointOf(HttpMessage message) =>
        Endpoint ?? new Uri(message.Request.Uri.ToUri().GetLeftPart(UriPartial.Authority));

    private void Tag(Exception ex, HttpMessage message)
    {
        ex.Data[EndpointKey] = EndpointOf(message).AbsoluteUri;
        ex.Data[BudgetKey] = budget;
    }

    private void Remember(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status >= 400)
        {
            FailedResponses.AddOrUpdate(message.Response, new StorageFailureContext(EndpointOf(message), budget));
        }
    }
}

/// <summary>The endpoint and retry budget a storage failure happened under.</summary>
internal sealed record StorageFailureContext(Uri Endpoint, StorageRetryBudget Budget);
