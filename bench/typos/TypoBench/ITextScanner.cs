namespace TypoBench;

/// <summary>One engine under measurement: scans a page and returns how many spans it flagged.</summary>
public interface ITextScanner
{
    int Scan(string page);
}
