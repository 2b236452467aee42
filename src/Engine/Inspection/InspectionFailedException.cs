namespace ComplianceFns.Engine.Inspection;

/// <summary>One or more site inspections could not complete (storage down, unexpected error); the message names them.</summary>
public sealed class InspectionFailedException(string message) : Exception(message);
