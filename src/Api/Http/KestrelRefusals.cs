using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FractalGoals.Api.Http;

/// <summary>
/// Kestrel refuses a request it cannot parse (U+0000 in the target, a request line or headers over its limits, a broken
/// request line) itself, before the app runs, with an empty 4xx and <c>Connection: close</c>. Every error of this API is
/// problem+json (issue 14, ADR 0041), so a connection filter gives exactly those answers the problem body of their
/// status. An answer of the app never matches: each of its 4xx and 5xx carries a Content-Type (the status pages and
/// the exception handler write a problem).
/// </summary>
internal static class KestrelRefusals
{
    // A refusal's head is about 150 bytes; only the end of what was flushed can hold one.
    private const int Tail = 1024;

    public static void AnswerRefusalsWithProblems(this ListenOptions listen) =>
        listen.Use(next => async connection =>
        {
            // Kestrel writes into a pipe of ours, and a pump hands every byte on to the transport: the pipe keeps
            // Kestrel's own use of a PipeWriter (memory lent across flushes, chunk prefixes written late) untouched.
            var transport = connection.Transport;
            var pipe = new Pipe(new PipeOptions(useSynchronizationContext: false));
            connection.Transport = new Duplex(transport.Input, pipe.Writer);
            var pump = PumpAsync(pipe.Reader, transport.Output);
            try
            {
                await next(connection);
            }
            finally
            {
                await pipe.Writer.CompleteAsync();
                await pump;
                connection.Transport = transport;
            }
        });

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }

    private static async Task PumpAsync(PipeReader written, PipeWriter transport)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                var read = await written.ReadAsync();
                var buffer = read.Buffer;
                if (!buffer.IsEmpty)
                {
                    var tailStart = buffer.Length > Tail ? buffer.GetPosition(buffer.Length - Tail) : buffer.Start;
                    var tail = EndsAHead(buffer) ? buffer.Slice(tailStart).ToArray() : [];
                    var refusalAt = RefusalStart(tail);
                    if (refusalAt < 0)
                    {
                        foreach (var segment in buffer) transport.Write(segment.Span);
                    }
                    else
                    {
                        foreach (var segment in buffer.Slice(0, buffer.GetPosition(refusalAt, tailStart))) transport.Write(segment.Span);
                        transport.Write(WithProblem(tail.AsSpan(refusalAt)));
                    }
                }
                written.AdvanceTo(buffer.End);
                var flushed = await transport.FlushAsync();
                if (read.IsCompleted || flushed.IsCompleted) break;
            }
        }
        catch (Exception broken)
        {
            failure = broken;   // the transport went away: Kestrel learns it from the pipe
        }
        finally
        {
            await written.CompleteAsync(failure);
        }
    }

    // Most flushes end mid-body; only those ending in an empty line can end a head (or a chunked body) and are looked at.
    private static bool EndsAHead(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < 4) return false;
        Span<byte> last = stackalloc byte[4];
        buffer.Slice(buffer.Length - 4).CopyTo(last);
        return last.SequenceEqual("\r\n\r\n"u8);
    }

    /// <summary>Where an empty refusal's head starts in <paramref name="tail"/> (it must end it), or -1.</summary>
    private static int RefusalStart(ReadOnlySpan<byte> tail)
    {
        if (!tail.EndsWith("\r\n\r\n"u8)) return -1;
        var at = tail.LastIndexOf("HTTP/1."u8);
        if (at < 0 || (at > 0 && !tail[..at].EndsWith("\r\n"u8))) return -1;
        var head = tail[at..];
        const int statusEnd = 12;   // "HTTP/1.1 400"
        if (head.Length < statusEnd || head[8] != (byte)' ' || head[9] is not ((byte)'4' or (byte)'5')
            || head[..^4].IndexOf("\r\n\r\n"u8) >= 0) return -1;
        var text = Encoding.ASCII.GetString(head);
        return text.Contains(EmptyBody, StringComparison.OrdinalIgnoreCase)
            && !text.Contains("\r\nContent-Type:", StringComparison.OrdinalIgnoreCase)
            && text.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)
            ? at : -1;
    }

    private const string EmptyBody = "\r\nContent-Length: 0\r\n";

    /// <summary>The refusal's head with the problem body of its status.</summary>
    private static byte[] WithProblem(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head);
        var status = int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        var (message, code) = ApiProblems.ForStatus(status);
        var body = JsonSerializer.SerializeToUtf8Bytes(ApiProblems.Details(status, message, code), HttpSetup.ProblemJson);
        var at = text.IndexOf(EmptyBody, StringComparison.OrdinalIgnoreCase);
        var rewritten = string.Concat(text.AsSpan(0, at), $"\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n", text.AsSpan(at + EmptyBody.Length));
        return [.. Encoding.ASCII.GetBytes(rewritten), .. body];
    }
}
