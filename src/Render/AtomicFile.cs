namespace Ift6135.Sym.Render;

/// <summary>Replaces a file in one step: write beside it under a temporary name, then rename over it.</summary>
public static class AtomicFile
{
    public static string Write(string destination, byte[] content)
    {
        var temp = TempBeside(destination);
        File.WriteAllBytes(temp, content);
        File.Move(temp, destination, overwrite: true);
        return destination;
    }

    /// <summary>Text as UTF-8 without a byte-order mark, as <see cref="File.WriteAllText(string, string)"/> writes it.</summary>
    public static string Write(string destination, string text)
    {
        var temp = TempBeside(destination);
        File.WriteAllText(temp, text);
        File.Move(temp, destination, overwrite: true);
        return destination;
    }

    public static string CopyInto(string source, string destination)
    {
        var temp = TempBeside(destination);
        File.Copy(source, temp, overwrite: true);
        File.Move(temp, destination, overwrite: true);
        return destination;
    }

    // Same directory, so the rename stays on one file system and is atomic.
    private static string TempBeside(string destination) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(destination))!, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.tmp");
}
