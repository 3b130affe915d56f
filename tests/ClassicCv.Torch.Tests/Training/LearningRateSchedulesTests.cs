using ClassicCv.Torch.Native;
using ClassicCv.Torch.Training;
using static TorchSharp.torch;

namespace ClassicCv.Torch.Tests.Training;

public sealed class LearningRateSchedulesTests
{
    private const int Steps = 100;

    [Fact]
    public void Given_cosine_When_stepping_every_batch_Then_the_rate_falls_from_its_start_to_zero_without_rising()
    {
        var rates = Rates(LearningRateSchedule.Cosine);

        Assert.Equal(0.01, rates[0], 9);
        Assert.All(rates.Zip(rates.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1e-12, $"{pair.Second} after {pair.First}"));
        Assert.InRange(rates[^1], 0, 1e-5);
    }

    [Fact]
    public void Given_one_cycle_When_stepping_every_batch_Then_the_rate_warms_up_to_its_peak_over_30_percent_then_falls_below_its_start()
    {
        var rates = Rates(LearningRateSchedule.OneCycle);

        var peak = Array.IndexOf(rates, rates.Max());
        Assert.InRange(peak, 28, 32);
        Assert.InRange(rates[peak], 0.01 - 1e-5, 0.01);
        Assert.True(rates[0] < 0.01 / 10, $"starts at {rates[0]}");
        Assert.True(rates[^1] < rates[0] / 10, $"ends at {rates[^1]}");
    }

    [Fact]
    public void Given_constant_When_creating_Then_there_is_no_scheduler_and_each_name_parses_back()
    {
        LibTorchLoader.EnsureLoaded();
        using var weight = new TorchSharp.Modules.Parameter(zeros(3));
        using var optimizer = optim.Adam([weight], 0.01);

        Assert.Null(LearningRateSchedules.Create(optimizer, LearningRateSchedule.Constant, [0.01], Steps));
        Assert.All(Enum.GetValues<LearningRateSchedule>(), schedule => Assert.Equal(schedule, LearningRateSchedules.Parse(LearningRateSchedules.Name(schedule))));
    }

    // The rate of each of the Steps batches, read before the batch's step, with a peak rate of 0.01.
    private static double[] Rates(LearningRateSchedule schedule)
    {
        LibTorchLoader.EnsureLoaded();
        using var weight = new TorchSharp.Modules.Parameter(zeros(3));
        using var optimizer = optim.Adam([weight], 0.01);
        var scheduler = LearningRateSchedules.Create(optimizer, schedule, [0.01], Steps)!;
        var rates = new double[Steps];
        for (var i = 0; i < Steps; i++)
        {
            rates[i] = optimizer.ParamGroups.First().LearningRate;
            optimizer.step();
            scheduler.step();
        }

        return rates;
    }
}
