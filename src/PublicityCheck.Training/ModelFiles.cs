namespace PublicityCheck.Training;

/// <summary>The files a training run writes: the ML.NET model, the scoring model, the ensemble, its neighbour vote and the encoder's tuning Core embeds, and the card.</summary>
internal sealed record ModelFiles(string MlNet, string Scoring, string Ensemble, string Neighbours, string Encoder, string Card)
{
    public static ModelFiles For(string mlNetPath)
    {
        var folder = Path.GetDirectoryName(mlNetPath) ?? ".";
        var name = Path.GetFileNameWithoutExtension(mlNetPath);
        return new ModelFiles(mlNetPath, Path.Combine(folder, name + ".model.tsv"), Path.Combine(folder, name + ".ensemble.tsv"), Path.Combine(folder, name + ".neighbours.bin"), Path.Combine(folder, name + ".encoder.bin"), Path.Combine(folder, name + ".card.md"));
    }
}
