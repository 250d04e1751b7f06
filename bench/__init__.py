"""`make bench`: redisrest against the clients a user would pick instead (issue 6).

One run, one machine, one local gateway over one private redis-server; redis-py talks to that
redis-server directly. `python -m bench` prints the table of ratios and writes
`bench/results.md`. Each case is a module (`case1_sequential` ... `case6_gateway`) with
`run(env, sizes) -> list[Row]`; `bench._run.run_all` runs them in order, and the smoke test in
`tests/bench/` runs them all with tiny sizes so this code cannot rot.
"""
