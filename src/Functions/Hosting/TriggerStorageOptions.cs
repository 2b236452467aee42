using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Functions.Hosting;

/// <summary>
/// The account the queue triggers listen to (the host's <c>AzureWebJobsStorage</c>): a connection string locally,
/// identity-based in Azure. Inspection and dispatch messages are sent to the same account so the triggers see them.
/// </summary>
public sealed class TriggerStorageOptions
{
    /// <summary>Read from configuration at start-up; never bound from a section.</summary>
    public StorageConnection? Connection { get; set; }
}
