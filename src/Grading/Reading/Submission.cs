namespace Ift6135.Sym.Grading.Reading;

/// <summary>The body of one answer environment and the line of the document where the body starts.</summary>
public sealed record AnswerText(string PartId, string Body, int Line);

/// <summary>
/// One student's file, read: the student id (the file name without extension), the answers by
/// sub-question, and what made the file unreadable in part or in whole (each message names file:line).
/// </summary>
public sealed record Submission(string Student, string File, IReadOnlyDictionary<string, AnswerText> Answers, IReadOnlyList<string> Problems)
{
    /// <summary>True when no answer environment could be found at all (not a filled template).</summary>
    public bool IsTemplate => Answers.Count > 0;
}
