namespace ComplianceFns.Cli;

/// <summary>
/// The command finished its checks and printed every finding, but the store could not be opened or written: the
/// dispatcher says so in Chinese (exit 3), with <see cref="Exception.InnerException"/> as the storage failure.
/// </summary>
public sealed class RunNotStoredException(Exception storageFailure) : Exception("The run's findings could not be stored.", storageFailure);
