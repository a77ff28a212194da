using System.Numerics;
using System.Numerics.Tensors;

namespace PublicityCheck.Training.Tuning;

/// <summary>
/// The arithmetic of a transformer layer over row-major matrices held in spans: products of matrices in the three
/// shapes a layer and its gradients need, layer normalisation, GELU and softmax. Single-threaded by design: training
/// runs one sentence per thread, so each sentence's matrices are small and stay in cache.
/// </summary>
internal static class Kernels
{
    /// <summary>The small constant layer normalisation adds to the variance, as BERT's models were trained with.</summary>
    public const float NormEpsilon = 1e-12f;

    /// <summary><paramref name="c"/>[m×n] = <paramref name="a"/>[m×k] · <paramref name="b"/>[k×n] (+ <paramref name="c"/> when accumulating).</summary>
    public static void MatMul(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        Check(a.Length, m * k, b.Length, k * n, c.Length, m * n);
        if (!accumulate)
        {
            c.Clear();
        }

        // Four rows of the product at a time share each row of b as it streams past, which quarters its traffic.
        var row = 0;
        for (; row + 4 <= m; row += 4)
        {
            var c0 = c.Slice(row * n, n);
            var c1 = c.Slice((row + 1) * n, n);
            var c2 = c.Slice((row + 2) * n, n);
            var c3 = c.Slice((row + 3) * n, n);
            for (var p = 0; p < k; p++)
            {
                AddScaled4(b.Slice(p * n, n), a[(row * k) + p], a[((row + 1) * k) + p], a[((row + 2) * k) + p], a[((row + 3) * k) + p], c0, c1, c2, c3);
            }
        }

        for (; row < m; row++)
        {
            var cr = c.Slice(row * n, n);
            for (var p = 0; p < k; p++)
            {
                TensorPrimitives.MultiplyAdd(b.Slice(p * n, n), a[(row * k) + p], cr, cr);
            }
        }
    }

    /// <summary><paramref name="c"/>[m×n] = <paramref name="a"/>[m×k] · <paramref name="b"/>[n×k]ᵀ (+ <paramref name="c"/> when accumulating).</summary>
    public static void MatMulTransposedB(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        Check(a.Length, m * k, b.Length, n * k, c.Length, m * n);
        for (var i = 0; i < m; i++)
        {
            var ar = a.Slice(i * k, k);
            for (var j = 0; j < n; j++)
            {
                var dot = TensorPrimitives.Dot(ar, b.Slice(j * k, k));
                c[(i * n) + j] = accumulate ? c[(i * n) + j] + dot : dot;
            }
        }
    }

    /// <summary><paramref name="c"/>[k×n] += <paramref name="a"/>[m×k]ᵀ · <paramref name="b"/>[m×n]: a weight's gradient from its inputs and its outputs' gradients.</summary>
    public static void AddMatMulTransposedA(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n)
    {
        Check(a.Length, m * k, b.Length, m * n, c.Length, k * n);
        for (var p = 0; p < k; p++)
        {
            var cr = c.Slice(p * n, n);
            var i = 0;
            for (; i + 4 <= m; i += 4)
            {
                AddScaled4Into(b.Slice(i * n, n), b.Slice((i + 1) * n, n), b.Slice((i + 2) * n, n), b.Slice((i + 3) * n, n), a[(i * k) + p], a[((i + 1) * k) + p], a[((i + 2) * k) + p], a[((i + 3) * k) + p], cr);
            }

            for (; i < m; i++)
            {
                TensorPrimitives.MultiplyAdd(b.Slice(i * n, n), a[(i * k) + p], cr, cr);
            }
        }
    }

    /// <summary>Adds <paramref name="bias"/> to every row of <paramref name="x"/>[rows×bias.Length].</summary>
    public static void AddRows(Span<float> x, ReadOnlySpan<float> bias)
    {
        for (var r = 0; r < x.Length; r += bias.Length)
        {
            var row = x.Slice(r, bias.Length);
            TensorPrimitives.Add(row, bias, row);
        }
    }

    /// <summary>Adds every row of <paramref name="x"/>[rows×sum.Length] into <paramref name="sum"/>: a bias's gradient.</summary>
    public static void AddColumnSums(ReadOnlySpan<float> x, Span<float> sum)
    {
        for (var r = 0; r < x.Length; r += sum.Length)
        {
            TensorPrimitives.Add(sum, x.Slice(r, sum.Length), sum);
        }
    }

    /// <summary>
    /// Normalises each row of <paramref name="x"/> to mean 0 and variance 1 (kept in <paramref name="normalised"/>, with each
    /// row's 1/σ in <paramref name="inverseDeviation"/> for the backward pass), then scales by <paramref name="gamma"/> and shifts by <paramref name="beta"/>.
    /// </summary>
    public static void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta, Span<float> output, Span<float> normalised, Span<float> inverseDeviation)
    {
        var h = gamma.Length;
        for (var r = 0; r * h < x.Length; r++)
        {
            var row = x.Slice(r * h, h);
            var mean = TensorPrimitives.Sum(row) / h;
            var xhat = normalised.Slice(r * h, h);
            TensorPrimitives.Subtract(row, mean, xhat);
            var variance = TensorPrimitives.SumOfSquares(xhat) / h;
            var inverse = 1f / MathF.Sqrt(variance + NormEpsilon);
            inverseDeviation[r] = inverse;
            TensorPrimitives.Multiply(xhat, inverse, xhat);
            var y = output.Slice(r * h, h);
            TensorPrimitives.FusedMultiplyAdd(xhat, gamma, beta, y);
        }
    }

    /// <summary>
    /// The backward pass of <see cref="LayerNorm"/>: from the output's gradient <paramref name="dy"/>, adds the scale's and shift's
    /// gradients and writes the input's into <paramref name="dx"/>. <paramref name="scratch"/> holds one row.
    /// </summary>
    public static void LayerNormBackward(ReadOnlySpan<float> dy, ReadOnlySpan<float> normalised, ReadOnlySpan<float> inverseDeviation, ReadOnlySpan<float> gamma, Span<float> dGamma, Span<float> dBeta, Span<float> dx, Span<float> scratch)
    {
        var h = gamma.Length;
        for (var r = 0; r * h < dy.Length; r++)
        {
            var dyr = dy.Slice(r * h, h);
            var xhat = normalised.Slice(r * h, h);
            TensorPrimitives.FusedMultiplyAdd(dyr, xhat, dGamma, dGamma);
            TensorPrimitives.Add(dBeta, dyr, dBeta);

            // dx = (1/σ)(dx̂ − mean(dx̂) − x̂ · mean(dx̂ ⊙ x̂)), dx̂ = dy ⊙ γ.
            var dxhat = scratch[..h];
            TensorPrimitives.Multiply(dyr, gamma, dxhat);
            var meanD = TensorPrimitives.Sum(dxhat) / h;
            var meanDx = TensorPrimitives.Dot(dxhat, xhat) / h;
            var dxr = dx.Slice(r * h, h);
            TensorPrimitives.MultiplyAdd(xhat, -meanDx, dxhat, dxr);
            TensorPrimitives.Subtract(dxr, meanD, dxr);
            TensorPrimitives.Multiply(dxr, inverseDeviation[r], dxr);
        }
    }

    /// <summary>GELU as BERT computes it, x·Φ(x) with the exact normal distribution (not the tanh approximation).</summary>
    public static float Gelu(float x) => x * NormalCdf(x);

    /// <summary>Φ(x), the standard normal distribution function.</summary>
    public static float NormalCdf(float x) => 0.5f * (1f + (float)Erf(x / Math.Sqrt(2)));

    /// <summary>The derivative of <see cref="Gelu"/>: Φ(x) + x·φ(x).</summary>
    public static float GeluDerivative(float x) => GeluDerivative(x, NormalCdf(x));

    /// <summary>The derivative of <see cref="Gelu"/> at <paramref name="x"/>, given <paramref name="cdf"/> = Φ(x) computed on the way forward.</summary>
    public static float GeluDerivative(float x, float cdf) => cdf + (x * MathF.Exp(-0.5f * x * x) / MathF.Sqrt(2 * MathF.PI));

    /// <summary>
    /// The error function, to within 1.2e-7 relative (the Chebyshev fit of Numerical Recipes' <c>erfc</c>, W. H. Press
    /// et al., 3rd ed., §6.2): more than float arithmetic keeps. .NET has no error function of its own.
    /// </summary>
    public static double Erf(double x)
    {
        var z = Math.Abs(x);
        var t = 2.0 / (2.0 + z);
        var ty = (4.0 * t) - 2.0;
        ReadOnlySpan<double> coefficients =
        [
            -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4,
            3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.303655835580e-6,
            1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10,
            9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15,
            -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17,
        ];
        double d = 0, dd = 0;
        for (var j = coefficients.Length - 1; j > 0; j--)
        {
            var previous = d;
            d = (ty * d) - dd + coefficients[j];
            dd = previous;
        }

        var erfc = t * Math.Exp((-z * z) + (0.5 * (coefficients[0] + (ty * d))) - dd);
        return x >= 0 ? 1 - erfc : erfc - 1;
    }

    /// <summary>Softmax over each row of <paramref name="x"/>[rows×width], in place.</summary>
    public static void SoftmaxRows(Span<float> x, int width)
    {
        for (var r = 0; r < x.Length; r += width)
        {
            var row = x.Slice(r, width);
            TensorPrimitives.SoftMax(row, row);
        }
    }

    private static void AddScaled4(ReadOnlySpan<float> b, float a0, float a1, float a2, float a3, Span<float> c0, Span<float> c1, Span<float> c2, Span<float> c3)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = Vector<float>.Count;
            Vector<float> s0 = new(a0), s1 = new(a1), s2 = new(a2), s3 = new(a3);
            for (; j + w <= b.Length; j += w)
            {
                var bv = new Vector<float>(b[j..]);
                Vector.FusedMultiplyAdd(bv, s0, new Vector<float>(c0[j..])).CopyTo(c0[j..]);
                Vector.FusedMultiplyAdd(bv, s1, new Vector<float>(c1[j..])).CopyTo(c1[j..]);
                Vector.FusedMultiplyAdd(bv, s2, new Vector<float>(c2[j..])).CopyTo(c2[j..]);
                Vector.FusedMultiplyAdd(bv, s3, new Vector<float>(c3[j..])).CopyTo(c3[j..]);
            }
        }

        for (; j < b.Length; j++)
        {
            c0[j] += a0 * b[j];
            c1[j] += a1 * b[j];
            c2[j] += a2 * b[j];
            c3[j] += a3 * b[j];
        }
    }

    private static void AddScaled4Into(ReadOnlySpan<float> b0, ReadOnlySpan<float> b1, ReadOnlySpan<float> b2, ReadOnlySpan<float> b3, float a0, float a1, float a2, float a3, Span<float> c)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = Vector<float>.Count;
            Vector<float> s0 = new(a0), s1 = new(a1), s2 = new(a2), s3 = new(a3);
            for (; j + w <= c.Length; j += w)
            {
                var sum = new Vector<float>(c[j..]);
                sum = Vector.FusedMultiplyAdd(new Vector<float>(b0[j..]), s0, sum);
                sum = Vector.FusedMultiplyAdd(new Vector<float>(b1[j..]), s1, sum);
                sum = Vector.FusedMultiplyAdd(new Vector<float>(b2[j..]), s2, sum);
                sum = Vector.FusedMultiplyAdd(new Vector<float>(b3[j..]), s3, sum);
                sum.CopyTo(c[j..]);
            }
        }

        for (; j < c.Length; j++)
        {
            c[j] += (a0 * b0[j]) + (a1 * b1[j]) + (a2 * b2[j]) + (a3 * b3[j]);
        }
    }

    private static void Check(int a, int expectedA, int b, int expectedB, int c, int expectedC)
    {
        if (a != expectedA || b != expectedB || c != expectedC)
        {
            throw new ArgumentException($"The matrices' sizes ({a}, {b}, {c}) do not match their shapes ({expectedA}, {expectedB}, {expectedC}).");
        }
    }
}
