using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
using PublicityCheck.Documents;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hostile;

/// <summary>
/// A request that runs past the server's time limit is answered 503 when the limit passes, not when the work ends,
/// and the work is told to stop. The limit here is 1 s; the work would otherwise run for many seconds.
/// </summary>
public class RequestTimeoutTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Check_AnswersServiceUnavailableWhenTheLimitPassesAndStopsTheAnalyzer()
    {
        var analyzer = new SpinningAnalyzer(TimeSpan.FromSeconds(20));
        var checker = new PublicityCheckerOptions { AnalyzerFactory = () => [analyzer] };
        await using var host = await TestServerHost.StartAsync(new ServerOptions { RequestTimeout = Limit, Checker = checker });
        var clock = Stopwatch.StartNew();

        var response = await host.Client.PostAsync("api/v1/check", new StringContent(SampleReleases.Json(SampleReleases.DepotSale), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(clock.Elapsed, Limit, Prompt);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Request timed out", problem.GetProperty("title").GetString());
        Assert.True(await analyzer.Stopped.Task.WaitAsync(Prompt), "the analyzer was not cancelled");
    }

    [Fact]
    public async Task Check_RunsTheCheckOffTheThreadPoolSoWorkThatOverrunsCannotTakeTheServersThreads()
    {
        var analyzer = new ThreadRecordingAnalyzer();
        var checker = new PublicityCheckerOptions { AnalyzerFactory = () => [analyzer] };
        await using var host = await TestServerHost.StartAsync(new ServerOptions { RequestTimeout = Limit, Checker = checker });

        var response = await host.Client.PostAsync("api/v1/check", new StringContent(SampleReleases.Json(SampleReleases.DepotSale), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await analyzer.RanOnThePool.Task.WaitAsync(Prompt), "the check ran on a thread-pool thread");
    }

    [Fact]
    public async Task CheckDocx_AnswersServiceUnavailableWhenTheLimitPassesEvenIfTheReaderDoesNotLook()
    {
        // Like a Word body nested deep enough to take tens of seconds: a reader that never looks at its token.
        var reader = new SlowReader(TimeSpan.FromSeconds(8));
        var checker = new PublicityCheckerOptions { Readers = new DocumentReaders([reader]) };
        await using var host = await TestServerHost.StartAsync(new ServerOptions { RequestTimeout = Limit, Checker = checker });
        var body = new ByteArrayContent(SampleReleases.WordSample("2026-03-12-home-energy-grants-draft.docx"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var clock = Stopwatch.StartNew();

        var response = await host.Client.PostAsync("api/v1/check/docx", body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.InRange(clock.Elapsed, Limit, Prompt);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckDocx_WaitsForTheWorkOfATimedOutRequestBeforeStartingMore()
    {
        // One slot. The first request times out after 1 s but its reader, deaf to cancellation, runs 4 s: the second
        // request waits for the slot, times out in its turn without starting a second read, and the slot is free
        // again once the first read has really ended.
        var reader = new SlowReader(TimeSpan.FromSeconds(4), TimeSpan.Zero);
        var checker = new PublicityCheckerOptions { Readers = new DocumentReaders([reader]) };
        await using var host = await TestServerHost.StartAsync(new ServerOptions { RequestTimeout = Limit, Checker = checker, MaxConcurrentChecks = 1 });
        HttpContent Body()
        {
            var body = new ByteArrayContent(SampleReleases.WordSample("2026-03-12-home-energy-grants-draft.docx"));
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return body;
        }

        var first = await host.Client.PostAsync("api/v1/check/docx", Body());
        var second = await host.Client.PostAsync("api/v1/check/docx", Body());
        var readsWhileBusy = reader.Calls;
        await reader.Idle.WaitAsync(TimeSpan.FromSeconds(10));
        var third = await host.Client.PostAsync("api/v1/check/docx", Body());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(1, readsWhileBusy);
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Equal(2, reader.Calls);
    }

    /// <summary>Spins in a document action until its cancellation token fires (or <c>longest</c> passes), then says so.</summary>
    private sealed class SpinningAnalyzer(TimeSpan longest) : PublicityAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "Spins", "Spins", "Test", DiagnosticSeverity.Warning, "Spins until cancelled.");

        public TaskCompletionSource<bool> Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterDocumentAction(context =>
        {
            var clock = Stopwatch.StartNew();
            while (!context.CancellationToken.IsCancellationRequested && clock.Elapsed < longest)
            {
                Thread.SpinWait(10_000);
                Thread.Yield();
            }

            if (context.CancellationToken.IsCancellationRequested)
            {
                Stopped.TrySetResult(true);
            }

            context.CancellationToken.ThrowIfCancellationRequested();
        });
    }

    /// <summary>Records whether the check it runs in is on a thread-pool thread, and reports nothing.</summary>
    private sealed class ThreadRecordingAnalyzer : PublicityAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST002", "Records its thread", "Records its thread", "Test", DiagnosticSeverity.Warning, "Records the thread it runs on.");

        public TaskCompletionSource<bool> RanOnThePool { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalyzerRegistration registration) =>
            registration.RegisterDocumentAction(_ => RanOnThePool.TrySetResult(Thread.CurrentThread.IsThreadPoolThread));
    }

    /// <summary>
    /// Reads .docx files by sleeping (the first call for the first duration, and so on), deaf to cancellation, then
    /// failing as a too-deep body does.
    /// </summary>
    private sealed class SlowReader(params TimeSpan[] durations) : IDocumentReader
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        /// <summary>Released each time a read ends.</summary>
        public SemaphoreSlim Idle { get; } = new(0);

        public ReleaseFormat Format => ReleaseFormat.Word;

        public IReadOnlyCollection<string> Extensions => [".docx", ".docm"];

        public DocumentReadResult Read(string path, Stream content, ReaderOptions options, CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls);
            Thread.Sleep(durations[Math.Min(call, durations.Length) - 1]);
            Idle.Release();
            return DocumentReadResult.Failure(path, "the part 'word/document.xml' nests elements too deep");
        }
    }
}
