using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Inspection;

/// <summary>An inspection after it was persisted: the merge into the findings history and the run record.</summary>
public sealed record InspectionOutcome(InspectionResult Result, FindingMergeResult Merge, RunRecord Run);
