using PublicityCheck.Training.Tuning;

namespace PublicityCheck.Tests.Training.Tuning;

/// <summary>The matrix products and functions the tuner is built from, against their definitions computed the slow way.</summary>
public sealed class KernelsTest
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 5, 9)]
    [InlineData(8, 12, 33)]
    public void MatMul_EqualsTheProductByDefinition(int m, int k, int n)
    {
        var a = Numbers(m * k, 1);
        var b = Numbers(k * n, 2);
        var c = new float[m * n];

        Kernels.MatMul(a, b, c, m, k, n);

        Assert.Equal(Product(a, b, m, k, n, transposeA: false, transposeB: false), c, Close);
    }

    [Fact]
    public void MatMul_Accumulating_AddsToWhatIsThere()
    {
        var a = Numbers(6 * 4, 3);
        var b = Numbers(4 * 5, 4);
        var c = Enumerable.Repeat(1f, 6 * 5).ToArray();

        Kernels.MatMul(a, b, c, 6, 4, 5, accumulate: true);

        Assert.Equal(Product(a, b, 6, 4, 5, false, false).Select(x => x + 1), c, Close);
    }

    [Theory]
    [InlineData(5, 3, 7)]
    [InlineData(9, 16, 4)]
    public void MatMulTransposedB_EqualsTheProductWithTheSecondTransposed(int m, int k, int n)
    {
        var a = Numbers(m * k, 5);
        var b = Numbers(n * k, 6);
        var c = new float[m * n];

        Kernels.MatMulTransposedB(a, b, c, m, k, n);

        Assert.Equal(Product(a, b, m, k, n, transposeA: false, transposeB: true), c, Close);
    }

    [Theory]
    [InlineData(6, 3, 5)]
    [InlineData(11, 4, 17)]
    public void AddMatMulTransposedA_AddsTheProductWithTheFirstTransposed(int m, int k, int n)
    {
        var a = Numbers(m * k, 7);
        var b = Numbers(m * n, 8);
        var c = Numbers(k * n, 9);
        var expected = Product(a, b, k, m, n, transposeA: true, transposeB: false).Zip(c, (p, x) => p + x).ToArray();

        Kernels.AddMatMulTransposedA(a, b, c, m, k, n);

        Assert.Equal(expected, c, Close);
    }

    [Fact]
    public void MatMul_RefusesMatricesOfTheWrongSize()
    {
        Assert.Throws<ArgumentException>(() => Kernels.MatMul(new float[6], new float[6], new float[4], 2, 3, 3));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.5204998778130465)]
    [InlineData(1.0, 0.8427007929497149)]
    [InlineData(-2.0, -0.9953222650189527)]
    [InlineData(3.5, 0.9999992569016276)]
    public void Erf_MatchesPublishedValues(double x, double expected)
    {
        Assert.Equal(expected, Kernels.Erf(x), 1e-12);
    }

    [Fact]
    public void GeluDerivative_IsTheSlopeOfGelu()
    {
        foreach (var x in new[] { -3f, -0.7f, 0f, 0.4f, 2.5f })
        {
            var slope = (Kernels.Gelu(x + 1e-2f) - Kernels.Gelu(x - 1e-2f)) / 2e-2f;
            Assert.Equal(slope, Kernels.GeluDerivative(x), 2e-3f);
        }
    }

    [Fact]
    public void LayerNorm_GivesRowsOfMeanZeroAndVarianceOneBeforeScaling()
    {
        var x = Numbers(3 * 8, 10);
        var output = new float[x.Length];

        Kernels.LayerNorm(x, Enumerable.Repeat(1f, 8).ToArray(), new float[8], output, new float[x.Length], new float[3]);

        for (var r = 0; r < 3; r++)
        {
            var row = output.AsSpan(r * 8, 8).ToArray();
            Assert.Equal(0, row.Average(), 1e-5);
            Assert.Equal(1, row.Select(v => v * v).Average(), 1e-4);
        }
    }

    private static readonly IEqualityComparer<float> Close = EqualityComparer<float>.Create((x, y) => Math.Abs(x - y) <= 1e-4f * (1 + Math.Abs(x)), x => 0);

    private static float[] Numbers(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 2) - 1))];
    }

    // rows × inner · inner × columns, with either operand stored transposed.
    private static float[] Product(float[] a, float[] b, int rows, int inner, int columns, bool transposeA, bool transposeB)
    {
        var c = new float[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                double sum = 0;
                for (var p = 0; p < inner; p++)
                {
                    var x = transposeA ? a[(p * rows) + i] : a[(i * inner) + p];
                    var y = transposeB ? b[(j * inner) + p] : b[(p * columns) + j];
                    sum += x * y;
                }

                c[(i * columns) + j] = (float)sum;
            }
        }

        return c;
    }
}
