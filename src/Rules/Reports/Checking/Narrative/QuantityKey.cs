using System.Text.RegularExpressions;

namespace ComplianceFns.Rules.Reports.Checking.Narrative;

/// <summary>
/// What a count counts, whatever the wording: the channel (the named column, platform or account before the number:
/// "门户网站政策解读栏目" and "政策解读专栏" are both the 政策解读 column), the action (发布, 公开, 推送 … are one) and the
/// thing counted ("解读" and "解读材料" are one), with the unit. Counts for part of the year, cumulative counts and
/// comparisons have no key: they are other quantities.
/// </summary>
internal static partial class QuantityKey
{
    public static string? Of(string sentenceBefore, string clauseBefore, string unit)
    {
        if (OtherPeriodOrComparison().IsMatch(sentenceBefore))
        {
            return null;
        }

        var channels = Channel().Matches(sentenceBefore);
        if (channels.Count == 0)
        {
            return null;
        }

        var channel = channels[^1];
        var name = GenericChannelWords().Replace(channel.Groups["name"].Value, string.Empty);
        if (name.Length < 2)
        {
            return null;
        }

        name = name.Length > 4 ? name[^4..] : name;
        var action = Action().Matches(clauseBefore);
        if (action.Count == 0)
        {
            return null;
        }

        var thing = clauseBefore[(action[^1].Index + action[^1].Length)..];
        thing = GenericThingWords().Replace(thing, string.Empty).Trim();
        var core = Suffixes().Replace(thing, string.Empty);

        // "信息", "各类信息": the generic thing a channel publishes.
        thing = core.Length == 0 && thing.Length > 0 ? "信息" : core;
        if (thing.Length is 0 or > 8 || thing.Any(c => char.IsDigit(c) || char.IsPunctuation(c)))
        {
            return null;
        }

        return $"{name}|{ChannelClass(channel.Groups["kind"].Value)}|{thing}|{unit}";
    }

    private static string ChannelClass(string kind) => kind switch
    {
        "栏目" or "专栏" or "板块" or "版块" or "专题" or "频道" => "column",
        "公众号" or "微信" => "wechat",
        "微博" => "weibo",
        _ => kind,
    };

    /// <summary>A named channel: the words before 栏目/专栏/专题/公众号/微博/客户端 (up to eight characters).</summary>
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}“”""]{2,10}?)(?<kind>栏目|专栏|板块|版块|专题|频道|公众号|微博|客户端|抖音号|视频号)")]
    private static partial Regex Channel();

    [GeneratedRegex(@"^(通过|在|于|依托|利用|借助)|门户网站|政府网站|网站|官方|“|”|""")]
    private static partial Regex GenericChannelWords();

    [GeneratedRegex(@"发布|公开|推送|刊发|刊登|上传|更新|编发|转发")]
    private static partial Regex Action();

    [GeneratedRegex(@"^(各类|相关|了|共计|共|累计|政府|政务)+")]
    private static partial Regex GenericThingWords();

    [GeneratedRegex(@"(材料|文章|稿件|信息|内容)$")]
    private static partial Regex Suffixes();

    [GeneratedRegex(@"上半年|下半年|季度|[0-9一二三四五六七八九十]+月|截至|截止|累计|以来|同比|上年|去年|上一年|较|增长|增加|减少|下降|其中|分别|占|平均|日均|月均")]
    private static partial Regex OtherPeriodOrComparison();
}
