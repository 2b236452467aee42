namespace ComplianceFns.Cli.Arguments;

/// <summary>Options several commands share, with one wording everywhere.</summary>
public static class CommonOptions
{
    public static OptionSpec Storage { get; } = OptionSpec.Value(
        "storage", "CONNECTION", "存储连接字符串（如 UseDevelopmentStorage=true）：合并问题历史并记录本次检查");

    public static OptionSpec Format { get; } = OptionSpec.Value(
        "format", "table|jsonl", "输出格式：table 按严重程度分组列出（默认）；jsonl 每行一个 JSON 对象，供脚本读取");

    public static OptionSpec FailOn { get; } = OptionSpec.Value(
        "fail-on", "serious|general|hint|none", "发现该级别或更高级别的问题时以退出码 1 结束（默认 none）");

    public static OptionSpec Organ { get; } = OptionSpec.Value(
        "organ", "NAME", "机关全称：其名称写错按严重处理，也用于识别年报标题");

    public static OptionSpec OrganLevel { get; } = OptionSpec.Value(
        "organ-level", "township|county|prefecture|province|state-council", "机关层级：乡镇、县级、地市级、省级、国务院部门（决定年报公布期限）");

    public static OptionSpec OrganKind { get; } = OptionSpec.Value(
        "organ-kind", "government|department", "机关类型：人民政府或政府部门");

    public static OptionSpec MailOut { get; } = OptionSpec.Value(
        "mail-out", "DIR", "把本次将发送的告警邮件和每日汇总邮件写成 .eml 文件放入该文件夹（不实际发送）");

    public static OptionSpec MailTo { get; } = OptionSpec.Value(
        "mail-to", "ADDRESS", "写入 .eml 的收件人邮箱，多个用逗号分隔（与 --mail-out 同用）");

    public static OptionSpec DeadlineDays { get; } = OptionSpec.Value(
        "deadline-days", "严重,一般,提示", "整改时限的工作日数，依次为严重、一般、提示问题（默认 1,5,10；按周一至周五计，未扣除法定节假日）");

    public static OptionSpec Out { get; } = OptionSpec.Value(
        "out", "DIR", "检查报告和整改台账的输出文件夹（默认 out）");
}
