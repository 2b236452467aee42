namespace ComplianceFns.Rules.Reports.Model;

/// <summary>The national table layout a report uses (docs/domain/annual-reports.md §3.5), detected from signals, not the year.</summary>
public enum ReportFormat
{
    /// <summary>No signal found (no tables in the copy).</summary>
    Unknown = 0,

    /// <summary>国办公开办函〔2019〕60号 trial format, for reports on 2019–2020.</summary>
    Trial2019 = 2019,

    /// <summary>国办公开办函〔2021〕30号 format, for reports on 2021 onwards.</summary>
    Format2021 = 2021,
}
