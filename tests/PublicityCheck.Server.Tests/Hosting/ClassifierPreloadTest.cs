using Microsoft.Extensions.DependencyInjection;
using PublicityCheck.Server.Api;
using PublicityCheck.Server.Tests.Support;

namespace PublicityCheck.Server.Tests.Hosting;

/// <summary>The server starts the party-political classifier's load as it starts, so that Word's first check does not wait for it.</summary>
public sealed class ClassifierPreloadTest
{
    [Fact]
    public async Task Start_LoadsTheClassifierBeforeTheFirstRequest()
    {
        await using var host = await TestServerHost.StartAsync();

        var load = host.Services.GetRequiredService<CheckService>().ClassifierLoad;

        Assert.NotNull(load);
        await load.WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Start_WithPreloadOff_LeavesTheClassifierToTheFirstCheck()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { PreloadClassifier = false });

        Assert.Null(host.Services.GetRequiredService<CheckService>().ClassifierLoad);
    }

    [Fact]
    public async Task StartClassifierLoad_AfterAStartWithPreloadOff_StartsOneLoad()
    {
        await using var host = await TestServerHost.StartAsync(new ServerOptions { PreloadClassifier = false });
        var service = host.Services.GetRequiredService<CheckService>();

        var first = service.StartClassifierLoad();
        var second = service.StartClassifierLoad();

        Assert.Same(first, second);
        Assert.Same(first, service.ClassifierLoad);
        await first.WaitAsync(TimeSpan.FromMinutes(2));
    }
}
