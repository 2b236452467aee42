using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ComplianceFns.TestSupport.Reports;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Functions.Tests.Uploads;

/// <summary>An uploads and a results container of this test's own in Azurite, deleted afterwards.</summary>
public sealed class UploadContainers : IAsyncDisposable
{
    private UploadContainers(BlobContainerClient uploads, BlobContainerClient results)
    {
        Uploads = uploads;
        Results = results;
    }

    public BlobContainerClient Uploads { get; }

    public BlobContainerClient Results { get; }

    /// <summary>The complete 2021 sample report with its title line, as an admin would upload it.</summary>
    public static string CompleteReport => SampleReport.Title + "\n" + SampleReport.Text;

    public static async Task<UploadContainers> CreateAsync()
    {
        var service = new BlobServiceClient(AzuriteStorage.ConnectionString);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var uploads = service.GetBlobContainerClient("uploads-" + suffix);
        await uploads.CreateAsync();
        return new UploadContainers(uploads, service.GetBlobContainerClient("results-" + suffix));
    }

    public Task<BlobClient> UploadTextAsync(string name, string text) =>
        UploadAsync(name, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    public async Task<BlobClient> UploadAsync(string name, byte[] content, string? contentType = null)
    {
        var blob = Uploads.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } });
        return blob;
    }

    public async Task<byte[]> ResultBytesAsync(string name) => (await Results.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    public async Task<JsonElement> ResultJsonAsync(string uploadName)
    {
        using var document = JsonDocument.Parse(await ResultBytesAsync(uploadName + ".json"));
        return document.RootElement.Clone();
    }

    public async Task<string> ResultPageAsync(string uploadName) => Encoding.UTF8.GetString(await ResultBytesAsync(uploadName + ".html"));

    public async ValueTask DisposeAsync()
    {
        await Uploads.DeleteIfExistsAsync();
        await Results.DeleteIfExistsAsync();
    }
}
