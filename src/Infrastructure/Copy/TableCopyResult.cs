namespace FractalGoals.Infrastructure.Copy;

/// <summary>One table after the copy: rows and content checksum read back from each side (equal when verified).</summary>
public sealed record TableCopyResult(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Verified => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>The copy could not start: the source is not a current-schema database, or the target is not empty. Nothing was written.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>The copy ran but failed (a row the target refused, a checksum that differs); the target transaction was rolled back.</summary>
public sealed class CopyFailedException(string message, Exception? inner = null) : Exception(message, inner);
