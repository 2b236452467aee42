namespace ComplianceFns.Engine.Storage;

/// <summary>Each organ's checked annual reports by year: the memory that makes cross-year checks possible.</summary>
public interface IReportTextStore
{
    /// <summary>Keeps (or replaces) the organ's report for its year; text beyond the store's bound is cut at a line break.</summary>
    Task SaveAsync(StoredReportText report, CancellationToken ct);

    /// <summary>The organ's report for <paramref name="year"/>, or null when none was checked.</summary>
    Task<StoredReportText?> GetAsync(string organ, int year, CancellationToken ct);
}
