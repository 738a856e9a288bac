namespace Ift6135.Sym.Render;

/// <summary>
/// Who a rendering of the solutions is for. Both render the same solution model: the full edition is the teaching
/// assistant's (how each step was checked, seeds, the appendices of checks); the student edition keeps the solutions
/// and their answers and leaves the record of checking out.
/// </summary>
public enum DocumentEdition
{
    Full,
    Student,
}

/// <summary>Names of the editions on the command line, in templates and in file names.</summary>
public static class DocumentEditions
{
    /// <summary>The name the command line and the templates use: "full" or "student".</summary>
    public static string Name(this DocumentEdition edition) => edition == DocumentEdition.Student ? "student" : "full";

    /// <summary>The output's base name: solutions (full, as before editions existed) and solutions-student, side by side in one directory.</summary>
    public static string FileName(this DocumentEdition edition) =>
        edition == DocumentEdition.Student ? SolutionsWriter.DocumentName + "-student" : SolutionsWriter.DocumentName;
}
