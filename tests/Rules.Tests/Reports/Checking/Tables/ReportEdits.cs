using ComplianceFns.Rules.Reports.Checking;
using ComplianceFns.Rules.Reports.Model;

namespace ComplianceFns.Rules.Tests.Reports.Checking;

/// <summary>One-change edits on a built report that the builder does not offer, and a run of the table checks.</summary>
internal static class ReportEdits
{
    public static ReportCheckOutcome RunTableChecks(this AnnualReport report, AnnualReport? previous = null, OrganProfile? organ = null) =>
        new AnnualReportChecker(TableChecks.All).Check(report, previous, organ);

    public static AnnualReport WithTable3RowCell(this AnnualReport report, string key, int column, CellValue cell)
    {
        var rows = new Dictionary<string, Table3Row>(report.Table3!.Rows, StringComparer.Ordinal);
        var values = rows[key].Values.ToArray();
        values[column] = cell;
        rows[key] = rows[key] with { Values = values };
        return report with { Table3 = report.Table3 with { Rows = rows } };
    }

    public static AnnualReport WithTable3Label(this AnnualReport report, string key, string label)
    {
        var rows = new Dictionary<string, Table3Row>(report.Table3!.Rows, StringComparer.Ordinal);
        rows[key] = rows[key] with { Label = label };
        return report with { Table3 = report.Table3 with { Rows = rows } };
    }

    public static AnnualReport WithTable3RowUnresolved(this AnnualReport report, string key, params decimal[] values)
    {
        var rows = new Dictionary<string, Table3Row>(report.Table3!.Rows, StringComparer.Ordinal);
        rows[key] = rows[key] with { Values = [.. values.Select(v => CellValue.Of(v, 100))], IsResolved = false };
        return report with { Table3 = report.Table3 with { Rows = rows } };
    }

    public static AnnualReport WithTable2RowCell(this AnnualReport report, string row, string column, CellValue cell)
    {
        var rows = new Dictionary<string, Table2Row>(report.Table2!.Rows, StringComparer.Ordinal);
        var cells = rows[row].Cells.Select(c => c.Key == column ? new KeyValuePair<string, CellValue>(column, cell) : c).ToArray();
        rows[row] = rows[row] with { Cells = cells };
        return report with { Table2 = report.Table2 with { Rows = rows } };
    }

    public static AnnualReport WithTable2Label(this AnnualReport report, string row, string label)
    {
        var rows = new Dictionary<string, Table2Row>(report.Table2!.Rows, StringComparer.Ordinal);
        rows[row] = rows[row] with { Label = label };
        return report with { Table2 = report.Table2 with { Rows = rows } };
    }

    public static AnnualReport WithTable4Count(this AnnualReport report, int count) =>
        report with { Table4 = report.Table4! with { Values = [.. report.Table4.Values.Take(count)] } };

    public static AnnualReport WithSectionHeading(this AnnualReport report, int ordinal, string heading, bool hasAnchor) =>
        report with { Sections = [.. report.Sections.Select(s => s.Ordinal == ordinal ? s with { Heading = heading, HasAnchor = hasAnchor } : s)] };

    public static AnnualReport WithSectionsSwapped(this AnnualReport report, int first, int second)
    {
        var sections = report.Sections.ToList();
        var i = sections.FindIndex(s => s.Ordinal == first);
        var j = sections.FindIndex(s => s.Ordinal == second);
        (sections[i], sections[j]) = (sections[j], sections[i]);
        return report with { Sections = sections };
    }
}
