using System.Globalization;
using ComplianceFns.Engine.Alerts;
using ComplianceFns.Engine.Pipeline;
using ComplianceFns.Functions.Inspection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceFns.Functions.Middleware;

/// <summary>
/// Catches a failing invocation of the inspection functions, records it (ledger, Failed run record) and raises
/// the failure alert, then rethrows: the host must still see the failure to retry the message and, after the last
/// attempt, move it to the poison queue. Storm control folds the alerts of every attempt into one mail.
/// </summary>
public sealed class InspectionFailureMiddleware : IFunctionsWorkerMiddleware
{
    /// <summary>The queue trigger's binding data: the message text, its id and how often it was dequeued.</summary>
    public const string MessageTextKey = "QueueTrigger";

    public const string MessageIdKey = "Id";

    public const string DequeueCountKey = "DequeueCount";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRecorded(context.FunctionDefinition.Name))
        {
            // The invocation's token may be cancelled already; recording must still happen.
            await RecordAsync(context, Unwrap(exception)).ConfigureAwait(false);
            throw;
        }
    }

    private static bool IsRecorded(string functionName) =>
        functionName is InspectSiteFunction.Name or InspectionFanOutFunction.Name;

    private static async Task RecordAsync(FunctionContext context, Exception exception)
    {
        var services = context.InstanceServices;
        var logger = services.GetRequiredService<ILogger<InspectionFailureMiddleware>>();
        logger.LogError(exception, "{Function} failed (invocation {InvocationId})", context.FunctionDefinition.Name, context.InvocationId);
        try
        {
            if (context.FunctionDefinition.Name == InspectionFanOutFunction.Name)
            {
                var time = services.GetRequiredService<TimeProvider>();
                await services.GetRequiredService<AlertService>()
                    .RaiseAsync(InspectionAlerts.FanOutFailed(exception, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
                return;
            }

            var data = context.BindingContext.BindingData;
            var message = InspectionMessage.TryParse(data.GetValueOrDefault(MessageTextKey)?.ToString());
            if (message is null)
            {
                // Unreadable message: it fails every attempt and the poison function alerts with its text.
                return;
            }

            int? attempt = int.TryParse(data.GetValueOrDefault(DequeueCountKey)?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
                ? count
                : null;
            // The message id tells this attempt's own claim from a duplicate's: only its own run may be marked failed.
            var messageId = data.GetValueOrDefault(MessageIdKey)?.ToString();
            await services.GetRequiredService<InspectionFailureRecorder>()
                .RecordAttemptFailedAsync(message, messageId, exception, attempt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception recordingError)
        {
            logger.LogError(recordingError, "Recording the failure of {Function} failed", context.FunctionDefinition.Name);
        }
    }

    // The worker wraps some failures; the admin should read the cause.
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
}
