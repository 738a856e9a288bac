using System.Runtime.CompilerServices;

namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// The last line of defence for recursive walks over expression trees: a stack overflow kills the
/// process (it cannot be caught), so recursions check the remaining stack and throw a catchable,
/// documented limit instead. Parsers bound nesting first; this catches trees built by code.
/// </summary>
public static class StackGuard
{
    public static void Ensure(string what)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LimitExceededException(nameof(SafetyLimits.MaxNestingDepth),
                $"{what}: the expression is nested too deeply for the available stack {LimitOptions.Describe(nameof(SafetyLimits.MaxNestingDepth))}");
    }
}
