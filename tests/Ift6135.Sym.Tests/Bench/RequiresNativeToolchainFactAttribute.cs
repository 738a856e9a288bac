namespace Ift6135.Sym.Tests.Bench;

/// <summary>
/// A fact that is skipped, with the reason, when the NativeAOT toolchain (clang and zlib's headers)
/// is absent; on a machine that has it (CI on this kind of machine) the test runs.
/// </summary>
public sealed class RequiresNativeToolchainFactAttribute : FactAttribute
{
    public RequiresNativeToolchainFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/include/zlib.h") || !ClangOnPath())
            Skip = "NativeAOT needs Linux with clang and zlib1g-dev (apt-get install clang zlib1g-dev; scripts/native.sh installs them).";
    }

    /// <summary>clang, or a versioned clang-N (Debian's clang-14 without the unversioned link), as the ILCompiler accepts.</summary>
    private static bool ClangOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(Directory.Exists)
            .Any(dir => File.Exists(Path.Combine(dir, "clang")) || Directory.EnumerateFiles(dir, "clang-*").Any(f => char.IsDigit(Path.GetFileName(f)[6..].FirstOrDefault())));
}
