namespace ConflictEventsApi.ScaleData;

/// <summary>
/// Zipf-like sampling over ranks 0..n-1: rank k is drawn with weight 1/(k+1)^exponent, so a few
/// tracks and actors hold most rows, as in real event data.
/// </summary>
public sealed class Skew
{
    private readonly double[] _cumulative;

    public Skew(int count, double exponent)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            _cumulative[k] = sum;
        }
        for (var k = 0; k < count; k++) _cumulative[k] /= sum;
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
