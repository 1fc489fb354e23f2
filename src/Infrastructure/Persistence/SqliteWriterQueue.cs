using System.Collections.Concurrent;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// One queue per SQLite file for this process's write transactions (ADR 0047). SQLite lets one writer in at a time;
/// the others wait in its busy handler, which sleeps and retries, so under load a waiting writer may lose its turn
/// again and again (seconds at the 99th percentile in the mixed load). Queued here first, writers of this process
/// take the write lock in turn, each the moment the one before it commits. Writers of other processes (the CLI)
/// still meet SQLite's busy handler.
/// </summary>
internal static class SqliteWriterQueue
{
    // As long as Microsoft.Data.Sqlite waits for a busy lock (its default command timeout): a writer is never refused
    // sooner than it was before the queue.
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    /// <summary>Waits for this file's turn; dispose the turn after the transaction ends.</summary>
    public static async Task<IDisposable> EnterAsync(string file, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        if (!await queue.WaitAsync(MostWait, cancellationToken))
            throw new TimeoutException($"No write turn on the database within {MostWait.TotalSeconds:0} s");
        return new Turn(queue);
    }

    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) queue.Release();
        }
    }
}
