namespace ComplianceFns.TestSupport.Reports;

/// <summary>
/// Table 三's merged group labels in the flattened sample: "三、本年度办理结果" spans the outcome rows, and
/// "(三)不予公开" … "(六)其他处理" span their numbered sub-rows. A continuation row starts with "(" (inside 三) or a
/// digit (inside a sub-group).
/// </summary>
public static class MergedGroups
{
    /// <summary>1 for the outcome group label, 2 for a sub-group label that has numbered rows, else 0.</summary>
    public static int GroupLevel(string firstCell) => firstCell switch
    {
        "三、本年度办理结果" => 1,
        "(三)不予公开" or "(四)无法提供" or "(五)不予处理" or "(六)其他处理" => 2,
        _ => 0,
    };

    /// <summary>How many merged labels a row continues: 1 for "(二)…" rows, 2 for "2.…" rows, 0 otherwise.</summary>
    public static int ContinuationLevel(string row) => row switch
    {
        [>= '0' and <= '9', '.', ..] => 2,
        ['(', ..] => 1,
        _ => 0,
    };
}
