namespace ComplianceFns.Engine.Diagnostics;

/// <summary>
/// An exception as developers need it in run records and logs: each type and message down the chain of causes.
/// Staff never read this (it is usually English); they read the Chinese sentence the failure was turned into.
/// </summary>
public static class ExceptionDetail
{
    private const int MaxCauses = 4;

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var parts = new List<string>();
        for (var ex = exception; ex is not null && parts.Count < MaxCauses; ex = ex.InnerException)
        {
            parts.Add($"{ex.GetType().FullName}: {ex.Message}");
        }

        return string.Join(" ---> ", parts);
    }
}
