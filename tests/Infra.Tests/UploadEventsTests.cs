using ComplianceFns.Infra.Tests.Bicep;

namespace ComplianceFns.Infra.Tests;

/// <summary>Event Grid delivers BlobCreated events of the uploads container to the blob extension webhook.</summary>
public sealed class UploadEventsTests
{
    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void The_system_topic_is_on_the_storage_account()
    {
        var (topic, _) = Assert.Single(Template.ResourcesOfType("Microsoft.EventGrid/systemTopics"));

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
        Assert.Equal("[reference('storage').outputs.id.value]", (string?)Template.ModuleParameter("upload-events", "storageAccountId"));
    }

    [Fact]
    public void The_subscription_posts_upload_events_to_the_blob_extension_webhook()
    {
        var (subscription, _) = Assert.Single(Template.ResourcesOfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        var properties = subscription["properties"]!;
        var url = (string)properties["destination"]!["properties"]!["endpointUrl"]!;

        Assert.Equal("WebHook", (string?)properties["destination"]!["endpointType"]);
        Assert.Contains("https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", url, StringComparison.Ordinal);
        Assert.Contains("listKeys(format('{0}/host/default', resourceId('Microsoft.Web/sites', parameters('functionAppName')))", url, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension)]", url, StringComparison.Ordinal);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], properties["filter"]!["includedEventTypes"]!.AsArray().Select(e => (string?)e));
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('uploadsContainerName'))]", (string?)properties["filter"]!["subjectBeginsWith"]);
        Assert.Equal("[variables('uploadsContainer')]", (string?)Template.ModuleParameter("upload-events", "uploadsContainerName"));
        Assert.Equal("[parameters('enableUploadEvents')]", (string?)Template.ModuleParameter("upload-events", "createSubscription"));
        Assert.Equal("[parameters('createSubscription')]", (string?)subscription["condition"]);
    }
}
