namespace ComplianceFns.Rules.Reports.Publication;

/// <summary>
/// Folds the traditional characters that occur in report titles and organ names to simplified ones, so a title
/// written in traditional characters (港澳 mirrors, some older CMS templates) still matches. Not a general converter.
/// </summary>
public static class TraditionalChinese
{
    private const string Traditional = "開報資訊務縣區門關廳辦國鎮衛統計發廣東協會員農業環護財稅價營醫療園華傳經濟處臺灣蘇遼寧龍陽鄉雲莊總體號與為於監導應勞動審質檢測藥網頁單機構長書圖館聯戶萬個來時間實現電設規劃齊滬廈漢貴陝覽節點條層級屬戰氣運輸鐵軍歸貿廠礦產權證據僑類";
    private const string Simplified = "开报资讯务县区门关厅办国镇卫统计发广东协会员农业环护财税价营医疗园华传经济处台湾苏辽宁龙阳乡云庄总体号与为于监导应劳动审质检测药网页单机构长书图馆联户万个来时间实现电设规划齐沪厦汉贵陕览节点条层级属战气运输铁军归贸厂矿产权证据侨类";

    private static readonly Dictionary<char, char> Map = Traditional.Zip(Simplified).ToDictionary(p => p.First, p => p.Second);

    public static string ToSimplified(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map.TryGetValue(source[i], out var simplified) ? simplified : source[i];
            }
        });
}
