using System.ComponentModel.DataAnnotations;

namespace ComplianceFns.Engine.Uploads;

/// <summary>How uploaded reports are checked (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Real reports are well under 10 MB; the reader's own ceiling is 50 MB.</summary>
    public const long MaxAllowedBytes = 50L * 1024 * 1024;

    /// <summary>
    /// The site findings of an upload are stored under when its path names no known site
    /// (<c>uploads/{siteId}/{file}</c> files under a configured or registered site's id go to that site).
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", ErrorMessage = "Uploads:SiteId must be 1-63 characters of letters, digits, '.', '_' or '-'.")]
    public string SiteId { get; set; } = "uploads";

    /// <summary>The container results/{name}.json and .html are written to, in the uploads' storage account.</summary>
    [Required]
    [RegularExpression("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Uploads:ResultsContainer must be a blob container name: 3-63 lowercase letters, digits and single hyphens.")]
    public string ResultsContainer { get; set; } = "results";

    /// <summary>
    /// The container uploads arrive in. The Functions app binds it from the root setting <c>UploadsContainer</c>
    /// (the blob trigger's path reads that key); null where no trigger runs (the CLI).
    /// </summary>
    public string? UploadsContainer { get; set; }

    /// <summary>A larger blob is refused from its properties alone, without downloading it.</summary>
    [Range(1, MaxAllowedBytes, ErrorMessage = "Uploads:MaxBytes must be between 1 and 52428800 (50 MB).")]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}
