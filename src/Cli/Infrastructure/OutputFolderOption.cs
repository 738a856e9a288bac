using System.CommandLine;

namespace Ift6135.Sym.Cli.Infrastructure;

/// <summary>
/// The --out option of the commands that write files: a folder, created with its parents when missing. A file
/// where the folder or one of its parents should be is refused while the command line is read, before anything
/// is derived or written, as a usage error (exit 2) naming the file; creating the folder would otherwise fail deep
/// in the writer with an IOException that reads as a bug.
/// </summary>
public static class OutputFolderOption
{
    public static Option<DirectoryInfo> Create(string description)
    {
        var option = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = description,
            DefaultValueFactory = _ => new DirectoryInfo("out"),
            HelpName = "DIR",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { } folder && FileInTheWay(folder.FullName) is { } file)
                result.AddError($"--out {folder}: '{file}' is a file, not a folder; give a folder for the output (it is created if missing)");
        });
        return option;
    }

    /// <summary>The path itself or its nearest existing ancestor when that is a file; null when the folder can be created.</summary>
    public static string? FileInTheWay(string path)
    {
        for (var p = path; !string.IsNullOrEmpty(p); p = Path.GetDirectoryName(p))
        {
            if (Directory.Exists(p)) return null;
            if (File.Exists(p)) return p;
        }
        return null;
    }
}
