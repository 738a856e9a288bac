using System.Collections.Frozen;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public enum CommandCategory
{
    Greek,
    Function,
    Operator,
    Relation,
    Space,
    Text,
    /// <summary>A font or accent that becomes part of a name: \mathbf{x}, \hat{\theta}.</summary>
    Decoration,
    Fraction,
    Sqrt,
    BigOperator,
    Constant,
    /// <summary>A command the parser treats one by one: \left, \begin, \operatorname, \mathbb, \partial...</summary>
    Special,
    /// <summary>Known, but meaningless for checking (\cdots): reported as such.</summary>
    Unsupported,
}

/// <summary>What the table knows of one command: its category and a payload (the Greek name, the function, the relation...).</summary>
public sealed record CommandInfo(CommandCategory Category, string Payload);

/// <summary>
/// The table that drives the scanner and the parser: every control sequence the checker understands,
/// by category. Adding a command is adding a row here, not a branch in the parser.
/// </summary>
public static class CommandTable
{
    private static readonly string[] GreekNames =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
        "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi",
        "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "ell",
    ];

    private static readonly FrozenDictionary<string, CommandInfo> Table = Build();

    private static FrozenDictionary<string, CommandInfo> Build()
    {
        var t = new Dictionary<string, CommandInfo>(StringComparer.Ordinal);
        void Add(CommandCategory c, string payload, params string[] names) { foreach (var n in names) t[n] = new CommandInfo(c, payload); }
        foreach (var g in GreekNames) Add(CommandCategory.Greek, g.StartsWith("var", StringComparison.Ordinal) && g != "varphi" ? g[3..] : g, g);
        Add(CommandCategory.Greek, "phi", "varphi");
        Add(CommandCategory.Function, "log", "log", "ln");
        Add(CommandCategory.Function, "exp", "exp");
        Add(CommandCategory.Function, "max", "max");
        Add(CommandCategory.Function, "min", "min");
        Add(CommandCategory.Function, "det", "det");
        Add(CommandCategory.Function, "tr", "tr", "Tr", "trace");
        Add(CommandCategory.Function, "sin", "sin");
        Add(CommandCategory.Function, "cos", "cos");
        Add(CommandCategory.Function, "tanh", "tanh");
        Add(CommandCategory.Function, "sinh", "sinh");
        Add(CommandCategory.Function, "cosh", "cosh");
        Add(CommandCategory.Operator, "*", "cdot", "ast");
        Add(CommandCategory.Operator, "x", "times");
        Add(CommandCategory.Operator, "o", "odot", "circ");
        Add(CommandCategory.Operator, "%", "oslash");
        Add(CommandCategory.Operator, "/", "div");
        Add(CommandCategory.Operator, "pm", "pm");
        Add(CommandCategory.Operator, "mp", "mp");
        Add(CommandCategory.Relation, "!=", "neq", "ne");
        Add(CommandCategory.Relation, "<=", "le", "leq", "leqslant");
        Add(CommandCategory.Relation, ">=", "ge", "geq", "geqslant");
        Add(CommandCategory.Relation, "~~", "approx", "simeq", "sim", "propto");
        Add(CommandCategory.Relation, "=>", "implies", "Rightarrow", "Longrightarrow", "therefore");
        Add(CommandCategory.Relation, "<=>", "iff", "Leftrightarrow", "Longleftrightarrow");
        Add(CommandCategory.Relation, "<==", "impliedby", "Leftarrow", "Longleftarrow");
        Add(CommandCategory.Relation, ":=", "coloneqq", "triangleq", "equiv", "defeq");
        Add(CommandCategory.Relation, "in", "in", "to", "mapsto", "rightarrow");
        Add(CommandCategory.Space, "", "quad", "qquad", ",", ";", ":", "!", " ", "displaystyle", "textstyle", "nonumber", "notag",
            "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "limits", "nolimits", "\n", "\t");
        Add(CommandCategory.Text, "", "text", "textrm", "textit", "textbf", "mbox", "intertext", "label", "tag", "hspace", "vspace", "phantom");
        Add(CommandCategory.Decoration, "bold", "mathbf", "boldsymbol", "bm", "vb");
        Add(CommandCategory.Decoration, "rm", "mathrm", "mathit", "mathsf");
        Add(CommandCategory.Decoration, "cal", "mathcal", "mathscr");
        Add(CommandCategory.Decoration, "hat", "hat", "widehat");
        Add(CommandCategory.Decoration, "tilde", "tilde", "widetilde");
        Add(CommandCategory.Decoration, "bar", "bar", "overline");
        Add(CommandCategory.Decoration, "vec", "vec");
        Add(CommandCategory.Decoration, "dot", "dot");
        Add(CommandCategory.Fraction, "", "frac", "dfrac", "tfrac", "cfrac");
        Add(CommandCategory.Sqrt, "", "sqrt");
        Add(CommandCategory.BigOperator, "sum", "sum");
        Add(CommandCategory.BigOperator, "prod", "prod");
        Add(CommandCategory.Constant, "pi", "pi");
        Add(CommandCategory.Constant, "infty", "infty");
        Add(CommandCategory.Special, "", "left", "right", "begin", "end", "operatorname", "mathbb", "partial", "{", "}", "|",
            "langle", "rangle", "lfloor", "rfloor", "top", "intercal", "prime", "star", "mathrm", "Vert", "lVert", "rVert");
        Add(CommandCategory.Unsupported, "", "cdots", "ldots", "dots", "vdots", "ddots", "int", "iint", "oint", "nabla", "lim",
            "sup", "inf", "arg", "argmax", "argmin", "cup", "cap", "forall", "exists", "setminus");
        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static CommandInfo? Find(string name) => Table.TryGetValue(name, out var info) ? info : null;

    public static bool IsGreek(string name) => Table.TryGetValue(name, out var i) && i.Category == CommandCategory.Greek;

    /// <summary>Operator names written with \operatorname{..} or \mathrm{..} that the parser knows as functions.</summary>
    public static string? OperatorName(string word) => word switch
    {
        "tr" or "Tr" or "trace" => "tr",
        "det" => "det",
        "diag" => "diag",
        "sigmoid" => "sigmoid",
        "logit" => "logit",
        "ReLU" or "relu" or "Relu" => "relu",
        "sign" or "sgn" => "sign",
        "log" or "ln" => "log",
        "exp" => "exp",
        "max" => "max",
        "min" => "min",
        "KL" => "KL",
        _ => null,
    };
}
