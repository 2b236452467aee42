using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace ComplianceFns.Functions.Tests.Support;

/// <summary>
/// A FunctionContext for calling middleware without a host (the pattern of the worker repo's TestFunctionContext):
/// the function's name, its binding data (e.g. a queue trigger's QueueTrigger / Id / DequeueCount) and the app's services.
/// </summary>
public sealed class TestFunctionContext : FunctionContext
{
    private TestFunctionContext(string functionName, IReadOnlyDictionary<string, object?> bindingData, IServiceProvider services)
    {
        FunctionDefinition = new Definition(functionName);
        BindingContext = new Bindings(bindingData);
        InstanceServices = services;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId { get; } = Guid.NewGuid().ToString();

    public override TraceContext TraceContext { get; } = new Trace();

    public override BindingContext BindingContext { get; }

    public override RetryContext RetryContext => null!;

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException("Not used by the middleware under test.");

    public static TestFunctionContext Create(string functionName, IServiceProvider services, IReadOnlyDictionary<string, object?>? bindingData = null) =>
        new(functionName, bindingData ?? new Dictionary<string, object?>(), services);

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }

    private sealed class Trace : TraceContext
    {
        public override string TraceParent => string.Empty;

        public override string TraceState => string.Empty;
    }

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(Definition).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id { get; } = Guid.NewGuid().ToString();

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
