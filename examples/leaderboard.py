"""A game leaderboard on a sorted set: scores, the top N, a player's rank and neighbours.

Run it against any Upstash-compatible endpoint (or `redisrest serve`):

    export UPSTASH_REDIS_REST_URL=... UPSTASH_REDIS_REST_TOKEN=...
    python examples/leaderboard.py
"""

from __future__ import annotations

from typing import NamedTuple

from redisrest import Redis

BOARD = "leaderboard:weekly"


class Standing(NamedTuple):
    rank: int  # 1 for the leader
    player: str
    score: float


def record(r: Redis[str], player: str, points: float) -> float:
    """Add `points` to the player's score (creating the player at 0); the new score."""
    return r.zincrby(BOARD, points, player)


def top(r: Redis[str], n: int) -> list[Standing]:
    """The `n` best players, best first."""
    pairs = r.zrange(BOARD, 0, n - 1, rev=True, withscores=True)  # list[tuple[str, float]]
    return [Standing(i + 1, player, score) for i, (player, score) in enumerate(pairs)]


def standing(r: Redis[str], player: str) -> Standing | None:
    """The player's rank and score, or None when they never scored. One request for both."""
    rank, score = r.pipeline().zrevrank(BOARD, player).zscore(BOARD, player).exec()
    if rank is None or score is None:
        return None
    return Standing(rank + 1, player, score)


def around(r: Redis[str], player: str, spread: int = 1) -> list[Standing]:
    """The player with up to `spread` players above and below them."""
    rank = r.zrevrank(BOARD, player)
    if rank is None:
        return []
    first = max(rank - spread, 0)
    pairs = r.zrange(BOARD, first, rank + spread, rev=True, withscores=True)
    return [Standing(first + i + 1, name, score) for i, (name, score) in enumerate(pairs)]


def main() -> None:
    with Redis.from_env() as r:
        r.delete(BOARD)
        for player, points in [("ada", 120), ("bob", 95), ("cy", 130), ("dee", 80), ("ada", 25)]:
            record(r, player, points)
        r.expire(BOARD, 7 * 24 * 3600)  # a weekly board cleans itself up
        print("top 3:")
        for row in top(r, 3):
            print(f"  #{row.rank} {row.player:5} {row.score:g}")
        print("bob:", standing(r, "bob"))
        print("around bob:", [row.player for row in around(r, "bob")])


if __name__ == "__main__":
    main()
