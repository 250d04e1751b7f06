"""A chat room on pub/sub: members publish to a channel, listeners receive over server-sent
events, and the last messages are kept in a list for whoever joins later.

Pub/sub delivers a message to the listeners subscribed at that moment, at most once; the
history list is what makes a late joiner see the conversation.

    export UPSTASH_REDIS_REST_URL=... UPSTASH_REDIS_REST_TOKEN=...
    python examples/chat.py
"""

from __future__ import annotations

import asyncio
import json

from redisrest import AsyncRedis, AsyncSubscription

HISTORY = 50  # messages kept per room


def channel(room: str) -> str:
    return f"chat:{room}"


async def say(r: AsyncRedis[str], room: str, user: str, text: str) -> int:
    """Post a message: keep it in the room's history and publish it; the listeners reached."""
    message = json.dumps({"user": user, "text": text})
    history = f"chat:{room}:history"
    _, _, listeners = await (
        r.multi()
        .rpush(history, message)
        .ltrim(history, -HISTORY, -1)
        .publish(channel(room), message)
    ).exec()
    return listeners


async def history(r: AsyncRedis[str], room: str) -> list[tuple[str, str]]:
    """The room's last messages, oldest first, as (user, text)."""
    return [_parse(item) for item in await r.lrange(f"chat:{room}:history", 0, -1)]


async def listen(subscription: AsyncSubscription[str], until: str) -> list[tuple[str, str]]:
    """Collect the messages of an open subscription until one says `until`."""
    heard: list[tuple[str, str]] = []
    async for message in subscription:
        heard.append(_parse(message.data))
        if heard[-1][1] == until:
            break
    return heard


def _parse(raw: str) -> tuple[str, str]:
    item = json.loads(raw)
    return str(item["user"]), str(item["text"])


async def main() -> None:
    async with AsyncRedis.from_env() as r:
        await r.delete("chat:lobby:history")
        await say(r, "lobby", "ada", "anyone here?")  # before anyone listens: history only

        # `async with` returns once the server confirmed the subscription: nothing is missed.
        async with r.subscribe(channel("lobby")) as subscription:
            listener = asyncio.create_task(listen(subscription, until="bye"))
            await say(r, "lobby", "bob", "hi ada")
            await say(r, "lobby", "ada", "bye")
            heard = await listener

        print("live:", heard)
        print("history:", await history(r, "lobby"))


if __name__ == "__main__":
    asyncio.run(main())
