using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
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
    public static void AnswerRefusalsWithProblems(this ListenOptions listen) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new Transport(connection.Transport);
            return next(connection);
        });

    private sealed class Transport(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output { get; } = new RefusalWriter(inner.Output);
    }

    /// <summary>
    /// Passes every byte through, except that it holds what follows a flush while it may be the head of a 4xx or 5xx:
    /// only those few heads wait for their flush (a 2xx is passed on after its first 12 bytes), and only an empty
    /// refusal is rewritten.
    /// </summary>
    private sealed class RefusalWriter(PipeWriter inner) : PipeWriter
    {
        private const int StatusEnd = 12;   // "HTTP/1.1 400"
        private readonly ArrayBufferWriter<byte> _held = new(512);
        private bool _holding = true;       // a flush ends a response (or a chunk of one): what follows may be a head

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes + (_holding ? _held.WrittenCount : 0);

        public override Memory<byte> GetMemory(int sizeHint = 0) => _holding ? _held.GetMemory(sizeHint) : inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => _holding ? _held.GetSpan(sizeHint) : inner.GetSpan(sizeHint);

        public override void Advance(int bytes)
        {
            if (!_holding)
            {
                inner.Advance(bytes);
                return;
            }
            _held.Advance(bytes);
            if (_held.WrittenCount >= StatusEnd && !IsErrorHead(_held.WrittenSpan)) PassHeld(rewrite: false);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            if (_holding) PassHeld(rewrite: true);
            _holding = true;
            return inner.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            if (_holding) PassHeld(rewrite: true);
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            if (_holding) PassHeld(rewrite: true);
            return inner.CompleteAsync(exception);
        }

        private void PassHeld(bool rewrite)
        {
            var held = _held.WrittenSpan;
            if (held.Length > 0) inner.Write(rewrite && Rewritten(held) is { } problem ? problem : held);
            _held.ResetWrittenCount();
            _holding = false;
        }

        private static bool IsErrorHead(ReadOnlySpan<byte> bytes) =>
            bytes.StartsWith("HTTP/1."u8) && bytes.Length >= StatusEnd && bytes[8] == (byte)' ' && bytes[9] is (byte)'4' or (byte)'5';

        /// <summary>The refusal with a problem body, or null when <paramref name="head"/> is not an empty refusal.</summary>
        private static byte[]? Rewritten(ReadOnlySpan<byte> head)
        {
            if (!IsErrorHead(head) || !head.EndsWith("\r\n\r\n"u8) || head[..^4].IndexOf("\r\n\r\n"u8) >= 0) return null;
            var text = Encoding.ASCII.GetString(head);
            const string empty = "\r\nContent-Length: 0\r\n";
            if (!text.Contains(empty, StringComparison.OrdinalIgnoreCase)
                || text.Contains("\r\nContent-Type:", StringComparison.OrdinalIgnoreCase)
                || !text.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture, out var status)) return null;
            var (message, code) = ApiProblems.ForStatus(status);
            var body = JsonSerializer.SerializeToUtf8Bytes(ApiProblems.Details(status, message, code), HttpSetup.ProblemJson);
            var at = text.IndexOf(empty, StringComparison.OrdinalIgnoreCase);
            var rewritten = string.Concat(text.AsSpan(0, at), $"\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n", text.AsSpan(at + empty.Length));
            return [.. Encoding.ASCII.GetBytes(rewritten), .. body];
        }
    }
}
