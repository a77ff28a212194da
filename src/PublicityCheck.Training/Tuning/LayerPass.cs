using System.Numerics.Tensors;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// One transformer layer run over one sentence of <c>T</c> tokens, keeping what its backward pass needs. A sentence is
/// run alone, so there is no padding and no mask: every token attends to every other. With a <see cref="Random"/>,
/// dropout is applied where BERT applies it in training (the attention's probabilities, and each sub-layer's output
/// before its residual sum); without one, the layer is deterministic, as at inference.
/// </summary>
internal sealed class LayerPass
{
    private readonly LayerWeights _w;
    private readonly int _t;
    private readonly int _h;
    private readonly int _f;
    private readonly int _heads;
    private readonly int _d;
    private readonly float _dropout;

    // Activations, row-major, [T × width].
    private readonly float[] _input;
    private readonly float[] _q;
    private readonly float[] _k;
    private readonly float[] _v;
    private readonly float[] _probabilities; // [heads × T × T], after softmax, before dropout
    private readonly float[]? _probabilityMask; // [heads × T × T], 0 or 1/(1 − p)
    private readonly float[] _context;
    private readonly float[]? _attentionMask;
    private readonly float[] _attentionNormalised;
    private readonly float[] _attentionInverse;
    private readonly float[] _attended; // the attention block's output, after its normalisation
    private readonly float[] _up; // before GELU
    private readonly float[] _activated; // after GELU
    private readonly float[] _cdf; // Φ of the values before GELU, which its derivative reuses
    private readonly float[]? _downMask;
    private readonly float[] _outputNormalised;
    private readonly float[] _outputInverse;

    private LayerPass(LayerWeights weights, int tokens, float dropout, bool training)
    {
        _w = weights;
        _t = tokens;
        _h = weights.Shape.Hidden;
        _f = weights.Shape.Intermediate;
        _heads = weights.Shape.Heads;
        _d = weights.Shape.HeadSize;
        _dropout = dropout;
        _input = new float[_t * _h];
        _q = new float[_t * _h];
        _k = new float[_t * _h];
        _v = new float[_t * _h];
        _probabilities = new float[_heads * _t * _t];
        _context = new float[_t * _h];
        _attentionNormalised = new float[_t * _h];
        _attentionInverse = new float[_t];
        _attended = new float[_t * _h];
        _up = new float[_t * _f];
        _activated = new float[_t * _f];
        _cdf = new float[_t * _f];
        _outputNormalised = new float[_t * _h];
        _outputInverse = new float[_t];
        if (training && dropout > 0)
        {
            _probabilityMask = new float[_heads * _t * _t];
            _attentionMask = new float[_t * _h];
            _downMask = new float[_t * _h];
        }
    }

    /// <summary>
    /// Runs <paramref name="weights"/> over <paramref name="input"/>[T × hidden] into <paramref name="output"/>, drawing dropout
    /// from <paramref name="random"/> when one is given; the pass returned can then run backward.
    /// </summary>
    public static LayerPass Forward(LayerWeights weights, ReadOnlySpan<float> input, Span<float> output, float dropout = 0, Random? random = null)
    {
        var tokens = input.Length / weights.Shape.Hidden;
        var pass = new LayerPass(weights, tokens, dropout, random is not null);
        pass.Run(input, output, random);
        return pass;
    }

    /// <summary>
    /// From the gradient of the loss with respect to this layer's output, adds the gradient of every weight into
    /// <paramref name="gradients"/> and, when <paramref name="inputGradient"/> is not empty, writes the input's.
    /// </summary>
    public void Backward(ReadOnlySpan<float> outputGradient, LayerWeights gradients, Span<float> inputGradient)
    {
        int t = _t, h = _h, f = _f;
        var scratch = new float[Math.Max(h, _t)];

        // Output normalisation: y = LN(down + attended).
        var dSum2 = new float[t * h];
        Kernels.LayerNormBackward(outputGradient, _outputNormalised, _outputInverse, _w.NormScale, gradients.NormScale, gradients.NormShift, dSum2, scratch);
        var dAttended = (float[])dSum2.Clone();
        var dDown = dSum2;
        if (_downMask is not null)
        {
            TensorPrimitives.Multiply(dDown, _downMask, dDown);
        }

        Kernels.AddMatMulTransposedA(_activated, dDown, gradients.Down, t, f, h);
        Kernels.AddColumnSums(dDown, gradients.DownBias);
        var dActivated = new float[t * f];
        Kernels.MatMulTransposedB(dDown, _w.Down, dActivated, t, h, f);
        for (var i = 0; i < dActivated.Length; i++)
        {
            dActivated[i] *= Kernels.GeluDerivative(_up[i], _cdf[i]);
        }

        Kernels.AddMatMulTransposedA(_attended, dActivated, gradients.Up, t, h, f);
        Kernels.AddColumnSums(dActivated, gradients.UpBias);
        Kernels.MatMulTransposedB(dActivated, _w.Up, dAttended, t, f, h, accumulate: true);

        // Attention normalisation: attended = LN(projected + input).
        var dSum1 = new float[t * h];
        Kernels.LayerNormBackward(dAttended, _attentionNormalised, _attentionInverse, _w.AttentionNormScale, gradients.AttentionNormScale, gradients.AttentionNormShift, dSum1, scratch);
        var dInput = inputGradient.IsEmpty ? null : (float[])dSum1.Clone();
        var dProjected = dSum1;
        if (_attentionMask is not null)
        {
            TensorPrimitives.Multiply(dProjected, _attentionMask, dProjected);
        }

        Kernels.AddMatMulTransposedA(_context, dProjected, gradients.Output, t, h, h);
        Kernels.AddColumnSums(dProjected, gradients.OutputBias);
        var dContext = new float[t * h];
        Kernels.MatMulTransposedB(dProjected, _w.Output, dContext, t, h, h);

        // Each head: context = dropout(P) · V, P = softmax(Q Kᵀ / √d).
        var dq = new float[t * h];
        var dk = new float[t * h];
        var dv = new float[t * h];
        var qh = new float[t * _d];
        var kh = new float[t * _d];
        var vh = new float[t * _d];
        var dch = new float[t * _d];
        var dP = new float[t * t];
        var dropped = new float[t * t];
        var tmp = new float[t * _d];
        var scale = 1f / MathF.Sqrt(_d);
        for (var head = 0; head < _heads; head++)
        {
            Gather(_q, head, qh);
            Gather(_k, head, kh);
            Gather(_v, head, vh);
            Gather(dContext, head, dch);
            var p = _probabilities.AsSpan(head * t * t, t * t);
            ReadOnlySpan<float> used = p;
            if (_probabilityMask is not null)
            {
                TensorPrimitives.Multiply(p, _probabilityMask.AsSpan(head * t * t, t * t), dropped);
                used = dropped;
            }

            // dV = usedᵀ · dC
            Array.Clear(tmp);
            Kernels.AddMatMulTransposedA(used, dch, tmp, t, t, _d);
            Scatter(tmp, head, dv);

            // d(used) = dC · Vᵀ, then through dropout to dP, then through softmax to dS.
            Kernels.MatMulTransposedB(dch, vh, dP, t, _d, t);
            if (_probabilityMask is not null)
            {
                TensorPrimitives.Multiply(dP, _probabilityMask.AsSpan(head * t * t, t * t), dP);
            }

            for (var r = 0; r < t; r++)
            {
                var pr = p.Slice(r * t, t);
                var dr = dP.AsSpan(r * t, t);
                var dot = TensorPrimitives.Dot(pr, dr);
                TensorPrimitives.Subtract(dr, dot, dr);
                TensorPrimitives.Multiply(dr, pr, dr);
                TensorPrimitives.Multiply(dr, scale, dr);
            }

            // dQ = dS · K, dK = dSᵀ · Q
            Kernels.MatMul(dP, kh, tmp, t, t, _d);
            Scatter(tmp, head, dq);
            Array.Clear(tmp);
            Kernels.AddMatMulTransposedA(dP, qh, tmp, t, t, _d);
            Scatter(tmp, head, dk);
        }

        foreach (var (d, weight, bias, gradient, biasGradient) in new[]
        {
            (dq, _w.Query, _w.QueryBias, gradients.Query, gradients.QueryBias),
            (dk, _w.Key, _w.KeyBias, gradients.Key, gradients.KeyBias),
            (dv, _w.Value, _w.ValueBias, gradients.Value, gradients.ValueBias),
        })
        {
            Kernels.AddMatMulTransposedA(_input, d, gradient, t, h, h);
            Kernels.AddColumnSums(d, biasGradient);
            if (dInput is not null)
            {
                Kernels.MatMulTransposedB(d, weight, dInput, t, h, h, accumulate: true);
            }
        }

        dInput?.CopyTo(inputGradient);
    }

    private void Run(ReadOnlySpan<float> input, Span<float> output, Random? random)
    {
        int t = _t, h = _h, f = _f;
        input.CopyTo(_input);
        Project(input, _w.Query, _w.QueryBias, _q, h);
        Project(input, _w.Key, _w.KeyBias, _k, h);
        Project(input, _w.Value, _w.ValueBias, _v, h);

        var qh = new float[t * _d];
        var kh = new float[t * _d];
        var vh = new float[t * _d];
        var ch = new float[t * _d];
        var dropped = new float[t * t];
        var scale = 1f / MathF.Sqrt(_d);
        for (var head = 0; head < _heads; head++)
        {
            Gather(_q, head, qh);
            Gather(_k, head, kh);
            Gather(_v, head, vh);
            var p = _probabilities.AsSpan(head * t * t, t * t);
            Kernels.MatMulTransposedB(qh, kh, p, t, _d, t);
            TensorPrimitives.Multiply(p, scale, p);
            Kernels.SoftmaxRows(p, t);
            ReadOnlySpan<float> used = p;
            if (_probabilityMask is not null)
            {
                var mask = _probabilityMask.AsSpan(head * t * t, t * t);
                DrawMask(mask, random!);
                TensorPrimitives.Multiply(p, mask, dropped);
                used = dropped;
            }

            Kernels.MatMul(used, vh, ch, t, t, _d);
            Scatter(ch, head, _context);
        }

        var sum = new float[t * h];
        Project(_context, _w.Output, _w.OutputBias, sum, h);
        if (_attentionMask is not null)
        {
            DrawMask(_attentionMask, random!);
            TensorPrimitives.Multiply(sum, _attentionMask, sum);
        }

        TensorPrimitives.Add(sum, input, sum);
        Kernels.LayerNorm(sum, _w.AttentionNormScale, _w.AttentionNormShift, _attended, _attentionNormalised, _attentionInverse);

        Kernels.MatMul(_attended, _w.Up, _up, t, h, f);
        Kernels.AddRows(_up, _w.UpBias);
        for (var i = 0; i < _up.Length; i++)
        {
            _cdf[i] = Kernels.NormalCdf(_up[i]);
            _activated[i] = _up[i] * _cdf[i];
        }

        Kernels.MatMul(_activated, _w.Down, sum, t, f, h);
        Kernels.AddRows(sum, _w.DownBias);
        if (_downMask is not null)
        {
            DrawMask(_downMask, random!);
            TensorPrimitives.Multiply(sum, _downMask, sum);
        }

        TensorPrimitives.Add(sum, _attended, sum);
        Kernels.LayerNorm(sum, _w.NormScale, _w.NormShift, output, _outputNormalised, _outputInverse);
    }

    private void Project(ReadOnlySpan<float> x, float[] weight, float[] bias, Span<float> y, int width)
    {
        Kernels.MatMul(x, weight, y, _t, _h, width);
        Kernels.AddRows(y, bias);
    }

    private void DrawMask(Span<float> mask, Random random)
    {
        var keep = 1f / (1 - _dropout);
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = random.NextSingle() < _dropout ? 0 : keep;
        }
    }

    // One head's columns of a [T × hidden] matrix, as a [T × head size] matrix, and back.
    private void Gather(ReadOnlySpan<float> all, int head, Span<float> part)
    {
        for (var r = 0; r < _t; r++)
        {
            all.Slice((r * _h) + (head * _d), _d).CopyTo(part.Slice(r * _d, _d));
        }
    }

    private void Scatter(ReadOnlySpan<float> part, int head, Span<float> all)
    {
        for (var r = 0; r < _t; r++)
        {
            part.Slice(r * _d, _d).CopyTo(all.Slice((r * _h) + (head * _d), _d));
        }
    }
}
