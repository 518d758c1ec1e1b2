using ConflictEventsApi.Stats;

namespace ConflictEventsApi.Tests.Stats;

public sealed class StatedRangeTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ARangeAcrossMonthsIsItsWholeMonthsAndTheDaysAtEachEnd()
    {
        var range = StatedRange.Split(D("2017-11-20"), D("2018-02-10"));

        range.HasWholeMonths.Should().BeTrue();
        range.MonthsFrom.Should().Be(D("2017-12-01"));
        range.MonthsUntil.Should().Be(D("2018-02-01"));
        range.Days.Should().Equal((D("2017-11-20"), D("2017-11-30")), (D("2018-02-01"), D("2018-02-10")));
    }

    [Fact]
    public void ARangeOnMonthBoundariesIsWholeMonthsOnly()
    {
        var range = StatedRange.Split(D("2017-12-01"), D("2018-02-28"));

        range.MonthsFrom.Should().Be(D("2017-12-01"));
        range.MonthsUntil.Should().Be(D("2018-03-01"));
        range.Days.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2017-12-02", "2017-12-30")]
    [InlineData("2017-12-15", "2018-01-15")]
    [InlineData("2017-12-26", "2017-12-26")]
    public void ARangeWithoutAWholeMonthIsItsDays(string from, string to)
    {
        var range = StatedRange.Split(D(from), D(to));

        range.HasWholeMonths.Should().BeFalse();
        range.Days.Should().Equal((D(from), D(to)));
    }

    [Fact]
    public void OpenEndsKeepEveryMonthOnThatSide()
    {
        var onlyFrom = StatedRange.Split(D("2017-12-15"), null);
        var onlyTo = StatedRange.Split(null, D("2017-12-15"));

        onlyFrom.MonthsFrom.Should().Be(D("2018-01-01"));
        onlyFrom.MonthsUntil.Should().BeNull();
        onlyFrom.Days.Should().Equal((D("2017-12-15"), D("2017-12-31")));
        onlyTo.MonthsFrom.Should().BeNull();
        onlyTo.MonthsUntil.Should().Be(D("2017-12-01"));
        onlyTo.Days.Should().Equal((D("2017-12-01"), D("2017-12-15")));
    }

    [Fact]
    public void TheCalendarsEndsDoNotOverflow()
    {
        var everything = StatedRange.Split(DateOnly.MinValue, DateOnly.MaxValue);
        var lastMonth = StatedRange.Split(D("9999-12-15"), null);

        everything.HasWholeMonths.Should().BeTrue();
        everything.MonthsUntil.Should().BeNull();
        everything.Days.Should().BeEmpty();
        lastMonth.HasWholeMonths.Should().BeFalse();
        lastMonth.Days.Should().Equal((D("9999-12-15"), DateOnly.MaxValue));
    }
}
