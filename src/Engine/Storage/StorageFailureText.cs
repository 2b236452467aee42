using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using Azure;
using Azure.Identity;

namespace ComplianceFns.Engine.Storage;

/// <summary>What kind of storage failure an exception is, as staff are told.</summary>
public enum StorageFailureKind
{
    /// <summary>存储无法连接: connection refused, host name not resolved, connection broken.</summary>
    Unreachable,

    /// <summary>存储无响应: connected (or trying) but no answer within the network timeout, on every try.</summary>
    NoResponse,

    /// <summary>存储拒绝访问: 401/403, or no token for the managed identity.</summary>
    AccessDenied,

    /// <summary>存储操作失败: another error answer (HTTP status).</summary>
    Failed,
}

/// <summary>
/// The one place that turns a storage exception into the Chinese sentence staff read (CLI, alert mails): which kind
/// of failure, which endpoint, and for a silent store how long it was waited for. The exception itself (type, English
/// SDK text) is only for developers: run records, logs and <c>--verbose</c>.
/// </summary>
public static class StorageFailureText
{
    /// <summary>
    /// The kind of storage failure <paramref name="exception"/> is, or null when it is not one. A cancellation is
    /// read as a timeout: callers handle their own cancellation (Ctrl+C, host shutdown) before asking.
    /// </summary>
    public static StorageFailureKind? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var all = Flatten(exception).ToList();
        if (all.Any(e => e is RequestFailedException { Status: 401 or 403 } or AuthenticationFailedException or CredentialUnavailableException))
        {
            return StorageFailureKind.AccessDenied;
        }

        if (all.Any(IsUnreachable))
        {
            return StorageFailureKind.Unreachable;
        }

        if (all.Any(e => e is TimeoutException or OperationCanceledException))
        {
            return StorageFailureKind.NoResponse;
        }

        if (all.Any(e => e is RequestFailedException { Status: > 0 }))
        {
            return StorageFailureKind.Failed;
        }

        // Status 0: no answer at all; the cause is an I/O failure below it.
        return all.Any(e => e is RequestFailedException or HttpRequestException or IOException or SocketException)
            ? StorageFailureKind.Unreachable
            : null;
    }

    /// <summary>
    /// The Chinese sentence for a storage failure, naming the endpoint; null when <paramref name="exception"/> is not
    /// a storage failure: one a client of <see cref="StorageClientFactory"/> raised (it records its endpoint and
    /// budget, which win over <paramref name="endpoint"/> and <paramref name="budget"/>), an Azure SDK error, or any
    /// network failure when the caller names the <paramref name="endpoint"/> it was talking to.
    /// </summary>
    public static string? Describe(Exception exception, Uri? endpoint = null, StorageRetryBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var all = Flatten(exception).ToList();
        var context = Context(all);
        var fromStorage = context is not null || endpoint is not null
            || all.Any(e => e is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException);
        if (!fromStorage || Classify(exception) is not { } kind)
        {
            return null;
        }

        var url = (context?.Endpoint ?? endpoint)?.AbsoluteUri.TrimEnd('/');
        // A URL is set off by spaces in the Chinese sentence; the fallback "存储账户" is not.
        var where = url is null ? "存储账户" : url + " ";
        var inner = url is null ? "存储账户" : $" {url} ";
        budget = context?.Budget ?? budget;
        var status = all.OfType<RequestFailedException>().FirstOrDefault(e => e.Status > 0)?.Status;
        return kind switch
        {
            StorageFailureKind.AccessDenied when status is 401 or 403 => string.Create(
                CultureInfo.InvariantCulture, $"存储拒绝访问：{where}拒绝了本次访问（HTTP {status}），请检查连接字符串中的账户密钥或本应用身份的存储权限"),
            StorageFailureKind.AccessDenied => $"存储拒绝访问：未能取得访问{inner}的身份令牌，请检查托管标识的配置",
            StorageFailureKind.Unreachable when all.Any(IsNameNotResolved) => $"存储无法连接：{where}的主机名无法解析，请检查连接字符串中的地址",
            StorageFailureKind.Unreachable when all.Any(IsRefused) => $"存储无法连接：{where}拒绝连接，请确认存储服务已启动、地址和端口正确",
            StorageFailureKind.Unreachable => $"存储无法连接：与{inner}的连接无法建立或被中断",
            StorageFailureKind.NoResponse when budget is not null => string.Create(
                CultureInfo.InvariantCulture,
                $"存储无响应：{where}在 {budget.WaitBound.TotalSeconds:0} 秒内没有应答（共尝试 {budget.Tries} 次，每次等待 {budget.NetworkTimeout.TotalSeconds:0} 秒）"),
            StorageFailureKind.NoResponse => $"存储无响应：{where}没有应答",
            _ => string.Create(CultureInfo.InvariantCulture, $"存储操作失败：{where}返回错误（HTTP {status}）"),
        };
    }

    private static StorageFailureContext? Context(List<Exception> all)
    {
        foreach (var e in all)
        {
            if (e.Data[StorageFailureTagPolicy.EndpointKey] is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                return new StorageFailureContext(uri, e.Data[StorageFailureTagPolicy.BudgetKey] as StorageRetryBudget ?? StorageRetryBudget.Default);
            }

            if (e is RequestFailedException failed && failed.GetRawResponse() is { } response && StorageFailureTagPolicy.ContextOf(response) is { } remembered)
            {
                return remembered;
            }
        }

        return null;
    }

    private static bool IsUnreachable(Exception e) =>
        IsRefused(e) || IsNameNotResolved(e)
        || e is SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.HostDown or SocketError.ConnectionReset or SocketError.AddressNotAvailable }
        || e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError };

    private static bool IsRefused(Exception e) => e is SocketException { SocketErrorCode: SocketError.ConnectionRefused };

    private static bool IsNameNotResolved(Exception e) =>
        e is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }
        || e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError };

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        var seen = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (!seen.Add(e))
            {
                continue;
            }

            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse())
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
