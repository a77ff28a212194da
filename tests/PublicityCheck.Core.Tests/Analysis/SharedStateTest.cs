using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PublicityCheck.Tests.Analysis;

/// <summary>What the engine works out about a release lives in its model, never in state shared across checks.</summary>
public sealed class SharedStateTest
{
    // The engine and the model it builds: Core, and the Abstractions that rules read the model through.
    private static readonly Assembly[] Engine = [typeof(PublicityChecker).Assembly, typeof(global::PublicityCheck.Releases.ReleaseModel).Assembly];

    private static IEnumerable<FieldInfo> StaticFields() =>
        Engine.SelectMany(assembly => assembly.GetTypes())
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute)));

    [Fact]
    public void Core_HasNoConditionalWeakTable()
    {
        var tables = StaticFields()
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>))
            .Select(f => $"{f.DeclaringType}.{f.Name}");

        Assert.Empty(tables);
    }

    [Fact]
    public void Core_HoldsNoStaticStateButWhatIsListedHere()
    {
        // Mutable collections and reassignable fields; immutable and frozen collections and arrays of constants are data.
        var state = StaticFields()
            .Where(f => !f.IsInitOnly
                || (!f.FieldType.IsArray && typeof(IEnumerable).IsAssignableFrom(f.FieldType)
                    && f.FieldType.Namespace is "System.Collections.Generic" or "System.Collections.Concurrent" or "System.Collections"))
            .Select(f => $"{f.DeclaringType}.{f.Name}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), state);
    }

    // Each with the reason it holds nothing worked out about a release.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["PublicityCheck.Analysis.AnalyzerAssemblyLoader.Loaded"] = "a process loads a council's assembly once; its analyzers are code, not facts about a release",
        ["PublicityCheck.Classification.Encoding.SentenceEncoder.BuiltIn"] = "the shipped encoder, one a precision and tuning, loaded once; it holds weights, and remembers sentences' vectors, never a release",
        ["PublicityCheck.Classification.NgramEvidence.FunctionWords"] = "a constant word list, never changed after it is built",
        ["PublicityCheck.Classification.PartisanModel.t_scratch"] = "a thread's scoring buffers, overwritten by every sentence scored",
        ["PublicityCheck.Text.WordTokens._recent"] = "a thread's last few texts cut into words, at most four and none longer than 200,000 characters",
    };
}
