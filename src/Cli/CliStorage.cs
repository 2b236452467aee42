using Azure.Data.Tables;
using ComplianceFns.Cli.Arguments;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Cli;

/// <summary>
/// The CLI's storage clients, built from <c>--storage CONNECTION</c> by the same factory as the Functions app: with
/// the default retry budget (10 s per try, three tries), so a silent store ends the command in about 30 s.
/// </summary>
public static class CliStorage
{
    /// <summary>The name a connection string given on the command line goes by.</summary>
    public const string ConnectionName = "--storage";

    public static TableServiceClient CreateTableServiceClient(string connectionString)
    {
        try
        {
            return StorageClientFactory.CreateTableServiceClient(StorageConnection.FromConnectionString(ConnectionName, connectionString));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException("--storage 的值不是可用的存储连接字符串（应形如 UseDevelopmentStorage=true 或 DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…）");
        }
    }
}
