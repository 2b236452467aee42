namespace ComplianceFns.Functions.Hosting;

/// <summary>
/// The account the queue triggers listen to (root setting <c>AzureWebJobsStorage</c>); messages are sent to the
/// same account so the triggers see them. A connection string is required: identity-based
/// (<c>AzureWebJobsStorage__queueServiceUri</c>) sending is not wired yet.
/// </summary>
public sealed class TriggerStorageOptions
{
    public string AzureWebJobsStorage { get; set; } = string.Empty;
}
