using ComplianceFns.Functions.Uploads;

namespace ComplianceFns.Functions.Tests.Uploads;

/// <summary>A result file that lands in the uploads container is not checked as a report (no result-of-a-result loop).</summary>
public sealed class ResultFileGuardTests
{
    [Theory]
    [InlineData("east/2025年报.docx.json", true)]
    [InlineData("east/2025年报.docx.HTML", true)]
    [InlineData("east/2025年报.docx.json.json", true)]
    [InlineData("east/2025年报.docx", false)]
    [InlineData("east/2025年报.pdf", false)]
    [InlineData("east/json", false)]
    public void Result_files_are_recognised_by_their_suffix(string name, bool isResult) =>
        Assert.Equal(isResult, CheckUploadedReportFunction.IsResultFile(name));
}
