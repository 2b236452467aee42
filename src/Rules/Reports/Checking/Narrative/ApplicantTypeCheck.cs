using System.Text.RegularExpressions;
using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>N-APPTYPE (docs/domain/annual-reports.md §4 rule 14): "均为自然人申请" means the five 法人 columns of 表三 一 are 0.</summary>
public sealed partial class ApplicantTypeCheck : IReportCheck
{
    public const string RuleId = "N-APPTYPE";

    public void Check(ReportCheckContext context)
    {
        foreach (var block in NarrativeText.Blocks(context.Report))
        {
            foreach (Match claim in AllNatural().Matches(block.Text))
            {
                var clauseStart = ProseClauses.ClauseStart(block.Text, claim.Index);
                var quote = block.Text[clauseStart..ProseClauses.ClauseEnd(block.Text, claim.Index)].Trim();
                var sentence = block.SentenceAt(claim.Index).Text;
                if (!NarrativeWords.Application().IsMatch(sentence) || NarrativeWords.ReviewOrLitigation().IsMatch(sentence))
                {
                    continue;
                }

                var nonZero = new List<string>();
                var legalPersons = 0m;
                for (var column = 1; column <= 5; column++)
                {
                    var cell = Table3Values.Cell(context.Report.Table3, Table3Layout.NewRow, column);
                    if (cell.Missing is { } missing)
                    {
                        context.NotDecidable(RuleId, $"正文称“{quote}”，但{missing}，无法核对");
                        nonZero.Clear();
                        break;
                    }

                    if (cell.Value > 0)
                    {
                        legalPersons += cell.Value!.Value;
                        nonZero.Add($"“{Table3Layout.Columns[column]}”列本年新收为{NarrativeIssues.Format(cell.Value!.Value)}件");
                    }
                }

                if (nonZero.Count > 0)
                {
                    var message = $"正文称“{quote}”，但表三{string.Join("、", nonZero)}";
                    context.Add(NarrativeIssues.Create(RuleId, message, quote, block, claim.Index, "表三", Table3Layout.NewRow, "法人或其他组织", expected: 0, actual: legalPersons));
                }
            }
        }
    }

    [GeneratedRegex(@"(均为|全部为|全部是|均是|都是|均来自|全部来自|均系|皆为)(个人|自然人)")]
    private static partial Regex AllNatural();
}
