using System.Runtime.ExceptionServices;

namespace PublicityCheck.Releases;

/// <summary>
/// One part of a <see cref="ReleaseModel"/>, built once: its value, or the failure that building it met, thrown again
/// to each rule that reads the part. A pathological release that defeats one part (a quotation pattern running past
/// its time limit) then fails only the rules that need that part (PC0005), and every other rule still runs.
/// </summary>
internal readonly struct ModelPart<T>
{
    private readonly T _value;
    private readonly ExceptionDispatchInfo? _failure;

    private ModelPart(T value, ExceptionDispatchInfo? failure)
    {
        _value = value;
        _failure = failure;
    }

    /// <summary>The value; throws the failure building it met.</summary>
    public T Value
    {
        get
        {
            _failure?.Throw();
            return _value;
        }
    }

    public static implicit operator ModelPart<T>(T value) => new(value, null);

    /// <summary>Builds a part now; a stopped build still stops.</summary>
    public static ModelPart<T> Build(Func<T> build, CancellationToken cancellationToken)
    {
        try
        {
            return new ModelPart<T>(build(), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The failure belongs to the rules that read this part, as an analyzer's own would.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ModelPart<T>(default!, ExceptionDispatchInfo.Capture(ex));
        }
    }

    /// <summary>A part built from this one, failing as this one failed.</summary>
    public ModelPart<TResult> Then<TResult>(Func<T, TResult> build, CancellationToken cancellationToken)
    {
        if (_failure is not null)
        {
            return ModelPart<TResult>.Failed(_failure);
        }

        var value = _value;
        return ModelPart<TResult>.Build(() => build(value), cancellationToken);
    }

    private static ModelPart<T> Failed(ExceptionDispatchInfo failure) => new(default!, failure);
}
