using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/FractalGoals.Benchmarks [-- --filter '*Tree*']
// The database: FRACTALGOALS_BENCH_DB (default .bench/medium.db under the repository), seeded at medium scale if missing.
BenchmarkSwitcher.FromAssembly(typeof(FractalGoals.Benchmarks.ReadPathBenchmarks).Assembly).Run(args);
