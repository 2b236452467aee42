using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Storage;

/// <summary>Where findings and run records live (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Storage account connection string; empty → AzureWebJobsStorage (a connection string, or identity-based service URIs in Azure).</summary>
    public string? ConnectionString { get; set; }

    [Required]
    [RegularExpression(TableNames.PartPattern, ErrorMessage = "FindingsTable must be letters and digits, starting with a letter.")]
    public string FindingsTable { get; set; } = "Findings";

    [Required]
    [RegularExpression(TableNames.PartPattern, ErrorMessage = "RunsTable must be letters and digits, starting with a letter.")]
    public string RunsTable { get; set; } = "Runs";

    /// <summary>Checked annual reports' text by organ and year, so next year's check finds the previous report.</summary>
    [Required]
    [RegularExpression(TableNames.PartPattern, ErrorMessage = "ReportsTable must be letters and digits, starting with a letter.")]
    public string ReportsTable { get; set; } = "Reports";

    /// <summary>What offices recorded in the rectification ledger (责任人, 措施, 状态 …) and imported back, by site and fingerprint.</summary>
    [Required]
    [RegularExpression(TableNames.PartPattern, ErrorMessage = "RectificationsTable must be letters and digits, starting with a letter.")]
    public string RectificationsTable { get; set; } = "Rectifications";

    /// <summary>Prepended to every table name; tests use a unique prefix per test to stay isolated.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]*)?$", ErrorMessage = "TablePrefix must be empty or letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>The longest one storage request waits for an answer, per try (every table, queue and blob client).</summary>
    [Range(1, 300, ErrorMessage = "NetworkTimeoutSeconds must be between 1 and 300.")]
    public int NetworkTimeoutSeconds { get; set; } = StorageRetryBudget.DefaultNetworkTimeoutSeconds;

    /// <summary>
    /// The waiting budget of one storage operation over all its tries: as many tries of NetworkTimeoutSeconds as fit
    /// (at least one), so a store that never answers fails the operation after about this long (10 s × 3 by default).
    /// </summary>
    [Range(1, 600, ErrorMessage = "TotalBudgetSeconds must be between 1 and 600.")]
    public int TotalBudgetSeconds { get; set; } = StorageRetryBudget.DefaultTotalBudgetSeconds;

    // Methods, not properties: options validation reads every property, and these throw on a bad name.
    public string GetFindingsTableName() => TableNames.Combine(TablePrefix, FindingsTable);

    public string GetRunsTableName() => TableNames.Combine(TablePrefix, RunsTable);

    public string GetReportsTableName() => TableNames.Combine(TablePrefix, ReportsTable);

    public string GetRectificationsTableName() => TableNames.Combine(TablePrefix, RectificationsTable);

    public StorageRetryBudget GetRetryBudget() => new(TimeSpan.FromSeconds(NetworkTimeoutSeconds), TimeSpan.FromSeconds(TotalBudgetSeconds));
}
