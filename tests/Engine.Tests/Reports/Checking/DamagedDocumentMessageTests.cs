using System.Text.RegularExpressions;
using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Tests.Reports.Documents;
using ComplianceFns.Engine.Tests.Storage;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Reports;
using ComplianceFns.TestSupport.Reports;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

/// <summary>
/// A real PDF (printed by Chromium) and a real DOCX, cut in half: the S-READ finding speaks Chinese and names the file
/// and its kind; the parser's English text reaches only the run record's errors.
/// </summary>
public sealed partial class DamagedDocumentMessageTests(PdfReportDocumentFixture pdf) : StoreTestBase, IClassFixture<PdfReportDocumentFixture>
{
    private const string Site = "damaged";

    public static TheoryData<string, string> Kinds => new() { { "2021年报.pdf", "PDF" }, { "2021年报.docx", "DOCX" } };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Half_a_document_is_named_as_damaged_in_chinese_and_the_parser_text_goes_only_to_the_run_record(string file, string kind)
    {
        var whole = kind == "PDF" ? pdf.Pdf : ReportDocxFixture.Document();
        var half = whole[..(whole.Length / 2)];

        var run = await ReportCheckSamples.Service(Store).CheckAsync([ReportInput.FromFile(file, half)], new ReportCheckRequest(Site), Ct);

        var result = Assert.Single(run.Results);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReportFindingFactory.ReadFailureRuleId, finding.RuleId);
        Assert.Equal($"{file}：{kind}文件已损坏或不完整，无法读取", finding.Message);
        AssertNoParserText(finding.Message);
        Assert.All(finding.Evidence, e => AssertNoParserText(e.Value));

        var stored = Assert.Single(await Store.GetFindingsAsync(Site, FindingStatus.Open, Ct));
        Assert.Equal(finding.Message, stored.Message);
        Assert.All(stored.Evidence, e => AssertNoParserText(e.Value));

        // Developers still get what the parser said, in the run record.
        var detail = result.ReadFailure!.Detail;
        Assert.NotNull(detail);
        Assert.Matches(EnglishWords(), detail);
        var error = Assert.Single(Assert.Single(await Store.GetRecentRunsAsync(Site, 10, Ct)).Errors);
        Assert.StartsWith(finding.Message, error, StringComparison.Ordinal);
        Assert.Contains(detail, error, StringComparison.Ordinal);
    }

    /// <summary>No English sentence, exception name or format internals: only Chinese around the file name and its kind.</summary>
    private static void AssertNoParserText(string text)
    {
        var withoutNames = text.Replace("2021年报.pdf", string.Empty, StringComparison.Ordinal).Replace("2021年报.docx", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), withoutNames);
        foreach (var word in new[] { "xref", "trailer", "Exception", "zip", "Central Directory", "stream" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Two English words in a row: the mark of a parser's sentence.</summary>
    [GeneratedRegex("[A-Za-z]{2,}[^A-Za-z\\p{IsCJKUnifiedIdeographs}]+[A-Za-z]{2,}")]
    private static partial Regex EnglishWords();
}
