using System.Text;

namespace ComplianceFns.Engine.Extraction;

/// <summary>
/// Accumulates text with whitespace collapsed as it arrives: runs of whitespace become one space, block
/// boundaries become one newline (or a space in single-line mode), and nothing is kept past a character cap.
/// </summary>
internal sealed class CollapsingTextWriter(int maxChars, bool singleLine)
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private bool _pendingBreak;

    public bool IsFull => _text.Length >= maxChars;

    public bool Truncated { get; private set; }

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (IsFull)
            {
                Truncated = true;
                return;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_text.Length > 0)
            {
                if (_pendingBreak)
                {
                    _text.Append(singleLine ? ' ' : '\n');
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
            }

            _pendingSpace = false;
            _pendingBreak = false;
            _text.Append(c);
        }
    }

    /// <summary>Starts a new line before the next text (a block element boundary or &lt;br&gt;).</summary>
    public void Break() => _pendingBreak = true;

    /// <summary>Separates the next text by a space (table cells).</summary>
    public void Space() => _pendingSpace = true;

    public override string ToString() => _text.Length > maxChars ? _text.ToString(0, maxChars) : _text.ToString();
}
