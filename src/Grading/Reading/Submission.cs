namespace Ift6135.Sym.Grading.Reading;

/// <summary>The body of one answer environment and the line and column of the document where the body starts (right after its \begin).</summary>
public sealed record AnswerText(string PartId, string Body, int Line, int Column = 1);

/// <summary>
/// One student's file, read: the student id (the file name without extension), the answers by
/// sub-question, what made the file unreadable in part or in whole (each message names file:line:column),
/// and the sub-questions whose answer was found but could not be read, with why (shown at the sub-question
/// instead of "no answer was given").
/// </summary>
public sealed record Submission(
    string Student,
    string File,
    IReadOnlyDictionary<string, AnswerText> Answers,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, string>? Unread = null)
{
    /// <summary>True when no answer environment could be found at all (not a filled template).</summary>
    public bool IsTemplate => Answers.Count > 0;

    public string? WhyUnread(string partId) => Unread?.GetValueOrDefault(partId);
}
