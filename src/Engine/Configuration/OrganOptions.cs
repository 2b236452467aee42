using System.ComponentModel.DataAnnotations;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Engine.Configuration;

/// <summary>
/// An administrative organ whose annual disclosure reports are published on the site (docs/domain/annual-reports.md §6 F):
/// who it is, where its 政府信息公开年报 column is, and from which year reports are owed.
/// </summary>
public sealed class OrganOptions
{
    /// <summary>The organ's full name as report titles write it, e.g. 某某县统计局.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Administrative level; a township's reports default to the 31 January deadline.</summary>
    public OrganLevel Level { get; set; }

    /// <summary>Government (its own report, due 31 March) or department (due 31 January).</summary>
    public OrganKind Kind { get; set; }

    /// <summary>The first page of the organ's 政府信息公开年报 column; its pagination (index_1.html …) is followed.</summary>
    [Required(AllowEmptyStrings = false)]
    public string AnnualReportColumnUrl { get; set; } = string.Empty;

    /// <summary>The first report year owed.</summary>
    [Range(2008, 2100)]
    public int FirstYear { get; set; } = 2019;

    /// <summary>A local deadline ("MM-dd", e.g. 01-20) replacing the statutory one for reports on 2019 onwards; empty keeps the statutory one.</summary>
    public string? DeadlineOverride { get; set; }

    /// <summary>Other names the organ's report titles use (a former name, a short form such as 某某县政府).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Two years' narratives at least this similar (0–1) are reported as a copy (P-DUPLICATE).</summary>
    [Range(0.5, 1.0)]
    public double DuplicateSimilarityThreshold { get; set; } = 0.9;
}
