using System.Text;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// The first check on any untrusted file: its size, its encoding (UTF-8 with or without a byte-order
/// mark, or UTF-16 with one), NUL bytes and other binary data. What passes is returned as text with
/// the mark removed and CRLF / CR line ends turned into LF, so every later line:column is right.
/// Failures are <see cref="ParseException"/>s located at the offending byte's line and column.
/// </summary>
public static class InputGuard
{
    public static string ReadFile(string path, SafetyLimits? limits = null)
    {
        limits ??= SafetyLimits.Current;
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException(Directory.Exists(path) ? $"{path} is a folder, not a file: give the file to read" : $"{path}: no such file", path);
        if (info.Length > limits.MaxInputBytes) throw TooLarge(info.Length, limits);
        return Decode(File.ReadAllBytes(path), limits);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, SafetyLimits? limits = null)
    {
        limits ??= SafetyLimits.Current;
        if (bytes.Length > limits.MaxInputBytes) throw TooLarge(bytes.Length, limits);
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Strict(Encoding.Unicode, bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Strict(Encoding.BigEndianUnicode, bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            var bad = FirstInvalidUtf8(bytes);
            if (bad >= 0) throw At(bytes, bad, $"byte 0x{bytes[bad]:X2} is not UTF-8 text (is this a binary file? save the file as UTF-8)");
            text = Encoding.UTF8.GetString(bytes);
        }
        return CheckText(text, limits);
    }

    /// <summary>Checks text already in memory (size, NUL and control characters) and normalizes line ends.</summary>
    public static string CheckText(string text, SafetyLimits? limits = null)
    {
        limits ??= SafetyLimits.Current;
        if (text.Length > limits.MaxInputBytes) throw TooLarge(text.Length, limits);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') throw TextError(text, i, "NUL byte in the text (is this a binary file?)");
            if (char.IsControl(c) && c is not ('\n' or '\t' or '\f'))
                throw TextError(text, i, $"control character U+{(int)c:X4} in the text (is this a binary file?)");
        }
        return text;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try { return strict.GetString(bytes); }
        catch (DecoderFallbackException) { throw new ParseException(new ParseError("the file starts with a UTF-16 byte-order mark but is not valid UTF-16", new SourceSpan(1, 1, 1), "")); }
    }

    /// <summary>Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }

    /// <summary>Locates a bad byte by decoding (leniently) what precedes it.</summary>
    private static ParseException At(ReadOnlySpan<byte> bytes, int offset, string message)
    {
        var before = Encoding.UTF8.GetString(bytes[..offset]).Replace("\r\n", "\n").Replace('\r', '\n');
        var line = 1 + before.Count(c => c == '\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        var shown = before[lineStart..];
        return new ParseException(new ParseError(message, new SourceSpan(line, before.Length - lineStart + 1, 1), shown));
    }

    private static ParseException TextError(string text, int offset, string message)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        var lineEnd = text.IndexOf('\n', offset);
        var shown = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
        return new ParseException(new ParseError(message, new SourceSpan(line, offset - lineStart + 1, 1), shown));
    }

    private static LimitExceededException TooLarge(long size, SafetyLimits limits) =>
        new(nameof(SafetyLimits.MaxInputBytes), $"input of {size} bytes exceeds the limit of {limits.MaxInputBytes} bytes {LimitOptions.Describe(nameof(SafetyLimits.MaxInputBytes))}");
}
