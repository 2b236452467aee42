using System.Text;

namespace ComplianceFns.Cli.Arguments;

/// <summary>The Chinese usage text: the overview of all commands, and one command's usage with every option explained.</summary>
public static class HelpText
{
    public const string ProgramName = "compliancefns";

    public static string Overview(IEnumerable<CommandSpec> specs)
    {
        var text = new StringBuilder();
        text.AppendLine($"{ProgramName} — 政务公开网站链接、错别字与年报检查").AppendLine();
        text.AppendLine($"用法：{ProgramName} <命令> [参数] [选项]").AppendLine();
        text.AppendLine("命令：");
        var list = specs.ToList();
        var width = list.Max(s => s.Name.Length) + 2;
        foreach (var spec in list)
        {
            text.AppendLine($"  {spec.Name.PadRight(width)}{spec.Description}");
        }

        text.AppendLine();
        text.AppendLine($"查看某个命令的用法和全部选项：{ProgramName} <命令> --help");
        text.Append("任何命令都可加 --verbose：出错时在中文说明之后附上技术细节（供开发人员排查）。");
        return text.ToString();
    }

    public static string For(CommandSpec spec)
    {
        var text = new StringBuilder();
        text.AppendLine(spec.Description).AppendLine();
        var positional = spec.Positionals is null ? string.Empty : $" <{spec.Positionals.Name}>{(spec.Positionals.Many ? "..." : string.Empty)}";
        var options = spec.Options.Count == 0 ? string.Empty : " [选项]";
        text.AppendLine($"用法：{ProgramName} {spec.Name}{positional}{options}");
        if (spec.Positionals is not null)
        {
            text.AppendLine().AppendLine("参数：").AppendLine($"  <{spec.Positionals.Name}>  {spec.Positionals.Description}");
        }

        // Every option, then --help, which every command takes.
        var rows = spec.Options.Select(o => (Left: o.IsFlag ? $"--{o.Name}" : $"--{o.Name} {o.ValueName}", o.Description))
            .Append((Left: "--help", Description: "显示本说明"))
            .ToList();
        var width = Math.Min(rows.Max(r => r.Left.Length), 40) + 2;
        text.AppendLine().AppendLine("选项：");
        foreach (var (left, description) in rows)
        {
            var column = left.Length >= width ? left + "\n" + new string(' ', width + 2) : left.PadRight(width);
            text.AppendLine($"  {column}{description}");
        }

        return text.ToString().TrimEnd();
    }
}
