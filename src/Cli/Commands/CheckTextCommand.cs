using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceFns.Cli.Arguments;
using ComplianceFns.Engine.Extraction;
using ComplianceFns.Rules.Findings;
using ComplianceFns.Rules.Typos;
using ComplianceFns.Rules.Typos.Statistics;

namespace ComplianceFns.Cli.Commands;

/// <summary>
/// <c>check-text &lt;file|-&gt;</c>: typos in one text; <c>check-text --jsonl FILE</c>: a batch of
/// <c>{"id","text"}</c> lines, one output line per typo with UTF-16 offsets into the given text.
/// </summary>
public static class CheckTextCommand
{
    public static CommandSpec Spec { get; } = new(
        "check-text",
        "检查一段文本中的错别字和标点格式问题；--jsonl 为批量模式",
        new PositionalSpec("文件|-", "文本文件（UTF-8 或 GBK），- 表示标准输入；与 --jsonl 不同用"),
        [
            CommonOptions.Format,
            OptionSpec.Value("jsonl", "FILE", "批量模式：逐行读取 {\"id\",\"text\"[,\"date\"|\"doc_year\"]}，每处错别字输出一行 JSON"),
            OptionSpec.Value("date", "YYYY-MM-DD", "文本的发布日期（用于判断日期类表述）"),
            CommonOptions.Organ,
            OptionSpec.Value("min-severity", "serious|general|hint", "只列出该级别或更高级别的问题（默认 hint）"),
        ],
        RunAsync);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        var minimum = parsed.Choice("min-severity", "hint", "serious", "general", "hint") switch
        {
            "serious" => Severity.Serious,
            "general" => Severity.General,
            _ => Severity.Hint,
        };
        var context = new TypoContext
        {
            PageDate = parsed.Value("date") is { } date
                ? ParseDate(date) ?? throw new UsageException($"--date 应为 YYYY-MM-DD 格式的日期（收到“{date}”）")
                : null,
            OrganName = parsed.Value("organ"),
        };
        var detector = TypoDetector.CreateDefault(new StatisticalLayer());
        if (parsed.Value("jsonl") is { } batch)
        {
            if (parsed.Positionals.Count > 0)
            {
                throw new UsageException("check-text --jsonl 不能再给其他输入文件");
            }

            return await RunBatchAsync(batch, detector, context, minimum, console, cancellationToken).ConfigureAwait(false);
        }

        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("check-text 需要一个输入：文本文件，或用 - 表示标准输入");
        }

        var format = parsed.Choice("format", "table", "table", "jsonl");
        var input = parsed.Positionals[0];
        var text = await ReadTextAsync(input, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            console.Error.WriteLine($"错误：“{(input == "-" ? "标准输入" : input)}”不是文本（含二进制字节或无法识别的编码），未检查。");
            return ExitCodes.Usage;
        }

        var hits = detector.Detect(text, context).Where(h => h.Severity >= minimum).ToList();
        if (hits.Count >= TypoDetector.MaxHits)
        {
            console.Error.WriteLine($"注意：疑似错别字达到 {TypoDetector.MaxHits} 处上限，之后的文字未再检查。");
        }
        if (format == "jsonl")
        {
            foreach (var hit in hits)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(Line(null, hit), Json));
            }
        }
        else
        {
            WriteTable(console.Out, input, text, hits);
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunBatchAsync(string path, TypoDetector detector, TypoContext context, Severity minimum, CliConsole console, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var bad = 0;
        using var reader = OpenReader(path);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id;
            string? text;
            var lineContext = context;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    console.Error.WriteLine($"第 {lineNumber} 行不是 JSON 对象，已跳过。");
                    bad++;
                    continue;
                }

                id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
                text = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String ? textElement.GetString() : null;

                // An optional page date ("date": "2024-05-12", or the development set's "doc_year") dates the text.
                if (root.TryGetProperty("date", out var dateElement))
                {
                    if (dateElement.ValueKind == JsonValueKind.String && ParseDate(dateElement.GetString()!) is { } date)
                    {
                        lineContext = context with { PageDate = date };
                    }
                    else
                    {
                        console.Error.WriteLine($"第 {lineNumber} 行的 \"date\" 不是 YYYY-MM-DD，已按无日期检查。");
                    }
                }
                else if (root.TryGetProperty("doc_year", out var yearElement) && yearElement.ValueKind == JsonValueKind.Number
                    && yearElement.TryGetInt32(out var year) && year is > 1900 and < 3000)
                {
                    lineContext = context with { PageDate = new DateOnly(year, 6, 30) };
                }
            }
            catch (JsonException ex)
            {
                // The parser's own message is English; staff get the place only.
                console.Error.WriteLine($"第 {lineNumber} 行不是有效的 JSON（第 {JsonErrorColumn(line, ex)} 个字符附近），已跳过。");
                bad++;
                continue;
            }

            if (text is null)
            {
                console.Error.WriteLine($"第 {lineNumber} 行缺少字符串字段 \"text\"，已跳过。");
                bad++;
                continue;
            }

            foreach (var hit in detector.Detect(text, lineContext).Where(h => h.Severity >= minimum))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(Line(id, hit), Json));
            }
        }

        return bad == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static Dictionary<string, object?> Line(string? id, TypoHit hit)
    {
        var line = new Dictionary<string, object?>();
        if (id is not null)
        {
            line["id"] = id;
        }

        line["start"] = hit.Start;
        line["end"] = hit.End;
        line["text"] = hit.Text;
        line["suggestion"] = hit.Suggestion;
        line["rule"] = hit.RuleId;
        line["severity"] = hit.Severity.ToToken();
        line["reason"] = hit.Reason;
        return line;
    }

    private static void WriteTable(TextWriter output, string input, string text, IReadOnlyList<TypoHit> hits)
    {
        if (hits.Count == 0)
        {
            output.WriteLine("未发现错别字。");
            return;
        }

        var index = 0;
        foreach (var hit in hits.OrderByDescending(h => h.Severity).ThenBy(h => h.Start))
        {
            index++;
            var (before, after) = TypoFindingFactory.ContextOf(text, hit);
            var fix = hit.Suggestion.Length == 0 ? "删除" : $"改为“{hit.Suggestion}”";
            output.WriteLine($"{index}. 【{hit.Severity.ToChinese()}】{hit.RuleId} 第 {hit.Start + 1} 字起：“{hit.Text}”建议{fix}");
            output.WriteLine($"   上下文：…{before}【{hit.Text}】{after}…");
            output.WriteLine($"   说明：{hit.Reason}");
        }

        // Punctuation and format hints (，，, unbalanced brackets, 文号 brackets, half-width marks) are counted apart
        // from 错别字: an office fixes them differently and the inspection weighs them differently.
        var format = hits.Count(h => FormatRules.Contains(h.RuleId));
        var typos = hits.Where(h => !FormatRules.Contains(h.RuleId)).ToList();
        var bySeverity = typos.GroupBy(h => h.Severity).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{input}：共 {text.Length} 字符，疑似错别字 {typos.Count} 处（严重 {bySeverity.GetValueOrDefault(Severity.Serious)}，一般 {bySeverity.GetValueOrDefault(Severity.General)}，提示 {bySeverity.GetValueOrDefault(Severity.Hint)}），标点与格式提示 {format} 处。");
    }

    private static readonly HashSet<string> FormatRules =
        ["typo.doubled-punctuation", "typo.unbalanced-bracket", "typo.doc-number-format", "typo.half-width-punctuation"];

    /// <summary>
    /// A file in any encoding the crawler understands (UTF-8, GBK …), or standard input; null when the bytes are not
    /// text (NUL or other control bytes, or undecodable), which would otherwise come out as hundreds of "typos".
    /// </summary>
    private static async Task<string?> ReadTextAsync(string input, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (input == "-")
        {
            using var buffer = new MemoryStream();
            await Console.OpenStandardInput().CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        else
        {
            if (!File.Exists(input))
            {
                throw new UsageException($"找不到文件：{input}");
            }

            bytes = await File.ReadAllBytesAsync(input, cancellationToken).ConfigureAwait(false);
        }

        if (LooksBinary(bytes))
        {
            return null;
        }

        var text = CharsetDecoder.Decode(bytes, contentTypeHeader: null).Text;
        return text.Count(c => c == '\uFFFD') > Math.Max(2, text.Length / 200) ? null : text;
    }

    /// <summary>NUL bytes, or more than 1 % control bytes other than tab, line and page breaks, in the first 64 KB.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 65536));
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                control++;
            }
        }

        return control > sample.Length / 100 + 1;
    }

    /// <summary>The 1-based character where the parser stopped; it counts UTF-8 bytes, which Chinese text would inflate.</summary>
    private static long JsonErrorColumn(string line, JsonException exception)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var offset = (int)Math.Clamp(exception.BytePositionInLine ?? 0, 0, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, offset) + 1;
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    private static StreamReader OpenReader(string path) =>
        path == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
            : File.Exists(path) ? new StreamReader(path, Encoding.UTF8)
            : throw new UsageException($"找不到文件：{path}");
}
