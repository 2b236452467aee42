using ComplianceFns.FaultDrill;

// Usage: FaultDrill <cli.dll> [seed]
// Drives the CLI against the sample site and a private Azurite through faults, and checks the findings history after
// every step. Prints one line per step and "N passed, N failed"; exit 1 when any step failed.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: FaultDrill <compliancefns.dll> [seed]");
    return 2;
}

var seed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount;
Console.WriteLine($"fault drill, seed {seed}");
await using var drill = await Drill.StartAsync(args[0], new Random(seed));
var steps = await drill.RunAllAsync();
var failed = steps.Count(s => !s.Passed);
Console.WriteLine();
Console.WriteLine($"{steps.Count - failed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
