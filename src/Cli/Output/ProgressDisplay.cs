using ComplianceFns.Engine.Inspection;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// Progress on stderr: one line redrawn in place on a terminal; a line every few seconds when redirected (CI logs).
/// </summary>
public sealed class ProgressDisplay(TextWriter error, bool interactive) : IProgress<InspectionProgress>
{
    private readonly Lock _gate = new();
    private DateTime _lastWrite = DateTime.MinValue;

    public void Report(InspectionProgress value)
    {
        lock (_gate)
        {
            var now = DateTime.UtcNow;
            if (now - _lastWrite < (interactive ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(3)))
            {
                return;
            }

            _lastWrite = now;
            var line = value.Phase == "crawl"
                ? $"抓取中：已抓取页面 {value.PagesCrawled}，待抓取 {value.PagesQueued}，已检查链接 {value.TargetsChecked}"
                : $"检查链接：{value.TargetsChecked}/{value.TargetsTotal}（页面 {value.PagesCrawled}）";
            if (interactive)
            {
                error.Write("\r\u001b[2K" + line);
            }
            else
            {
                error.WriteLine(line);
            }
        }
    }

    public void Finish()
    {
        if (interactive)
        {
            lock (_gate)
            {
                error.Write("\r\u001b[2K");
            }
        }
    }
}
