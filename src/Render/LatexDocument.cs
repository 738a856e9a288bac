using System.Text;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// Renders a solution to the LaTeX source of the document. The model becomes hand-filled script
/// objects (<see cref="ScriptModel"/>) pushed on a <see cref="TemplateContext"/>; no reflection-based
/// <c>Template.Render(object)</c>, which breaks under trimming and NativeAOT.
/// </summary>
public static class LatexDocument
{
    public const string MainTemplate = "solutions.tex.scriban";

    /// <summary>
    /// The document of one edition: the student edition renders <see cref="StudentView"/> of the solution, and the templates switch on <c>edition</c>.
    /// <paramref name="prepared"/>: the full edition's questions as <see cref="ScriptModel.Prepare"/> printed them while the others were
    /// derived, and as <see cref="Typeset"/> typeset them if it did; the student edition, a different view, prints its own.
    /// </summary>
    public static string Render(Solution solution, TemplateSet? templates = null, DocumentEdition edition = DocumentEdition.Full,
        IReadOnlyList<QuestionModel>? prepared = null)
    {
        templates ??= TemplateSet.Embedded;
        if (edition == DocumentEdition.Student) prepared = null;
        // The student edition has no appendix (solutions.tex.scriban): its rows are not printed.
        var model = edition == DocumentEdition.Student ? ScriptModel.Of(StudentView.Of(solution), appendix: false)
            : prepared is null ? ScriptModel.Of(solution) : ScriptModel.Of(solution, prepared);
        model["edition"] = edition.Name();
        TypesetQuestions(model, templates, prepared?.Select(p => p.Text is { } text && text.Templates == templates ? text : null).ToArray());
        return Normalize(ScribanRenderer.Render(MainTemplate, model, templates));
    }

    public const string QuestionTemplate = "question.tex.scriban";

    /// <summary>
    /// A question of the full edition typeset alone, as soon as it is derived (its worker then typesets it while the others are still
    /// being derived): its text with a hole at each equation number, since the questions before it may not be counted yet. Its section
    /// heading and declarations, which depend on the other questions, are the document template's. With a template directory the
    /// question is left to be typeset with the document (<see cref="ScribanRenderer.Typeset"/> says why).
    /// </summary>
    public static QuestionModel Typeset(QuestionModel question, TemplateSet templates)
    {
        if (!templates.IsEmbedded) return question;
        ScriptModel.NumberEquationsAlone(question.Body);
        var settings = new ScriptObject { ["edition"] = DocumentEdition.Full.Name() };
        return question with { Text = ScribanRenderer.Typeset(QuestionTemplate, [settings, new ScriptObject { ["question"] = question.Body }], templates) };
    }

    /// <summary>
    /// Each question's LaTeX (its <c>tex</c>, which the document template writes in place): the text <see cref="Typeset"/> gave, numbered
    /// from the question's first number, or else rendered here, concurrently: a question reads only its own part of the model and the
    /// document's settings (its equations are numbered in the model already). Each rendering pushes an object of its own, which holds
    /// the question and takes what the template assigns, above the shared model.
    /// </summary>
    private static void TypesetQuestions(ScriptObject model, TemplateSet templates, IReadOnlyList<QuestionText?>? typeset)
    {
        var questions = ScriptModel.Objects(model, "questions").ToArray();
        var missing = Enumerable.Range(0, questions.Length).Where(i => typeset?[i] is null).ToArray();
        var texts = Concurrently.Map(missing, (i, _) =>
            ScribanRenderer.Render(QuestionTemplate, [model, new ScriptObject { ["question"] = questions[i] }], templates));
        for (var k = 0; k < missing.Length; k++) questions[missing[k]]["tex"] = texts[k];
        for (var i = 0; i < questions.Length; i++)
            if (typeset?[i] is { } text) questions[i]["tex"] = text.Fill(ScriptModel.Member<int>(questions[i], "first_number"));
    }

    /// <summary>
    /// At most one blank line in a row, no trailing spaces, and a single final newline: stable, diff-friendly output. One pass over
    /// the text into one builder (a line's trailing '\r' goes with its other trailing spaces), where splitting the whole
    /// document into line strings and joining them again showed in profiles of solve.
    /// </summary>
    private static string Normalize(string tex)
    {
        var output = new StringBuilder(tex.Length);
        var text = tex.AsSpan();
        var previousBlank = true;       // no blank line before the first line of text
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = (end < 0 ? text : text[..end]).TrimEnd();
            if (line.Length > 0 || !previousBlank)
            {
                output.Append(line).Append('\n');
                previousBlank = line.Length == 0;
            }
            if (end < 0) break;
            text = text[(end + 1)..];
        }
        var length = output.Length;
        while (length > 0 && output[length - 1] == '\n') length--;
        // The final newline put in the builder: a string of the document and then a copy of it with "\n" appended made two.
        output.Length = length;
        return output.Append('\n').ToString();
    }
}
