using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplianceFns.Engine.Tests.Reporting;

/// <summary>WCAG 2 contrast ratio between two CSS computed colours (<c>rgb(r, g, b)</c> or <c>rgba(r, g, b, a)</c>).</summary>
internal static partial class WcagContrast
{
    public static double Ratio(string foreground, string background)
    {
        var back = Parse(background);
        if (back.A < 1)
        {
            throw new ArgumentException($"background must be opaque: {background}", nameof(background));
        }

        var fore = Parse(foreground);
        // A translucent text colour shows blended over its background.
        var blended = (R: Blend(fore.R, back.R, fore.A), G: Blend(fore.G, back.G, fore.A), B: Blend(fore.B, back.B, fore.A));
        var l1 = Luminance(blended.R, blended.G, blended.B);
        var l2 = Luminance(back.R, back.G, back.B);
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    public static (double R, double G, double B, double A) Parse(string color)
    {
        var match = RgbPattern().Match(color);
        if (!match.Success)
        {
            throw new FormatException($"not an rgb()/rgba() colour: {color}");
        }

        double Part(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (Part(1), Part(2), Part(3), match.Groups[4].Success ? Part(4) : 1);
    }

    private static double Blend(double fore, double back, double alpha) => (fore * alpha) + (back * (1 - alpha));

    private static double Luminance(double r, double g, double b) => (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));

    private static double Channel(double value)
    {
        var c = value / 255;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex(@"^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$")]
    private static partial Regex RgbPattern();
}
