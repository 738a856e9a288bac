using System.Text;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>Files as bytes: encodings, byte-order marks, line ends, binary data, size.</summary>
public sealed class InputGuardTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void An_empty_file_is_empty_text() => Assert.Equal("", InputGuard.Decode([]));

    [Fact]
    public void A_utf8_byte_order_mark_is_removed() => Assert.Equal("x + 1", InputGuard.Decode([0xEF, 0xBB, 0xBF, .. Utf8("x + 1")]));

    [Fact]
    public void A_utf16_little_endian_file_with_its_mark_is_read() =>
        Assert.Equal("a\u00e9 = 1", InputGuard.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\u00e9 = 1")]));

    [Fact]
    public void A_utf16_big_endian_file_with_its_mark_is_read() =>
        Assert.Equal("x", InputGuard.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("x")]));

    [Fact]
    public void Crlf_and_lone_cr_line_ends_become_lf() => Assert.Equal("a\nb\nc\n", InputGuard.Decode(Utf8("a\r\nb\rc\r\n")));

    [Fact]
    public void Accented_prose_passes() => Assert.Equal("Dérivée: $x$", InputGuard.Decode(Utf8("Dérivée: $x$")));

    [Fact]
    public void A_byte_order_mark_given_as_text_is_removed() => Assert.Equal("x", InputGuard.CheckText("\uFEFFx"));

    public static TheoryData<byte[], string, int, int> BadFiles() => new()
    {
        { [.. Utf8("x + 1\ny"), 0, .. Utf8("z")], "NUL byte", 2, 2 },
        { [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "control character U+007F", 1, 1 },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "byte 0x89 is not UTF-8 text", 1, 1 },
        { [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0xE2, 0xE3, 0xCF, 0xD3], "byte 0xE2 is not UTF-8 text", 2, 1 },
        { [.. Utf8("line one\r\nab"), 0xE9, .. Utf8("t\u00e9")], "byte 0xE9 is not UTF-8 text (is this a binary file? save the file as UTF-8)", 2, 3 },
        { [.. Utf8("x"), 0xC0, 0xAF], "byte 0xC0 is not UTF-8 text", 1, 2 },
        { [.. Utf8("x"), 0xED, 0xA0, 0x80], "byte 0xED is not UTF-8 text", 1, 2 },
        { [.. Utf8("\u00e9\u00e9"), 0xF0, 0x9F], "byte 0xF0 is not UTF-8 text", 1, 3 },
        { [.. Utf8("a\tb\n\u0001")], "control character U+0001", 2, 1 },
        { [.. Utf8("a"), 0x1B, .. Utf8("[31mred")], "control character U+001B", 1, 2 },
        { [0xFF, 0xFE, 0x00, 0xD8], "not valid UTF-16", 1, 1 },
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ok\n\0")], "NUL byte", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(BadFiles), DisableDiscoveryEnumeration = true)]
    public void Binary_or_badly_encoded_files_are_refused_with_a_place(byte[] bytes, string expected, int line, int column)
    {
        var error = Assert.Throws<ParseException>(() => InputGuard.Decode(bytes)).Error;
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.DoesNotContain('\0', error.Format("f.tex"));
    }

    [Fact]
    public void A_ten_megabyte_line_is_refused_by_size_before_it_is_decoded()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 10 << 20));
        var e = Assert.Throws<LimitExceededException>(() => InputGuard.Decode(bytes));
        Assert.Equal(nameof(SafetyLimits.MaxInputBytes), e.LimitName);
        Assert.Contains($"input of {10 << 20} bytes exceeds the limit of {1 << 20} bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        var limits = SafetyLimits.Default with { MaxInputBytes = 4 };
        Assert.Equal("abcd", InputGuard.Decode(Utf8("abcd"), limits));
        Assert.Throws<LimitExceededException>(() => InputGuard.Decode(Utf8("abcde"), limits));
        Assert.Throws<LimitExceededException>(() => InputGuard.CheckText("abcde", limits));
    }

    [Fact]
    public void A_file_on_disk_is_checked_by_size_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"harden-{Environment.ProcessId}-big.tex");
        try
        {
            using (var f = File.Create(path)) f.SetLength(2 << 20);
            Assert.Throws<LimitExceededException>(() => InputGuard.ReadFile(path));
            File.WriteAllText(path, "\uFEFFa\r\nb");
            Assert.Equal("a\nb", InputGuard.ReadFile(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_long_source_line_is_shown_cut_to_a_screen()
    {
        var error = Assert.Throws<ParseException>(() => InputGuard.CheckText(new string('a', 5000) + "\0b")).Error;
        var lines = error.Format("f.tex").Split('\n');
        Assert.Equal("f.tex:1:5001: NUL byte in the text (is this a binary file?)", lines[0]);
        Assert.True(lines[1].Length < 200, $"shown line has {lines[1].Length} characters");
        Assert.Equal('?', lines[1][lines[2].IndexOf('^')]);
    }
}
