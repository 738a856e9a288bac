using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Ift6135.Sym.Render;

/// <summary>
/// The LaTeX templates: embedded in the assembly (templates/ of the repository), so the tool works
/// from anywhere, including trimmed and single-file builds; a directory may override them.
/// Also the loader Scriban calls for <c>include</c>.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string? directory;

    private TemplateSet(string? directory) => this.directory = directory;

    public static TemplateSet Embedded { get; } = new(null);

    public static TemplateSet FromDirectory(string directory) => new(directory);

    /// <summary>The templates of the repository, which use only the builtins of <see cref="TemplateBuiltins"/>.</summary>
    public bool IsEmbedded => directory is null;

    public string Read(string name)
    {
        if (directory is not null)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) throw new RenderException($"{path}: template not found");
            return File.ReadAllText(path);
        }
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new RenderException($"templates/{name}: no such template is embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The template parsed, with its errors as a <see cref="RenderException"/>; each template once per set (a parsed template holds no
    /// state of a rendering): once per process for the embedded set, and once per <see cref="FromDirectory"/> for a directory, whose
    /// question template serves each question's rendering (LatexDocument) rather than being read and parsed for each.
    /// </summary>
    public Template Parsed(string name) => parsed.GetOrAdd(name, Parse, this);

    private readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);

    private static Template Parse(string name, TemplateSet templates)
    {
        var template = Template.Parse(templates.Read(name), name);
        if (template.HasErrors) throw new RenderException(string.Join("\n", template.Messages.Select(m => m.ToString())));
        return template;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(templatePath));
}

/// <summary>A template that failed to parse or render; the message names the template, line and column.</summary>
public sealed class RenderException(string message) : Exception(message);
