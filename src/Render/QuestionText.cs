using System.Text;
using Scriban.Runtime;

namespace Ift6135.Sym.Render;

/// <summary>
/// A question's LaTeX as typeset on its own, by the worker that derived it, while the others were still being derived: its text
/// with a hole at each equation number (<see cref="EquationNumber"/>), since where its numbering starts depends on the questions
/// before it. <see cref="Fill"/> gives the text the whole document's rendering would have written.
/// </summary>
public sealed class QuestionText
{
    private readonly string text;
    private readonly (int At, int Offset)[] holes;

    private QuestionText(string text, (int At, int Offset)[] holes, TemplateSet templates)
    {
        this.text = text;
        this.holes = holes;
        Templates = templates;
    }

    /// <summary>The templates it was typeset with: the document uses it only when rendered with the same.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The text with the question's steps numbered from <paramref name="first"/>, its line ends as ScribanRenderer gives them.</summary>
    public string Fill(int first)
    {
        var filled = new StringBuilder(text.Length + 4 * holes.Length);
        var from = 0;
        foreach (var (at, offset) in holes)
        {
            filled.Append(text, from, at - from).Append(first + offset);
            from = at;
        }
        return filled.Append(text, from, text.Length - from).Replace("\r\n", "\n").ToString();
    }

    /// <summary>
    /// The output a question is typeset into: the text written in order (includes of the embedded templates write straight into
    /// it, <see cref="TemplateInclude"/>), and a hole where the template wrote an equation number.
    /// </summary>
    internal sealed class Recorder(TemplateSet templates) : IScriptOutput
    {
        private readonly StringBuilder text = new();
        private readonly List<(int At, int Offset)> holes = [];

        public void Write(string value, int offset, int count) => text.Append(value, offset, count);

        public ValueTask WriteAsync(string value, int offset, int count, CancellationToken cancellationToken)
        {
            Write(value, offset, count);
            return ValueTask.CompletedTask;
        }

        public void Hole(EquationNumber number) => holes.Add((text.Length, number.Offset));

        public QuestionText Finish() => new(text.ToString(), holes.ToArray(), templates);

        /// <summary>Scriban returns its output's text from a rendering; the text is taken by <see cref="Finish"/> instead.</summary>
        public override string ToString() => "";
    }
}
