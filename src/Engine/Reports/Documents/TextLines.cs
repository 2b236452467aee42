using System.Text;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Accumulates extracted text as lines: inline text is whitespace-collapsed, a break ends a non-empty line.</summary>
internal sealed class TextLines
{
    private readonly List<string> _lines = [];
    private readonly StringBuilder _current = new();
    private bool _pendingSpace;

    public IReadOnlyList<string> Lines => _lines;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _current.Append(' ');
                _pendingSpace = false;
            }

            _current.Append(c);
        }
    }

    public void Break()
    {
        if (_current.Length > 0)
        {
            _lines.Add(_current.ToString());
            _current.Clear();
        }

        _pendingSpace = false;
    }

    /// <summary>A complete line (a table row); ends the current one first.</summary>
    public void AddLine(string line)
    {
        Break();
        if (line.Length > 0)
        {
            _lines.Add(line);
        }
    }

    public override string ToString()
    {
        Break();
        return string.Join('\n', _lines);
    }
}
