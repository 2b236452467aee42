using System.Text;
using System.Text.Json;

namespace ComplianceFns.Cli.Tests.Commands;

public sealed class CheckTextCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("check-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_file_is_checked_and_each_typo_named_in_chinese_with_its_context()
    {
        var file = Write("a.txt", "坚持四个自新，做好防讯工作。截止2023年底，全县共有企业100家。", Encoding.UTF8);

        var (exit, output, _) = await RunAsync(["check-text", file]);

        Assert.Equal(0, exit);
        Assert.Contains("【严重】typo.political-formulation", output, StringComparison.Ordinal);
        Assert.Contains("“四个自新”建议改为“四个自信”", output, StringComparison.Ordinal);
        Assert.Contains("“防讯”建议改为“防汛”", output, StringComparison.Ordinal);
        Assert.Contains("“截止”建议改为“截至”", output, StringComparison.Ordinal);
        Assert.Contains("疑似错别字 3 处（严重 1，一般 2，提示 0），标点与格式提示 0 处", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Punctuation_hints_are_counted_apart_and_min_severity_leaves_them_out()
    {
        var file = Write("p.txt", "坚持四个自新，，做好防讯工作。", Encoding.UTF8);

        var (_, all, _) = await RunAsync(["check-text", file]);
        var (_, serious, _) = await RunAsync(["check-text", file, "--min-severity", "serious"]);

        Assert.Contains("疑似错别字 2 处（严重 1，一般 1，提示 0），标点与格式提示 1 处", all, StringComparison.Ordinal);
        Assert.Contains("疑似错别字 1 处（严重 1，一般 0，提示 0），标点与格式提示 0 处", serious, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_input_is_refused_with_exit_2_naming_the_file()
    {
        var file = Path.Combine(_folder, "image.png");
        await File.WriteAllBytesAsync(file, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37))]);

        var (exit, output, error) = await RunAsync(["check-text", file]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"错误：“{file}”不是文本（含二进制字节或无法识别的编码），未检查。", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gbk_file_is_decoded_before_checking()
    {
        var file = Write("gbk.txt", "各单位要认真做好防讯工作。", Encoding.GetEncoding("GBK"));

        var (_, output, _) = await RunAsync(["check-text", file, "--format", "jsonl"]);

        using var hit = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("防讯", hit.RootElement.GetProperty("text").GetString());
        Assert.Equal(8, hit.RootElement.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Batch_mode_writes_one_line_per_typo_with_utf16_offsets_into_each_text()
    {
        var texts = new[]
        {
            ("s1", "对安全生产工作进行安排布署，各村参加。"),
            ("s2", "本年度共收到申请12件，全部按时答复。"),
            ("s3", "😀表情之后：坚持四个自新。"), // a surrogate pair before the typo: offsets count UTF-16 units
        };
        var file = Write("batch.jsonl", string.Join('\n', texts.Select(t => JsonSerializer.Serialize(new { id = t.Item1, text = t.Item2 }))), Encoding.UTF8);

        var (exit, output, _) = await RunAsync(["check-text", "--jsonl", file]);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["s1", "s3"], lines.Select(l => l.GetProperty("id").GetString()));
        foreach (var line in lines)
        {
            var text = texts.Single(t => t.Item1 == line.GetProperty("id").GetString()).Item2;
            var start = line.GetProperty("start").GetInt32();
            var end = line.GetProperty("end").GetInt32();
            Assert.Equal(line.GetProperty("text").GetString(), text[start..end]);
            foreach (var field in new[] { "suggestion", "rule", "severity" })
            {
                Assert.True(line.TryGetProperty(field, out _), field);
            }
        }
    }

    [Fact]
    public async Task Bad_batch_lines_are_named_and_skipped()
    {
        var file = Write("bad.jsonl", string.Join('\n',
            "{\"id\":\"ok\",\"text\":\"做好防讯工作\"}",
            "not json",
            "{\"id\":\"x\"}",
            "[1,2]",
            "{\"id\":\"d\",\"text\":\"做好防讯工作\",\"date\":20240512}",
            "{\"id\":\"y\",\"text\":\"做好防讯工作\",\"doc_year\":\"2020\"}",
            "{\"id\":\"last\",\"text\":\"做好防讯工作\"}"), Encoding.UTF8);

        var (exit, output, error) = await RunAsync(["check-text", "--jsonl", file]);

        Assert.Equal(ExitCodes.Failure, exit);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["ok", "d", "y", "last"], ids); // every good line is checked, before and after the bad ones
        Assert.Contains("第 2 行不是有效的 JSON（第 2 个字符附近），已跳过。", error, StringComparison.Ordinal); // "no…" is no literal
        Assert.DoesNotContain("invalid", error, StringComparison.Ordinal);
        Assert.Contains("第 3 行缺少字符串字段", error, StringComparison.Ordinal);
        Assert.Contains("第 4 行不是 JSON 对象", error, StringComparison.Ordinal);
        Assert.Contains("第 5 行的 \"date\" 不是 YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_is_reported_in_chinese_with_the_character_column_only()
    {
        var file = Write("broken.jsonl", "{\"id\":\"中文编号\",\"text\":\"做好防讯工作\" oops}", Encoding.UTF8);

        var (_, _, error) = await RunAsync(["check-text", "--jsonl", file]);

        // "oops" starts at character 30 (the Chinese before it is 3 UTF-8 bytes a character, not 3 columns).
        Assert.Contains("第 1 行不是有效的 JSON（第 30 个字符附近），已跳过。", error, StringComparison.Ordinal);
        var english = System.Text.RegularExpressions.Regex.Matches(error, "[A-Za-z]{3,}").Select(m => m.Value).Where(w => w != "JSON").ToList();
        Assert.Empty(english);
    }

    [Fact]
    public async Task More_typos_than_the_cap_are_cut_with_a_warning()
    {
        var file = Write("many.txt", string.Concat(Enumerable.Repeat("做好防讯工作。", 10_050)), Encoding.UTF8);

        var (exit, output, error) = await RunAsync(["check-text", file, "--format", "jsonl"]);

        Assert.Equal(0, exit);
        Assert.Equal(ComplianceFns.Rules.Typos.TypoDetector.MaxHits, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("上限", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_without_chinese_or_empty_gives_no_typo()
    {
        var empty = Write("empty.txt", "", Encoding.UTF8);
        var english = Write("en.txt", "The quick brown fox jumps over the lazy dog. 12345 http://example.com/a?b=c", Encoding.UTF8);

        var (exit1, output1, _) = await RunAsync(["check-text", empty]);
        var (exit2, output2, _) = await RunAsync(["check-text", english]);

        Assert.Equal((0, 0), (exit1, exit2));
        Assert.Contains("未发现错别字", output1, StringComparison.Ordinal);
        Assert.Contains("未发现错别字", output2, StringComparison.Ordinal);
    }

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, encoding.GetBytes(text));
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, new CliConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
