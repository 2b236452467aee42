using System.Diagnostics;
using System.Net.Http;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

/// <summary>Storage failures as staff read them: the kind, the endpoint, the wait; never the exception.</summary>
public sealed class StorageFailureTextTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:10202/devstoreaccount1");

    public static TheoryData<string, Exception, StorageFailureKind> Failures() => new()
    {
        { "refused", Retried(Refused()), StorageFailureKind.Unreachable },
        { "dns", Retried(new RequestFailedException(0, "No such host is known.", new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known.", new SocketException((int)SocketError.HostNotFound)))), StorageFailureKind.Unreachable },
        { "timeout", Retried(Timeout(), Timeout(), Timeout()), StorageFailureKind.NoResponse },
        { "403", new RequestFailedException(403, "Server failed to authenticate the request.", "AuthorizationFailure", null), StorageFailureKind.AccessDenied },
        { "401", new RequestFailedException(401, "Unauthorized"), StorageFailureKind.AccessDenied },
        { "token", new AuthenticationFailedException("ManagedIdentityCredential authentication failed."), StorageFailureKind.AccessDenied },
        { "500", new RequestFailedException(500, "Internal error"), StorageFailureKind.Failed },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_failure_is_classified(string name, Exception exception, StorageFailureKind expected)
    {
        Assert.True(StorageFailureText.Classify(exception) == expected, name);
    }

    [Fact]
    public void The_messages_name_the_kind_and_the_endpoint_in_chinese()
    {
        Assert.Equal(
            "存储无法连接：http://127.0.0.1:10202/devstoreaccount1 拒绝连接，请确认存储服务已启动、地址和端口正确",
            StorageFailureText.Describe(Retried(Refused()), Endpoint));
        Assert.Equal(
            "存储无响应：http://127.0.0.1:10202/devstoreaccount1 在 30 秒内没有应答（共尝试 3 次，每次等待 10 秒）",
            StorageFailureText.Describe(Retried(Timeout(), Timeout(), Timeout()), Endpoint, StorageRetryBudget.Default));
        Assert.StartsWith(
            "存储拒绝访问：http://127.0.0.1:10202/devstoreaccount1 拒绝了本次访问（HTTP 403）",
            StorageFailureText.Describe(new RequestFailedException(403, "denied"), Endpoint), StringComparison.Ordinal);
        Assert.StartsWith("存储无法连接：", StorageFailureText.Describe(new RequestFailedException(0, "x", new SocketException((int)SocketError.HostNotFound)), Endpoint), StringComparison.Ordinal);
        Assert.Equal("存储操作失败：存储账户返回错误（HTTP 500）", StorageFailureText.Describe(new RequestFailedException(500, "Internal error")));
    }

    [Fact]
    public void Exceptions_that_are_not_storage_failures_get_no_storage_text()
    {
        Assert.Null(StorageFailureText.Classify(new InvalidOperationException("bug")));
        Assert.Null(StorageFailureText.Describe(new InvalidOperationException("bug")));
        // A network failure is a storage failure only when it came from a storage client (or the caller says so).
        Assert.Null(StorageFailureText.Describe(new HttpRequestException("crawler")));
        Assert.Null(StorageFailureText.Describe(new IOException("disk")));
    }

    [Fact]
    public void A_failure_alert_tells_a_storage_failure_in_chinese()
    {
        var alert = ComplianceFns.Engine.Pipeline.InspectionAlerts.Failed("sample-gov", null, "sched-1", Retried(Refused()), 1, DateTimeOffset.UtcNow);

        var detail = Assert.Single(alert.Details);
        Assert.StartsWith("错误：存储无法连接：存储账户拒绝连接", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retry_budget_fits_as_many_tries_as_the_total_allows()
    {
        Assert.Equal(3, StorageRetryBudget.Default.Tries);
        Assert.Equal(TimeSpan.FromSeconds(30), StorageRetryBudget.Default.WaitBound);
        Assert.Equal(1, new StorageRetryBudget(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5)).Tries);
        Assert.Equal(4, new StorageRetryBudget(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(22)).Tries);
        Assert.Equal(new StorageRetryBudget(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(21)), new StorageOptions { NetworkTimeoutSeconds = 7, TotalBudgetSeconds = 21 }.GetRetryBudget());
    }

    [Fact]
    public async Task A_real_client_on_a_refused_port_names_its_endpoint()
    {
        var port = PrivateAzurite.FreePort();
        var client = StorageClientFactory.CreateTableServiceClient(
            StorageConnection.FromConnectionString("test", AzuriteStorage.DevelopmentConnectionString(tablePort: port)),
            budget: new StorageRetryBudget(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => client.GetTableClient("Refused").CreateIfNotExistsAsync());

        Assert.Equal(StorageFailureKind.Unreachable, StorageFailureText.Classify(thrown));
        Assert.StartsWith($"存储无法连接：http://127.0.0.1:{port}/devstoreaccount1 拒绝连接", StorageFailureText.Describe(thrown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_account_key_is_access_denied_at_the_endpoint()
    {
        var good = AzuriteStorage.ConnectionString;
        var wrong = good.Replace(AzuriteStorage.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        Assert.NotEqual(good, wrong);
        var client = StorageClientFactory.CreateTableServiceClient(StorageConnection.FromConnectionString("test", wrong));

        var thrown = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetTableClient("t" + Guid.NewGuid().ToString("N")[..12]).CreateIfNotExistsAsync());

        Assert.Equal(403, thrown.Status);
        Assert.StartsWith($"存储拒绝访问：{client.Uri.AbsoluteUri.TrimEnd('/')} 拒绝了本次访问（HTTP 403）", StorageFailureText.Describe(thrown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_frozen_store_fails_within_the_budget_as_no_response()
    {
        await using var azurite = await PrivateAzurite.StartAsync();
        var client = StorageClientFactory.CreateTableServiceClient(
            StorageConnection.FromConnectionString("test", azurite.ConnectionString),
            budget: new StorageRetryBudget(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)));
        azurite.Freeze();
        var clock = Stopwatch.StartNew();

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => client.GetTableClient("Frozen").CreateIfNotExistsAsync());

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(15));
        Assert.Equal(StorageFailureKind.NoResponse, StorageFailureText.Classify(thrown));
        Assert.Equal($"存储无响应：{azurite.TableEndpoint} 在 4 秒内没有应答（共尝试 2 次，每次等待 2 秒）", StorageFailureText.Describe(thrown));
    }

    private static AggregateException Retried(params Exception[] tries) => new("Retry failed after tries.", tries);

    private static RequestFailedException Refused() =>
        new(0, "Connection refused (127.0.0.1:10202)", new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:10202)", new SocketException((int)SocketError.ConnectionRefused)));

    private static TaskCanceledException Timeout() =>
        new("The operation was cancelled because it exceeded the configured timeout of 0:00:10.", new TimeoutException());
}
