using System.Globalization;
using FractalGoals.Infrastructure.Persistence.Conversions;

namespace FractalGoals.Infrastructure.Seeding;

/// <summary>
/// The only source of variation in seeded data: a seeded <see cref="Random"/> (the same seed gives the same sequence
/// on every run and machine), so ids, names, dates and values are reproducible. Never used for anything secret.
/// </summary>
#pragma warning disable CA5394 // deterministic test data, not security
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A random stream for one fractal, independent of how many fractals come before or after it.</summary>
    public static SeedRandom ForFractal(int seed, int fractalIndex) => new(unchecked((seed * 1_000_003) + fractalIndex));

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Fraction() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order (all of them when there are fewer).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        for (var i = pool.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.Take(count).ToList();
    }

    /// <summary>A lower-case UUID v4 drawn from the seeded stream, as server-made ids look (domain-rules §2.1).</summary>
    public string Uuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    /// <summary>A time within <paramref name="seconds"/> after <paramref name="from"/>, with microseconds like real clock readings.</summary>
    public DateTime After(DateTime from, int seconds) =>
        from.AddSeconds(_random.Next(seconds)).AddTicks(_random.Next(10_000_000) / 10 * 10);
}
#pragma warning restore CA5394

/// <summary>Stored text of seeded times and dates (ADR 0012): naive local, six fraction digits; dates <c>yyyy-MM-dd</c>.</summary>
internal static class SeedText
{
    public static string Time(DateTime value) => value.ToString(LegacyDateTimeConverter.StorageFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTime? value) => value is { } v ? Time(v) : null;

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The wire form the client keeps inside session JSON (<c>2026-01-01T15:56:44.541891</c>).</summary>
    public static string Wire(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
