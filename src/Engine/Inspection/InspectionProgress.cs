namespace ComplianceFns.Engine.Inspection;

/// <summary>Counters for the progress display: pages crawled, links checked, findings so far.</summary>
public sealed record InspectionProgress(string Phase, int PagesCrawled, int PagesQueued, int TargetsChecked, int TargetsTotal, int Findings);
