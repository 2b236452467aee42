using ComplianceFns.Rules.Reports.Model;
using ComplianceFns.Rules.Reports.Text;

namespace ComplianceFns.Rules.Reports.Reading;

/// <summary>What a table 三 label stands for: a data row, a merged group label, or （六）其他处理 (a row in 2019, a group in 2021).</summary>
internal enum Table3LabelRole
{
    Row,
    Group,
    RowOrGroup,
}

/// <param name="Key">Row key of <see cref="Table3Layout"/> (a group uses its prefix, e.g. "三(三)").</param>
/// <param name="Group">The group a numbered sub-row belongs to ("三(四)"), else null.</param>
internal sealed record Table3Label(string Key, Table3LabelRole Role, MarkerKind Kind, int Ordinal, string Body, string? Group)
{
    /// <summary>Every label of table 三 (both formats), built from the canonical labels of <see cref="Table3Layout"/>.</summary>
    public static IReadOnlyList<Table3Label> All { get; } = Build();

    private static List<Table3Label> Build()
    {
        var labels = new List<Table3Label> { new("三", Table3LabelRole.Group, MarkerKind.Top, 3, "本年度办理结果", null) };
        foreach (var (group, label) in Table3Layout.GroupLabels)
        {
            var form = LabelForm.Parse(TextFolding.MatchKey(label));
            labels.Add(new(group, group == "三(六)" ? Table3LabelRole.RowOrGroup : Table3LabelRole.Group, form.Kind, form.Ordinal, form.Core, null));
        }

        foreach (var (key, label) in Table3Layout.CanonicalLabels)
        {
            if (key == "三(六)")
            {
                continue;
            }

            var form = LabelForm.Parse(TextFolding.MatchKey(label));
            var group = form.Kind == MarkerKind.Digit ? key[..4] : null;
            labels.Add(new(key, Table3LabelRole.Row, form.Kind, form.Ordinal, form.Core, group));
        }

        return labels;
    }

    /// <summary>
    /// The label a cell's text stands for, or null. Numbering must agree when printed; the words must be the
    /// canonical ones (an annotation in brackets may follow) or within edit distance of them (typos, S-LABEL).
    /// Two-character words ("总计", "其他") need their numbering, or column headers would read as rows.
    /// </summary>
    public static Table3Label? Match(string text, string? currentGroup)
    {
        var key = TextFolding.MatchKey(text);
        if (key.Length is 0 or > 120)
        {
            return null;
        }

        var form = LabelForm.Parse(key);
        if (form.Core.Length == 0)
        {
            return null;
        }

        var bestDistance = int.MaxValue;
        var candidates = new List<Table3Label>(2);
        foreach (var label in All)
        {
            if (form.Kind != MarkerKind.None && (form.Kind != label.Kind || form.Ordinal != label.Ordinal))
            {
                continue;
            }

            if (form.Kind == MarkerKind.None && label.Body.Length <= 2)
            {
                continue;
            }

            // A printed number that agrees already places the label: its words may then carry one slip even when
            // short ("(七)总总计", "3.其它"), which S-LABEL names.
            var tolerance = form.Kind == MarkerKind.None ? EditDistance.Tolerance(label.Body.Length) : Math.Max(1, EditDistance.Tolerance(label.Body.Length));
            var distance = form.Core == label.Body ? 0 : EditDistance.Within(form.Core, label.Body, tolerance);
            if (distance > tolerance || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                candidates.Clear();
                bestDistance = distance;
            }

            candidates.Add(label);
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        // Equally close: the label of the group being read ("1." under （四）), if exactly one is.
        var inGroup = candidates.Where(l => l.Group is not null && l.Group == currentGroup).ToList();
        return inGroup.Count == 1 ? inGroup[0] : null;
    }
}
