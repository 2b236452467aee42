using ComplianceFns.Engine.Inspection;
using Spectre.Console;

namespace ComplianceFns.Cli.Output;

/// <summary>
/// Progress on stderr that never freezes: it is redrawn on a clock, not only when something completes, so a run
/// waiting on slow links says so (等待 3 个慢速链接). On a terminal it is a Spectre.Console status line (a spinner,
/// trimmed to the terminal's width in display cells, so Chinese text never wraps); when redirected (CI logs, tests)
/// a plain line every few seconds, and every ten while waiting. It ends with the run's true totals.
/// </summary>
public sealed class ProgressDisplay : IProgress<InspectionProgress>
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LogWhileWaitingEvery = TimeSpan.FromSeconds(10);

    private readonly TextWriter _error;
    private readonly ProgressState _state;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _rendering;
    private string? _logged;
    private bool _loggedWaiting;
    private DateTimeOffset _loggedAt = DateTimeOffset.MinValue;

    private ProgressDisplay(TextWriter error, bool interactive, TimeProvider time)
    {
        _error = error;
        _time = time;
        _state = new ProgressState(time);
        _rendering = interactive ? Task.Run(RenderLiveAsync) : Task.Run(LogAsync);
    }

    public static ProgressDisplay For(CliConsole console) => new(console.Error, console.ErrorIsTerminal, TimeProvider.System);

    public void Report(InspectionProgress value) => _state.Update(value);

    /// <summary>Stops the display; with a result, prints its totals as the last progress line.</summary>
    public void Finish(InspectionResult? result = null)
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
            try
            {
                _rendering.Wait(TimeSpan.FromSeconds(2));
            }
            catch (AggregateException)
            {
                // The display is advisory; a broken terminal must not fail the run.
            }
        }

        if (result is not null)
        {
            _error.WriteLine($"进度：{(result.Cancelled ? "已停止" : "已完成")}，抓取页面 {result.PagesCrawled} 个，检查链接目标 {result.TargetsChecked} 个。");
        }
    }

    private async Task RenderLiveAsync()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error) });
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(_state.Render()), async context =>
        {
            while (!_stop.IsCancellationRequested)
            {
                context.Status(Markup.Escape(_state.Render()));
                await Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    private async Task LogAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var line = _state.Render();
            var waiting = _state.Waiting;
            var since = _time.GetUtcNow() - _loggedAt;
            // A wait is told as soon as it starts, then every ten seconds; otherwise a changed line every three.
            if (line != _logged && (_logged is null || (waiting && !_loggedWaiting) || since >= (waiting ? LogWhileWaitingEvery : LogEvery)))
            {
                _error.WriteLine(line);
                _logged = line;
                _loggedWaiting = waiting;
                _loggedAt = _time.GetUtcNow();
            }

            await Delay(TimeSpan.FromMilliseconds(250)).ConfigureAwait(false);
        }
    }

    private async Task Delay(TimeSpan interval)
    {
        try
        {
            await Task.Delay(interval, _time, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
