namespace ComplianceFns.Rules.Reports.Checking;

/// <summary>One family of checks (table 三, table 四, narrative …); adds issues and 不可判定 notes to the context.</summary>
public interface IReportCheck
{
    void Check(ReportCheckContext context);
}
