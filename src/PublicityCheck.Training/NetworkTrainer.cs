using System.Numerics.Tensors;
using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>How the network over the encoder's vectors is trained (see <see cref="NetworkTrainer"/>).</summary>
/// <param name="Hidden">Hidden units (<c>--network</c>).</param>
/// <param name="MaxEpochs">Passes over the training sentences at most.</param>
/// <param name="Patience">Passes without a lower loss on the held-out fold after which training stops.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="L2">The L2 penalty on the weights (not the biases), added to each gradient.</param>
/// <param name="BatchSize">Sentences a step.</param>
internal sealed record NetworkSettings(int Hidden, int MaxEpochs = 60, int Patience = 8, float LearningRate = 1e-3f, float L2 = 1e-4f, int BatchSize = 32);

/// <summary>
/// Trains a <see cref="NetworkHead"/>: one hidden layer of rectified linear units over the encoder's vectors, by Adam
/// on the weighted log-loss, in mini-batches of sentences in an order shuffled by the seed. Everything random (the
/// initial weights, Glorot-uniform, and each pass's order) comes from one <see cref="Random"/> seeded with
/// <paramref name="seed"/>, and the arithmetic runs on one thread, so a seed gives the same network every time on a
/// machine. Stopping is chosen on held-out sentences, never on the sentences trained on.
/// </summary>
internal sealed class NetworkTrainer(NetworkSettings settings, int seed)
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    /// <summary>The settings it trains with.</summary>
    public NetworkSettings Settings => settings;

    /// <summary>
    /// Trains on <paramref name="train"/>, measuring the weighted log-loss on <paramref name="held"/> after each pass,
    /// and returns the network of the pass where it was lowest, with that pass's number (from 1): training stops when
    /// more than <see cref="NetworkSettings.Patience"/> passes in a row have not lowered it, or at <see cref="NetworkSettings.MaxEpochs"/>.
    /// </summary>
    public (NetworkHead Network, int Epochs) FitStoppingOn(IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> train, IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (held.Count == 0)
        {
            throw new ArgumentException("Stopping needs held-out sentences.", nameof(held));
        }

        var state = new State(Dimensions(train), settings.Hidden, new Random(seed));
        var best = state.Snapshot();
        var bestLoss = double.PositiveInfinity;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= settings.MaxEpochs; epoch++)
        {
            Pass(state, train);
            var network = state.Snapshot();
            var loss = Loss(network, held);
            if (loss < bestLoss)
            {
                (bestLoss, bestEpoch, best) = (loss, epoch, network);
            }
            else if (epoch - bestEpoch > settings.Patience)
            {
                break;
            }
        }

        return (best, bestEpoch);
    }

    /// <summary>Trains on <paramref name="train"/> for <paramref name="epochs"/> passes.</summary>
    public NetworkHead Fit(IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> train, int epochs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs);
        var state = new State(Dimensions(train), settings.Hidden, new Random(seed));
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Pass(state, train);
        }

        return state.Snapshot();
    }

    /// <summary>The weighted mean log-loss of <paramref name="network"/> on <paramref name="rows"/>.</summary>
    public static double Loss(NetworkHead network, IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> rows)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(rows);
        double loss = 0, weights = 0;
        foreach (var (isPartisan, vector, weight) in rows)
        {
            // log(1 + e^-z) for a partisan sentence, log(1 + e^z) for a neutral one, computed without overflow.
            var z = isPartisan ? network.Score(vector) : -network.Score(vector);
            loss += weight * (z > 0 ? Math.Log(1 + Math.Exp(-z)) : -z + Math.Log(1 + Math.Exp(z)));
            weights += weight;
        }

        return weights == 0 ? 0 : loss / weights;
    }

    private static int Dimensions(IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
        {
            throw new ArgumentException("A network needs sentences to train on.", nameof(train));
        }

        return train[0].Vector.Length;
    }

    // One pass over the training sentences in a freshly shuffled order, a step of Adam a batch.
    private void Pass(State state, IReadOnlyList<(bool IsPartisan, float[] Vector, float Weight)> train)
    {
        var order = state.Order(train.Count);
        for (var start = 0; start < order.Length; start += settings.BatchSize)
        {
            state.ClearGradients();
            var end = Math.Min(order.Length, start + settings.BatchSize);
            for (var k = start; k < end; k++)
            {
                var (isPartisan, vector, weight) = train[order[k]];
                if (vector.Length != state.Inputs)
                {
                    throw new ArgumentException($"Sentence {order[k]}'s vector has {vector.Length} numbers, not {state.Inputs}.", nameof(train));
                }

                state.Accumulate(vector, isPartisan, weight);
            }

            state.Step(end - start, settings.LearningRate, settings.L2);
        }
    }

    /// <summary>The weights being trained, their gradients and Adam's moments, in flat arrays.</summary>
    private sealed class State
    {
        private readonly Random _random;

        // Parameters, gradients, first and second moments, in the same layout: the hidden weights (unit after unit),
        // the hidden biases, the output weights, then the output bias.
        private readonly float[] _parameters;
        private readonly float[] _gradients;
        private readonly float[] _first;
        private readonly float[] _second;
        private readonly float[] _activations;
        private int[]? _order;
        private long _steps;

        public State(int inputs, int hidden, Random random)
        {
            Inputs = inputs;
            Hidden = hidden;
            _random = random;
            var count = (inputs * hidden) + hidden + hidden + 1;
            _parameters = new float[count];
            _gradients = new float[count];
            _first = new float[count];
            _second = new float[count];
            _activations = new float[hidden];

            // Glorot-uniform weights, zero biases.
            var hiddenLimit = Math.Sqrt(6.0 / (inputs + hidden));
            for (var i = 0; i < inputs * hidden; i++)
            {
                _parameters[i] = (float)(((random.NextDouble() * 2) - 1) * hiddenLimit);
            }

            var outputLimit = Math.Sqrt(6.0 / (hidden + 1));
            for (var j = 0; j < hidden; j++)
            {
                _parameters[OutputWeights + j] = (float)(((random.NextDouble() * 2) - 1) * outputLimit);
            }
        }

        public int Inputs { get; }

        public int Hidden { get; }

        private int HiddenBiases => Inputs * Hidden;

        private int OutputWeights => HiddenBiases + Hidden;

        private int OutputBias => OutputWeights + Hidden;

        public int[] Order(int count)
        {
            _order ??= [.. Enumerable.Range(0, count)];
            _random.Shuffle(_order);
            return _order;
        }

        public void ClearGradients() => Array.Clear(_gradients);

        // Forward and back through one sentence, adding its weighted gradient of the log-loss.
        public void Accumulate(float[] vector, bool isPartisan, float weight)
        {
            var parameters = _parameters.AsSpan();
            var z = parameters[OutputBias];
            for (var j = 0; j < Hidden; j++)
            {
                var a = TensorPrimitives.Dot(parameters.Slice(j * Inputs, Inputs), vector) + parameters[HiddenBiases + j];
                _activations[j] = a > 0 ? a : 0;
                z += parameters[OutputWeights + j] * _activations[j];
            }

            var dz = weight * ((float)(1 / (1 + Math.Exp(-z))) - (isPartisan ? 1 : 0));
            var gradients = _gradients.AsSpan();
            gradients[OutputBias] += dz;
            var outputGradients = gradients.Slice(OutputWeights, Hidden);
            TensorPrimitives.MultiplyAdd(_activations, dz, outputGradients, outputGradients);
            for (var j = 0; j < Hidden; j++)
            {
                if (_activations[j] > 0)
                {
                    var da = dz * parameters[OutputWeights + j];
                    gradients[HiddenBiases + j] += da;
                    var row = gradients.Slice(j * Inputs, Inputs);
                    TensorPrimitives.MultiplyAdd(vector, da, row, row);
                }
            }
        }

        // One step of Adam on the batch's mean gradient, with the L2 penalty on the weights.
        public void Step(int batch, float learningRate, float l2)
        {
            _steps++;
            var firstCorrection = 1 - Math.Pow(Beta1, _steps);
            var secondCorrection = 1 - Math.Pow(Beta2, _steps);
            var stepSize = (float)(learningRate * Math.Sqrt(secondCorrection) / firstCorrection);
            var epsilon = (float)(Epsilon * Math.Sqrt(secondCorrection));
            for (var i = 0; i < _parameters.Length; i++)
            {
                var isBias = i >= HiddenBiases && (i < OutputWeights || i == OutputBias);
                var gradient = (_gradients[i] / batch) + (isBias ? 0 : l2 * _parameters[i]);
                _first[i] = (Beta1 * _first[i]) + ((1 - Beta1) * gradient);
                _second[i] = (Beta2 * _second[i]) + ((1 - Beta2) * gradient * gradient);
                _parameters[i] -= stepSize * _first[i] / (MathF.Sqrt(_second[i]) + epsilon);
            }
        }

        // The network as the parameters stand, in arrays of its own.
        public NetworkHead Snapshot() => new(
            Inputs,
            _parameters[..HiddenBiases],
            _parameters[HiddenBiases..OutputWeights],
            _parameters[OutputWeights..OutputBias],
            _parameters[OutputBias]);
    }
}
