using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ComplianceFns.Engine.Reporting;
using ComplianceFns.Rules.Findings;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>Reads the ledger with python3's zipfile and ElementTree, which share no code with the OpenXml SDK.</summary>
public sealed class LedgerIndependentReaderTests
{
    // Resolves the sheet by name through workbook.xml and its relationships, as any consumer must, and prints every
    // row's cell texts (inline strings or values) plus whether any formula element exists.
    private const string Script = """
        import json, sys, zipfile
        import xml.etree.ElementTree as ET
        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        P = '{http://schemas.openxmlformats.org/package/2006/relationships}'
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        book = ET.fromstring(z.read('xl/workbook.xml'))
        rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels')).iter(P + 'Relationship')}
        sheet = next(s for s in book.iter(M + 'sheet') if s.get('name') == sys.argv[2])
        target = rels[sheet.get(R + 'id')].lstrip('/')
        path = target if target.startswith('xl/') else 'xl/' + target
        root = ET.fromstring(z.read(path))
        rows = []
        for row in root.iter(M + 'row'):
            cells = []
            for c in row.iter(M + 'c'):
                if c.get('t') == 'inlineStr':
                    cells.append(''.join(t.text or '' for t in c.iter(M + 't')))
                else:
                    v = c.find(M + 'v')
                    cells.append(v.text if v is not None else '')
            rows.append(cells)
        print(json.dumps({'rows': rows, 'formulas': len(list(root.iter(M + 'f')))}, ensure_ascii=True))
        """;

    [Fact]
    public void Python_reads_the_same_rows()
    {
        var data = LedgerSampleReport.Create();
        var expected = RectificationLedgerWriter.OrderForLedger(data.Open);
        var path = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                RectificationLedgerWriter.Write(data, file);
            }

            using var result = JsonDocument.Parse(RunPython(path, "整改台账"));
            var rows = result.RootElement.GetProperty("rows").EnumerateArray()
                .Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToList()).ToList();

            Assert.Equal(0, result.RootElement.GetProperty("formulas").GetInt32());
            Assert.Equal(RectificationLedgerWriter.Headers, rows[0]);
            Assert.Equal(expected.Count + 1, rows.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(
                    [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), expected[i].SiteId, expected[i].Severity.ToChinese(), expected[i].PageUrl, expected[i].TargetUrl ?? string.Empty, expected[i].Message, "未整改", expected[i].RuleId],
                    new[] { rows[i + 1][0], rows[i + 1][1], rows[i + 1][3], rows[i + 1][4], rows[i + 1][5], rows[i + 1][6], rows[i + 1][10], rows[i + 1][16] });
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RunPython(string path, string sheet)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(sheet);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONUTF8"] = "1";

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "python3 did not finish");
        Assert.True(process.ExitCode == 0, errors.Result);
        return output;
    }
}
