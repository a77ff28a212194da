using System.Globalization;
using System.Text;
using PublicityCheck.Classification;

namespace PublicityCheck.Training;

/// <summary>Writes <c>models/partisan.card.md</c>: what the model was trained on, how, how well it does, and where it fails.</summary>
internal static class ModelCard
{
    /// <summary>
    /// The card of the run <paramref name="r"/>, with the comparisons <c>--sweep</c> made (empty without it) and the
    /// figures on real published sentences (null when they were not there to measure).
    /// </summary>
    public static string Write(
        TrainingResult r,
        IReadOnlyList<(FeatureSettings Features, int Count, BinaryMetrics Metrics)> sweep,
        IReadOnlyList<(float L2, BinaryMetrics Metrics)> regularisation,
        RealSetEvaluation? real,
        TrainOptions options,
        EnsembleResult ensemble,
        RealSetEvaluation? realEnsemble,
        Tuning.TuningSummary? tuning = null)
    {
        var s = r.Settings;
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        string Row(string name, BinaryMetrics m) => $"| {name} | {m.Count} | {F(m.Accuracy)} | {F(m.Precision)} | {F(m.Recall)} | {F(m.F1)} | {F(m.Auc)} |";

        Line("# Model card: party-political language classifier");
        Line(string.Empty);
        Line("Written by the training program (`src/PublicityCheck.Training`); do not edit by hand. Reproduce with:");
        Line(string.Empty);
        Line("```");
        Line($"{TrainingApplication.Command} --data {options.Data} --out {options.Out} --seed {options.Seed}{(options.Threshold is { } t ? " --threshold " + t.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.GroupWeighting > 0 ? " --group-weighting " + options.GroupWeighting.ToString(CultureInfo.InvariantCulture) : string.Empty)} --gate {options.Gate.ToString(CultureInfo.InvariantCulture)}{(options.GatePartyNames ? " --gate-party-names" : string.Empty)}{(options.GatePoliticalWords ? " --gate-political-words" : string.Empty)}{(options.EnsembleThreshold is { } et ? " --ensemble-threshold " + et.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.Neighbours > 0 ? " --neighbours " + options.Neighbours.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.Network > 0 ? " --network " + options.Network.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.TuneLayers > 0 ? $" --tune-layers {options.TuneLayers} --tune-epochs {options.TuneEpochs} --tune-rate {options.TuneRate.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}{(options.Tuning is { } tuningFile ? " --tuning " + tuningFile : string.Empty)}{(options.CreditClaims ? " --credit-claims" : string.Empty)}{(options.CreditClaimWeight is { } cw ? " --credit-claim-weight " + cw.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.PartyVoiceWeight is { } pv ? " --party-voice-weight " + pv.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.ReportedAccusationWeight is { } ra ? " --reported-accusation-weight " + ra.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.NgramFloor != EnsembleWeights.DefaultNgramFloor ? " --ngram-floor " + options.NgramFloor.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(options.Sweep ? " --sweep" : string.Empty)}");
        Line("```");
        Line(string.Empty);
        Line("## What it does");
        Line("Gives each sentence of a release the probability that it is party-political: electioneering, praise of a party's or group's record, attacks on parties, groups or \"the administration\", slogans, claims of credit, appeals to vote. Rule PC0201 reports sentences at or above the threshold, with the phrases that pushed the score up most.");
        Line(string.Empty);
        Line("## Data");
        Line($"`lexicons/partisan/` (see its README): {r.TrainCount} training sentences, {r.TestCount} held-back test sentences that training never sees. Each template's sentences sit wholly in one split, and wholly in one cross-validation fold.");
        Line(string.Empty);
        Line("## Training");
        Line($"- Features: {s.Features} (Core's `FeatureVocabulary`, the same code that scores at run time): lower-cased, digits as 0, n-grams kept when at least {s.MinCount} training sentences hold them; {r.Model.Vocabulary.Count} features. Counts, each block (words, characters) scaled to unit length.");
        Line($"- Trainer: ML.NET L-BFGS logistic regression, L2 {s.L2.ToString(CultureInfo.InvariantCulture)}, L1 {s.L1.ToString(CultureInfo.InvariantCulture)}, one thread, seed {s.Seed}; probabilities calibrated (Platt, as ML.NET's logistic regression gives them). The regularisation was chosen by cross-validated AUC (see below, with `--sweep`): the threshold is picked afterwards, so the ranking is what matters; F1 at 0.5 hardly moves with L2, while AUC rises as regularisation weakens on this small, clean corpus.");
        Line(string.Create(CultureInfo.InvariantCulture, $"- Weighting: each training sentence counts 1 / (sentences in its group)^{s.GroupWeighting:0.00} (`--group-weighting`), scaled to average 1, in the n-gram model, the encoder's regression and the combining regression alike. A template or shape expands to up to 18 sentences that share most of their words, and a hand-written sentence is a group of its own: weighted down, the expansions no longer outvote the varied hand-written sentences that read most like real publicity (0 counts every sentence once)."));
        Line($"- {s.Folds}-fold cross-validation on the training split, folds grouped by template. The vocabulary is built once from the whole training split (no labels are used for it).");
        Line(s.Threshold is null
            ? $"- Threshold {F(r.Model.Threshold)}: the lowest from 0.50 at which out-of-fold precision reaches {F(ThresholdChooser.TargetPrecision)}, favouring precision: a false alarm on a neutral release costs more trust than a miss, and real releases are mostly neutral."
            : $"- Threshold {F(r.Model.Threshold)}, given with `--threshold`: chosen from the real sentences' trade-off between false alarms on neutral sentences and recall (see \"On real published sentences\"), since the corpus's own cross-validation, on sentences far cleaner than real ones, asks for a threshold that misses most real partisan sentences.");
        Line($"- Core's scorer reproduces ML.NET's probabilities on the test split within {r.ParityError.ToString("0.0e0", CultureInfo.InvariantCulture)}.");
        Line(string.Empty);
        Line("## Files");
        Line("- `partisan.model.tsv`: what runs. Core embeds it as a resource (`PartisanClassifier`), so it is found wherever Core is loaded (the command-line tool, a global tool install, the Word add-in) with no path to configure. Plain text: n-grams, weights, bias, calibration and threshold, so a retrained model shows in a diff.");
        Line("- `partisan.zip`: the ML.NET model (the calibrated linear trainer over the feature vector), kept for audit and for use with ML.NET; Core does not load it, and does not depend on ML.NET.");
        Line(string.Empty);
        Line("## Metrics");
        Line(string.Empty);
        Line("| Measured on | Sentences | Accuracy | Precision | Recall | F1 | AUC |");
        Line("| --- | --- | --- | --- | --- | --- | --- |");
        Line(Row($"Cross-validation, threshold {F(r.Model.Threshold)}", r.CrossValidation));
        Line(Row("Cross-validation, threshold 0.5", r.CrossValidationAtHalf));
        Line(Row($"Test split, threshold {F(r.Model.Threshold)}", r.Test));
        Line(Row("Test split, threshold 0.5", r.TestAtHalf));
        Line(Row("Lexicon-only baseline, test split", r.Baseline));
        Line(string.Empty);
        Line("The baseline calls a sentence partisan when it names a party or group or uses an electioneering phrase (`party-names.txt`, `PC0203-electioneering-phrase.json`). It has no AUC worth the name (its score is 0 or 1).");
        Line(string.Empty);
        Line("## On real published sentences");
        if (real is null)
        {
            Line($"Not measured: `{options.Real}` was not there when the model was trained.");
        }
        else
        {
            Line($"`{options.Real}` (read in place, never copied into the corpus), at threshold {F(real.Threshold)}: precision {F(real.Metrics.Precision)}, recall {F(real.Metrics.Recall)}, F1 {F(real.Metrics.F1)}, AUC {F(real.Metrics.Auc)}; false alarms on neutral sentences {F(real.FalseAlarmRate)}. The product aims at F1 0.85 or more with at most 3% false alarms, each partisan kind 0.70 or more, `factual-party` and `hard-neutral` 0.95 or more.");
            Line(string.Empty);
            KindsAndTradeOff(text, real);
            Line("The other candidates measured on these sentences, a pretrained sentence encoder among them, and why this model was chosen: `docs/partisan-classifier.md`.");
        }

        Line(string.Empty);
        if (sweep.Count > 0)
        {
            Line("## Featurisations compared");
            Line("Cross-validated on the training split, threshold 0.5. Word 1-2 grams with character 3-5 grams were chosen: within 0.005 of the best F1 (character 3-6 grams) with over a third fewer features, so scoring is faster and the model file smaller; and character n-grams carry the model over spelling variants (Tory/Tories, Lib Dem/Lib Dems) and inflections that word n-grams miss.");
            Line(string.Empty);
            Line("| Features | Count | Precision | Recall | F1 | AUC |");
            Line("| --- | --- | --- | --- | --- | --- |");
            foreach (var (features, count, m) in sweep)
            {
                Line($"| {features} | {count} | {F(m.Precision)} | {F(m.Recall)} | {F(m.F1)} | {m.Auc.ToString("0.0000", CultureInfo.InvariantCulture)} |");
            }

            Line(string.Empty);
        }

        if (regularisation.Count > 0)
        {
            Line("## Regularisation compared");
            Line($"Cross-validated on the training split with {s.Features}, threshold 0.5:");
            Line(string.Empty);
            Line("| L2 | Precision | Recall | F1 | AUC |");
            Line("| --- | --- | --- | --- | --- |");
            foreach (var (l2, m) in regularisation)
            {
                Line($"| {l2.ToString(CultureInfo.InvariantCulture)} | {F(m.Precision)} | {F(m.Recall)} | {F(m.F1)} | {m.Auc.ToString("0.0000", CultureInfo.InvariantCulture)} |");
            }

            Line(string.Empty);
        }

        var e = ensemble.Ensemble;
        Line("## The ensemble that ships");
        if (e is { Neighbours: { } votes, Network: { } network })
        {
            var n = ensemble.NetworkCrossValidation!;
            Line($"PC0201 scores with an ensemble (`partisan.ensemble.tsv`, `partisan.neighbours.bin`) of four scores of a sentence: the n-gram model above; an L-BFGS logistic regression (L2 {EnsembleTrainer.EncoderL2.ToString(CultureInfo.InvariantCulture)}) over the 384-number vector that the pretrained sentence encoder all-MiniLM-L6-v2 gives it; the weighted vote of the {votes.K} training sentences whose vectors are nearest (cosine), as smoothed log-odds (`--neighbours`; the {votes.Count} training vectors kept at 8 bits with a scale each); and a network over the same vector, one hidden layer of {network.Hidden} rectified linear units and a log-odds output (`--network`). A second logistic regression, fitted on the four scores out of fold on the training split (folds grouped by template), combines them. Combined probability = σ({F(e.Weights.Ngram)} × log-odds of the n-gram model + {F(e.Weights.Encoder)} × encoder score + {F(e.Weights.Neighbours)} × neighbour vote + {F(e.Weights.Network)} × network score {(e.Weights.Bias < 0 ? "−" : "+")} {F(Math.Abs(e.Weights.Bias))}).");
            Line(string.Create(CultureInfo.InvariantCulture, $"- The network: Glorot-uniform initial weights and the order of each pass drawn from the seed; Adam (step {NetworkSettingsOf(options).LearningRate}, mini-batches of {NetworkSettingsOf(options).BatchSize}), weighted log-loss with L2 {NetworkSettingsOf(options).L2} on the weights; each fold's network stops at the pass with the lowest loss on that fold's held-out sentences (passes {string.Join(", ", ensemble.NetworkStops)}; at most {NetworkSettingsOf(options).MaxEpochs}, stopping {NetworkSettingsOf(options).Patience} passes after the last improvement), and the final network is trained on the whole training split for their median, {ensemble.NetworkEpochs} passes. Alone, out of fold at 0.5: precision {F(n.Precision)}, recall {F(n.Recall)}, F1 {F(n.F1)}, AUC {F(n.Auc)}."));
            Line($"- The encoder runs only on sentences the n-gram model scores at {F(e.Gate)} or more (`--gate`){GateOnNames(e)}; a sentence under the gate is combined with the median encoder score, vote and network score of neutral training sentences ({F(e.Weights.EncoderBelowGate)}, {F(e.Weights.NeighboursBelowGate)}, {F(e.Weights.NetworkBelowGate)}).");
        }
        else if (e.Neighbours is { } vote)
        {
            Line($"PC0201 scores with an ensemble (`partisan.ensemble.tsv`, `partisan.neighbours.bin`) of three scores of a sentence: the n-gram model above; an L-BFGS logistic regression (L2 {EnsembleTrainer.EncoderL2.ToString(CultureInfo.InvariantCulture)}) over the 384-number vector that the pretrained sentence encoder all-MiniLM-L6-v2 gives it; and the weighted vote of the {vote.K} training sentences whose vectors are nearest (cosine), as smoothed log-odds (`--neighbours`; the {vote.Count} training vectors kept at 8 bits with a scale each). A second logistic regression, fitted on the three scores out of fold on the training split (folds grouped by template), combines them. Combined probability = σ({F(e.Weights.Ngram)} × log-odds of the n-gram model + {F(e.Weights.Encoder)} × encoder score + {F(e.Weights.Neighbours)} × neighbour vote {(e.Weights.Bias < 0 ? "−" : "+")} {F(Math.Abs(e.Weights.Bias))}).");
            Line($"- The encoder runs only on sentences the n-gram model scores at {F(e.Gate)} or more (`--gate`){GateOnNames(e)}; a sentence under the gate is combined with the median encoder score and vote of neutral training sentences ({F(e.Weights.EncoderBelowGate)}, {F(e.Weights.NeighboursBelowGate)}).");
        }
        else
        {
            Line($"PC0201 scores with an ensemble (`partisan.ensemble.tsv`): the n-gram model above, and an L-BFGS logistic regression (L2 {EnsembleTrainer.EncoderL2.ToString(CultureInfo.InvariantCulture)}) over the 384-number vector that the pretrained sentence encoder all-MiniLM-L6-v2 gives a sentence, combined by a second logistic regression fitted on both models' out-of-fold scores on the training split (folds grouped by template). Combined probability = σ({F(e.Weights.Ngram)} × log-odds of the n-gram model + {F(e.Weights.Encoder)} × encoder score {(e.Weights.Bias < 0 ? "−" : "+")} {F(Math.Abs(e.Weights.Bias))}).");
            Line($"- The encoder runs only on sentences the n-gram model scores at {F(e.Gate)} or more (`--gate`){GateOnNames(e)}; a sentence under the gate is combined with the median encoder score of neutral training sentences ({F(e.Weights.EncoderBelowGate)}).");
        }

        if (e.Weights is { CreditClaim: not 0 } or { PartyVoice: not 0 } or { ReportedAccusation: not 0 })
        {
            var w = e.Weights;
            Line(string.Create(CultureInfo.InvariantCulture, $"- Frames read from a sentence's words, added to the combined log-odds (`lexicons/partisan/`): a credit claim {w.CreditClaim:+0.##;-0.##;0}, a party's or a candidate's own voice {w.PartyVoice:+0.##;-0.##;0}, a reporter's account of one side accusing another {w.ReportedAccusation:+0.##;-0.##;0}; a frame weighed at 0 is not read."));
        }

        if (e.Weights.NgramFloor != EnsembleWeights.DefaultNgramFloor)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"- The n-gram model's probability is read no lower than {e.Weights.NgramFloor} (`--ngram-floor`; log-odds {LogOdds.Of(e.Weights.NgramFloor):0.0}) when a sentence is scored: its certainty that a sentence in wording the corpus never used is neutral is certainty about its vocabulary, and would otherwise outweigh the encoder. The combination is fitted on the training split unfloored, since there the n-gram model knows the wording; the floor is chosen on the real sentences, as the threshold and the frames' weights are."));
        }

        Line(options.EnsembleThreshold is null
            ? $"- Threshold {F(e.Threshold)}: the lowest from 0.50 at which the combined out-of-fold precision reaches {F(ThresholdChooser.TargetPrecision)}."
            : $"- Threshold {F(e.Threshold)}, given with `--ensemble-threshold`: where false alarms on the real neutral sentences are at most 3% (so the real-sentence figures below are not independent of it).");
        Line(string.Empty);
        Line("| Measured on | Sentences | Accuracy | Precision | Recall | F1 | AUC |");
        Line("| --- | --- | --- | --- | --- | --- | --- |");
        Line(Row($"Encoder regression alone, cross-validation, 0.5", ensemble.EncoderCrossValidation));
        Line(Row($"Ensemble, cross-validation, threshold {F(e.Threshold)}", ensemble.CrossValidation));
        Line(Row($"Ensemble, test split, threshold {F(e.Threshold)}", ensemble.Test));
        Line(string.Empty);
        if (realEnsemble is not null)
        {
            Line($"On the real published sentences, at threshold {F(realEnsemble.Threshold)}: precision {F(realEnsemble.Metrics.Precision)}, recall {F(realEnsemble.Metrics.Recall)}, F1 {F(realEnsemble.Metrics.F1)}, AUC {F(realEnsemble.Metrics.Auc)}; false alarms on neutral sentences {F(realEnsemble.FalseAlarmRate)}.");
            Line(string.Empty);
            KindsAndTradeOff(text, realEnsemble);
        }

        if (tuning is not null)
        {
            var ts = tuning.Settings;
            Line("## The encoder's tuning");
            Line(string.Create(CultureInfo.InvariantCulture, $"The sentence encoder's top {ts.Layers} layers of 6 were fine-tuned on the {tuning.Sentences} training sentences (`--tune-layers`; `partisan.encoder.bin`, the changed weights, which the tool patches into the published model it ships; tuning {tuning.Tuning.Digest}); the embeddings and lower layers are as published. The pooled, normalised vector went through a logistic head, started from a regression on the published vectors and trained with the layers: weighted binary cross-entropy, AdamW (learning rate {ts.Rate} after a warm-up over {ts.Warmup:0%} of the steps, falling linearly to 0; decay {ts.WeightDecay}; head {ts.HeadRate}), batches of {ts.BatchSize}, dropout {ts.Dropout}, gradients clipped to length {ts.ClipNorm}, {ts.Epochs} pass(es) from seed {ts.Seed}: loss by pass {string.Join(", ", tuning.EpochLosses.Select(l => l.ToString("0.0000", CultureInfo.InvariantCulture)))}, {tuning.Elapsed.TotalMinutes:0} minutes. The head is then dropped: the ensemble above is trained on the tuned encoder's vectors."));
            Line("- The encoder has now seen the training sentences, so the ensemble's cross-validation above reads its own training data through it and is optimistic; the test split and the real published sentences, which tuning never read, are the measures that count.");
            Line(string.Empty);
        }

        Line("## Known limits");
        Line("- The corpus is written for this project in a UK council press-office style; real releases vary more, and the test split shares slot fillers (party names, towns, services) with training even though its templates are unseen.");
        Line("- It scores one sentence at a time: a partisan point made across two neutral-looking sentences is missed, and so is irony.");
        Line("- It does not know who is speaking: a member's partisan quotation scores like the council's own words (the Code covers both).");
        Line("- Names of parties that are not in the corpus (and fictional local groups) are recognised only by the surrounding words.");
        Line("- English only; Welsh-language and Gaelic releases are not covered.");
        Line(string.Empty);
        Line(string.Create(CultureInfo.InvariantCulture, $"<!-- metrics cv-f1={r.CrossValidation.F1:0.0000} cv-auc={r.CrossValidation.Auc:0.0000} test-f1={r.Test.F1:0.0000} test-auc={r.Test.Auc:0.0000} threshold={r.Model.Threshold:0.00} group-weighting={s.GroupWeighting:0.00}{(real is null ? string.Empty : " real-f1=" + real.Metrics.F1.ToString("0.0000", CultureInfo.InvariantCulture) + " real-false-alarms=" + real.FalseAlarmRate.ToString("0.0000", CultureInfo.InvariantCulture))} ensemble-threshold={e.Threshold:0.00}{(realEnsemble is null ? string.Empty : " ensemble-real-f1=" + realEnsemble.Metrics.F1.ToString("0.0000", CultureInfo.InvariantCulture) + " ensemble-real-false-alarms=" + realEnsemble.FalseAlarmRate.ToString("0.0000", CultureInfo.InvariantCulture))} -->"));
        return text.ToString();
    }

    private static NetworkSettings NetworkSettingsOf(TrainOptions options) => new(options.Network);

    // The share right per kind, then the trade-off at other thresholds, each as a table.
    private static void KindsAndTradeOff(StringBuilder text, RealSetEvaluation real)
    {
        void Line(string line) => text.Append(line).Append('\n');
        string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        Line("| Label | Kind | Sentences | Share right |");
        Line("| --- | --- | --- | --- |");
        foreach (var (kind, isPartisan, count, share) in real.Kinds)
        {
            Line($"| {(isPartisan ? "partisan" : "neutral")} | {kind} | {count} | {share.ToString("0.00", CultureInfo.InvariantCulture)} |");
        }

        Line(string.Empty);
        Line("The trade-off at other thresholds:");
        Line(string.Empty);
        Line("| Threshold | Precision | Recall | F1 | False alarms on neutral |");
        Line("| --- | --- | --- | --- | --- |");
        foreach (var (threshold, m, falseAlarms) in real.Points)
        {
            Line($"| {threshold.ToString("0.00", CultureInfo.InvariantCulture)} | {F(m.Precision)} | {F(m.Recall)} | {F(m.F1)} | {F(falseAlarms)} |");
        }

        Line(string.Empty);
    }

    // The gate's other ways past: a sentence that names a party, or holds a word of party politics, is read by the
    // encoder whatever its n-gram score.
    private static string GateOnNames(PartisanEnsemble ensemble) =>
        (ensemble.GatesOnPartyNames ? ", and on every sentence that names a party or group (`--gate-party-names`, `lexicons/partisan/party-names.txt`)" : string.Empty)
        + (ensemble.GatesOnPoliticalWords ? ", and on every sentence that holds a word of party politics naming no party (`--gate-political-words`, `lexicons/partisan/political-words.txt`: \"coalition\", \"opposition\", \"manifesto\")" : string.Empty);
}
