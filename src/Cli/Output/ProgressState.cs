using ComplianceFns.Engine.Inspection;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// What an inspection is doing, from its progress reports and the clock: counts so far, and what it has been waiting
/// on since the last page or link completed. Rendered as one Chinese line.
/// </summary>
public sealed class ProgressState(TimeProvider time)
{
    /// <summary>No completion for this long: the line says what the run is waiting on.</summary>
    public static readonly TimeSpan WaitingAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private InspectionProgress? _last;
    private DateTimeOffset _lastCompletion = time.GetUtcNow();

    public void Update(InspectionProgress value)
    {
        lock (_gate)
        {
            _last = value;
            _lastCompletion = time.GetUtcNow();
        }
    }

    /// <summary>True while nothing has completed for <see cref="WaitingAfter"/> and work is outstanding.</summary>
    public bool Waiting
    {
        get
        {
            lock (_gate)
            {
                return Outstanding(_last) > 0 && time.GetUtcNow() - _lastCompletion >= WaitingAfter;
            }
        }
    }

    public string Render()
    {
        lock (_gate)
        {
            if (_last is not { } p)
            {
                return "正在读取起始页面…";
            }

            var waited = (int)(time.GetUtcNow() - _lastCompletion).TotalSeconds;
            var waiting = Outstanding(p) > 0 && waited >= WaitingAfter.TotalSeconds;
            if (p.Phase == "crawl")
            {
                var line = $"抓取中：已抓取页面 {p.PagesCrawled}，待抓取 {p.PagesQueued}，已发现链接目标 {p.TargetsChecked}";
                return waiting ? $"{line}；等待 {p.PagesQueued} 个慢速页面（{waited} 秒无新进展）" : line;
            }

            var check = $"检查链接：{p.TargetsChecked}/{p.TargetsTotal}（页面 {p.PagesCrawled}）";
            return waiting ? $"{check}；等待 {Outstanding(p)} 个慢速链接（{waited} 秒无新进展）" : check;
        }
    }

    private static int Outstanding(InspectionProgress? p) => p switch
    {
        null => 0,
        { Phase: "crawl" } => p.PagesQueued,
        _ => p.TargetsTotal - p.TargetsChecked,
    };
}
