namespace ComplianceFns.Rules.Tests.Reports.Samples;

/// <summary>
/// What samples/annual-reports/README.md says one file must give: exactly <see cref="Issues"/> (✗, and the ⚠ we decided
/// to report), no issue and no 不可判定 for the ids in <see cref="Holds"/> (✓: decided and holding), and at least the
/// 不可判定 notes of <see cref="Undecidable"/> (—: the copy lacks what the relation needs).
/// </summary>
internal sealed record SampleExpectation(string File, ExpectedIssue[] Issues, string[] Holds, ExpectedUndecidable[] Undecidable)
{
    public override string ToString() => File;
}
