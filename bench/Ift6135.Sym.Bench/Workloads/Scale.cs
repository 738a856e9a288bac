namespace Ift6135.Sym.Bench.Workloads;

/// <summary>Full: the sizes the report measures. Smoke: tiny sizes that only show the harness works.</summary>
public enum Scale { Full, Smoke }
