using System.ComponentModel.DataAnnotations;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Pipeline;

/// <summary>Tables of the scheduled pipeline (configuration section "Pipeline"); names take <see cref="StorageOptions.TablePrefix"/>.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>The site registry, seeded from <c>Inspection:Sites</c> on every scheduled run.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]*$", ErrorMessage = "Pipeline:SitesTable must be letters and digits, starting with a letter.")]
    public string SitesTable { get; set; } = "Sites";

    /// <summary>One row per (site, run): queued, running, completed or failed; what makes a redelivered message a no-op.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]*$", ErrorMessage = "Pipeline:LedgerTable must be letters and digits, starting with a letter.")]
    public string LedgerTable { get; set; } = "InspectionLedger";

    /// <summary>
    /// How long a running claim keeps a different message for the same run away. Must exceed Crawl:MaxRunDuration
    /// plus persisting; a crashed worker's own message is redelivered and takes the claim over at once.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(40);
}
