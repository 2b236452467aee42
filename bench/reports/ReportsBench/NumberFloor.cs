namespace ReportsBench;

/// <summary>
/// The peer: what any report parser must at least do. Split the text into lines, split every line on bars and
/// spaces, and int.TryParse every token. No labels, no sections, no checks.
/// </summary>
public static class NumberFloor
{
    private static readonly char[] Separators = ['|', ' ', '\t'];

    public static long SumOfNumbers(string text)
    {
        long sum = 0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var token in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(token, out var value))
                {
                    sum += value;
                }
            }
        }

        return sum;
    }
}
