"""Fills N copies of the answer template (`ift6135-sym template`) the way a class would: a seeded
mix of correct answers, known mistakes, and broken LaTeX, so that `grade` can be timed on N files.

Usage: submissions.py TEMPLATE.tex OUTDIR N [--seed S]
Each answer environment keeps its declaration lines; its body is drawn per part: correct (60%),
wrong (30%), broken (10%). Parts with no entry below are left unanswered. The answers were worked
out by hand (the same ones as tests/Ift6135.Sym.Tests/Grading/Submissions.cs); the derivations are
short align* chains, valid or with one wrong step, so that grading also runs the step checker.
"""
import argparse
import os
import random
import re

FIELD_A_THEN_A = "32, 42, 43, 44, 52, 53, 54, 55"
FIELD_MIXED = "32, 33, 42, 43, 44, 45, 52, 53, 54, 55"
FIELD_B_THEN_B = "32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55"
MATRIX = "$\\begin{{pmatrix}} 1 & {a} \\\\ {b} & 1 \\end{{pmatrix}}$"
DERIVATION_OK = "\\begin{{align*}}\n(a + {k})^2 &= a^2 + {two_k} a + {k2} \\\\\n&\\geq 0\n\\end{{align*}}"
DERIVATION_BAD = "\\begin{{align*}}\n(a + {k})^2 &= a^2 + {k2} \\\\\n&\\geq 0\n\\end{{align*}}"

ANSWERS = {  # part: (correct, wrong)
    "q1.1": (FIELD_A_THEN_A, "12, 13, 14, 15, 24, 25"),
    "q1.2": (FIELD_MIXED, FIELD_B_THEN_B),
    "q1.3": ("0 0 0 0 0\n0 0 0 0 0\n0 1 1 0 0\n0 1 1 1 1\n0 1 1 1 1", "54, 55"),
    "q1.4": (FIELD_B_THEN_B, FIELD_A_THEN_A),
    "q2.2": ("$O(K)$", "$O(K^3)$"),
    "q2.4": ("$\\mathcal{O}(K)$", "$O(K^{2.37})$"),
    "q6.1": (MATRIX.format(a="\\alpha", b="-\\alpha"), MATRIX.format(a="-\\alpha", b="-\\alpha")),
    "q6.2": ("$(0, 0)$", "$(1, 1)$"),
    "q6.3": ("eigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha\\}$\nbehaviour: diverges",
             "eigenvalues: $\\{1 + \\alpha, 1 - \\alpha\\}$\nbehaviour: converges"),
}
DERIVATION_PARTS = ("q2.1", "q5.1", "q5.2", "q5.3", "q5.4")
BROKEN = ("$\\frac{1}{ $", "$\\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & \\frac{1}{ \\end{pmatrix}$", "$\\left( a + b $")


def body(part, rng):
    roll = rng.random()
    if roll < 0.10:
        return rng.choice(BROKEN)
    if part in DERIVATION_PARTS:
        k = rng.randint(1, 40)
        return (DERIVATION_OK if roll < 0.70 else DERIVATION_BAD).format(k=k, two_k=2 * k, k2=k * k)
    if part in ANSWERS:
        return ANSWERS[part][0 if roll < 0.70 else 1]
    return None


def fill(template, rng):
    def answer(m):
        part, inside = m.group(1), m.group(2)
        kept = [line for line in inside.strip("\n").split("\n") if line.startswith("%")]
        text = body(part, rng)
        lines = kept + ([text] if text else [])
        return "\\begin{answer}{" + part + "}\n" + "".join(line + "\n" for line in lines) + "\\end{answer}"
    return re.sub(r"\\begin\{answer\}\{([^}]*)\}\n(.*?)\\end\{answer\}", answer, template, flags=re.S)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("template")
    ap.add_argument("outdir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=6135)
    a = ap.parse_args()
    with open(a.template) as f:
        template = f.read()
    rng = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    for i in range(a.n):
        with open(os.path.join(a.outdir, f"{20260000 + i}.tex"), "w") as f:
            f.write(fill(template, rng))


if __name__ == "__main__":
    main()
