"""Integration cases for the generic (keyspace) commands."""

from __future__ import annotations

import uuid

import pytest

from tests.commands._harness import Case, live_params, run_case, v

# 2100-01-01T00:00:00Z: a fixed expiry far enough away to read back exactly.
AT = 4102444800
AT_MS = AT * 1000
# Keys written to database 1 (COPY DB, MOVE) cannot be deleted over REST (no SELECT): a suffix
# unique to this run keeps a previous run's leftovers from changing the replies.
RUN = uuid.uuid4().hex[:12]


def _t(value: object) -> object:
    """A reply value as text, whatever the client's mode (for checks made inside a call)."""
    return value.decode() if isinstance(value, bytes) else value


def _after(value: object, *facts: bool) -> object:
    """Return `value` (the reply under test) once the side effects read after it hold."""
    assert all(facts), f"side effect not as expected: {facts}"
    return value


def _scan_all(r, k, **options):
    """SCAN the whole keyspace for this case's keys; the last reply's cursor, keys sorted."""
    cursor, keys = 0, []
    while True:
        cursor, batch = r.scan(cursor, match=k("*"), **options)
        keys.extend(batch)
        if cursor == 0:
            return cursor, sorted(keys)


def _with_lfu(r, k, prepare):
    """OBJECT FREQ needs an LFU eviction policy: switch to one, read, switch back."""
    previous = _t(r.execute("CONFIG", "GET", "maxmemory-policy")[1])
    r.execute("CONFIG", "SET", "maxmemory-policy", "allkeys-lfu")
    try:
        prepare(r, k)
        return r.object_freq(k("s"))
    finally:
        r.execute("CONFIG", "SET", "maxmemory-policy", previous)


def _hello(r, k):
    r.set(k("s"), "hello")


def _sort_setup(r, k):
    r.rpush(k("l"), "3", "1", "2")
    r.set(k("w_1"), "one")
    r.set(k("w_3"), "three")


def _ttl_100(r, k):
    r.set(k("s"), "v", ex=100)


CASES: list[Case] = [
    Case(
        "COPY",
        lambda r, k: _after(r.copy(k("s"), k("d")), _t(r.get(k("d"))) == "hello"),
        True,
        setup=_hello,
    ),
    Case(
        "COPY",
        lambda r, k: _after(r.copy(k("s"), k("d")), _t(r.get(k("d"))) == "old"),
        False,
        setup=lambda r, k: (r.set(k("s"), "hello"), r.set(k("d"), "old")),
        name="destination-exists",
    ),
    Case(
        "COPY",
        lambda r, k: _after(r.copy(k("s"), k("d"), replace=True), _t(r.get(k("d"))) == "hello"),
        True,
        setup=lambda r, k: (r.set(k("s"), "hello"), r.set(k("d"), "old")),
        name="replace",
    ),
    Case(
        "COPY",
        lambda r, k: _after(r.copy(k("s"), k("d" + RUN), db=1), r.exists(k("d" + RUN)) == 0),
        True,
        setup=_hello,
        name="db",
    ),
    Case("COPY", lambda r, k: r.copy(k("missing"), k("d")), False, name="missing"),
    Case(
        "DEL",
        lambda r, k: _after(r.delete(k("a"), k("b"), k("missing")), r.exists(k("a"), k("b")) == 0),
        2,
        setup=lambda r, k: (r.set(k("a"), "1"), r.rpush(k("b"), "x")),
    ),
    Case(
        "DUMP",
        lambda r, k: r.dump(k("s")),
        setup=_hello,
        check=lambda got, k: got[:7] == b"\x00\x05hello" and len(got) == 7 + 2 + 8,
    ),
    Case("DUMP", lambda r, k: r.dump(k("missing")), None, name="missing"),
    Case(
        "EXISTS",
        lambda r, k: r.exists(k("a"), k("a"), k("b"), k("missing")),
        3,
        setup=lambda r, k: (r.set(k("a"), "1"), r.rpush(k("b"), "x")),
    ),
    Case("EXISTS", lambda r, k: r.exists(k("missing")), 0, name="missing"),
    Case(
        "EXPIRE",
        lambda r, k: _after(r.expire(k("s"), 100), 99 <= r.ttl(k("s")) <= 100),
        True,
        setup=_hello,
    ),
    Case("EXPIRE", lambda r, k: r.expire(k("missing"), 100), False, name="missing"),
    Case("EXPIRE", lambda r, k: r.expire(k("s"), 100, nx=True), True, setup=_hello, name="nx"),
    Case(
        "EXPIRE",
        lambda r, k: _after(r.expire(k("s"), 500, nx=True), r.ttl(k("s")) <= 100),
        False,
        setup=_ttl_100,
        name="nx-prevented",
    ),
    Case(
        "EXPIRE",
        lambda r, k: _after(r.expire(k("s"), 500, xx=True), r.ttl(k("s")) > 400),
        True,
        setup=_ttl_100,
        name="xx",
    ),
    Case(
        "EXPIRE",
        lambda r, k: _after(r.expire(k("s"), 500, xx=True), r.ttl(k("s")) == -1),
        False,
        setup=_hello,
        name="xx-prevented",
    ),
    Case("EXPIRE", lambda r, k: r.expire(k("s"), 500, gt=True), True, setup=_ttl_100, name="gt"),
    Case(
        "EXPIRE",
        lambda r, k: r.expire(k("s"), 50, gt=True),
        False,
        setup=_ttl_100,
        name="gt-prevented",
    ),
    Case(
        "EXPIRE",
        lambda r, k: _after(r.expire(k("s"), 50, lt=True), r.ttl(k("s")) <= 50),
        True,
        setup=_ttl_100,
        name="lt",
    ),
    Case(
        "EXPIRE",
        lambda r, k: r.expire(k("s"), 500, lt=True),
        False,
        setup=_ttl_100,
        name="lt-prevented",
    ),
    Case(
        "EXPIREAT",
        lambda r, k: _after(r.expireat(k("s"), AT), r.expiretime(k("s")) == AT),
        True,
        setup=_hello,
    ),
    Case("EXPIREAT", lambda r, k: r.expireat(k("missing"), AT), False, name="missing"),
    Case(
        "EXPIREAT",
        lambda r, k: r.expireat(k("s"), AT, nx=True),
        False,
        setup=_ttl_100,
        name="nx-prevented",
    ),
    Case(
        "EXPIREAT",
        lambda r, k: _after(r.expireat(k("s"), AT, gt=True), r.expiretime(k("s")) == AT),
        True,
        setup=_ttl_100,
        name="gt",
    ),
    Case(
        "EXPIRETIME",
        lambda r, k: r.expiretime(k("s")),
        AT,
        setup=lambda r, k: r.set(k("s"), "v", exat=AT),
    ),
    Case("EXPIRETIME", lambda r, k: r.expiretime(k("s")), -1, setup=_hello, name="no-expiry"),
    Case("EXPIRETIME", lambda r, k: r.expiretime(k("missing")), -2, name="missing"),
    Case(
        "KEYS",
        lambda r, k: r.keys(k("*")),
        lambda k: [v(k("a")), v(k("b")), v(k("ab"))],
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2"), r.rpush(k("ab"), "x")),
        unordered=True,
    ),
    Case(
        "KEYS",
        lambda r, k: r.keys(k("?")),
        lambda k: [v(k("a")), v(k("b"))],
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2"), r.rpush(k("ab"), "x")),
        unordered=True,
        name="single-char-pattern",
    ),
    Case("KEYS", lambda r, k: r.keys(k("*")), [], name="none"),
    Case(
        "MOVE",
        lambda r, k: _after(r.move(k("s" + RUN), 1), r.exists(k("s" + RUN)) == 0),
        True,
        setup=lambda r, k: r.set(k("s" + RUN), "hello"),
    ),
    Case(
        "MOVE",
        lambda r, k: _after(r.move(k("s" + RUN), 1), r.exists(k("s" + RUN)) == 1),
        False,
        setup=lambda r, k: (
            r.set(k("s" + RUN), "hello"),
            r.copy(k("s" + RUN), k("s" + RUN), db=1),
        ),
        name="exists-in-target",
    ),
    Case("MOVE", lambda r, k: r.move(k("missing"), 1), False, name="missing"),
    Case("OBJECT ENCODING", lambda r, k: r.object_encoding(k("s")), "embstr", setup=_hello),
    Case(
        "OBJECT ENCODING",
        lambda r, k: r.object_encoding(k("s")),
        "int",
        setup=lambda r, k: r.set(k("s"), "123"),
        name="int",
    ),
    Case(
        "OBJECT ENCODING",
        lambda r, k: r.object_encoding(k("s")),
        "raw",
        # Redis embeds strings up to 44 bytes, Valkey 9.1 longer ones: 200 bytes is raw on both
        setup=lambda r, k: r.set(k("s"), "x" * 200),
        name="raw",
    ),
    Case(
        "OBJECT ENCODING",
        lambda r, k: r.object_encoding(k("h")),
        "listpack",
        setup=lambda r, k: r.hset(k("h"), {"f": "v"}),
        name="hash",
    ),
    Case(
        "OBJECT ENCODING",
        lambda r, k: r.object_encoding(k("set")),
        "intset",
        setup=lambda r, k: r.sadd(k("set"), "1", "2"),
        name="intset",
    ),
    Case("OBJECT ENCODING", lambda r, k: r.object_encoding(k("missing")), None, name="missing"),
    Case("OBJECT FREQ", lambda r, k: r.object_freq(k("missing")), None, name="missing"),
    Case(
        "OBJECT HELP",
        lambda r, k: r.object_help(),
        check=lambda got, k: (
            got[0].startswith("OBJECT <subcommand>")
            and any(line.startswith(name) for line in got for name in ("ENCODING", "FREQ"))
        ),
    ),
    Case(
        "OBJECT IDLETIME",
        lambda r, k: r.object_idletime(k("s")),
        setup=_hello,
        check=lambda got, k: 0 <= got <= 2,
    ),
    Case(
        "OBJECT IDLETIME",
        lambda r, k: r.object_idletime(k("s")),
        setup=lambda r, k: r.restore(
            k("s"), 0, (r.set(k("a"), "v"), r.dump(k("a")))[1], idletime=1000
        ),
        check=lambda got, k: 1000 <= got <= 1002,
        name="restored-idle",
    ),
    Case("OBJECT IDLETIME", lambda r, k: r.object_idletime(k("missing")), None, name="missing"),
    Case("OBJECT REFCOUNT", lambda r, k: r.object_refcount(k("s")), 1, setup=_hello),
    Case("OBJECT REFCOUNT", lambda r, k: r.object_refcount(k("missing")), None, name="missing"),
    Case(
        "PERSIST",
        lambda r, k: _after(r.persist(k("s")), r.ttl(k("s")) == -1),
        True,
        setup=_ttl_100,
    ),
    Case("PERSIST", lambda r, k: r.persist(k("s")), False, setup=_hello, name="no-expiry"),
    Case("PERSIST", lambda r, k: r.persist(k("missing")), False, name="missing"),
    Case(
        "PEXPIRE",
        lambda r, k: _after(r.pexpire(k("s"), 100000), 98000 <= r.pttl(k("s")) <= 100000),
        True,
        setup=_hello,
    ),
    Case("PEXPIRE", lambda r, k: r.pexpire(k("missing"), 100000), False, name="missing"),
    Case(
        "PEXPIRE",
        lambda r, k: r.pexpire(k("s"), 500000, nx=True),
        False,
        setup=_ttl_100,
        name="nx-prevented",
    ),
    Case(
        "PEXPIRE",
        lambda r, k: r.pexpire(k("s"), 100000, xx=True),
        False,
        setup=_hello,
        name="xx-prevented",
    ),
    Case(
        "PEXPIRE",
        lambda r, k: r.pexpire(k("s"), 500000, gt=True),
        True,
        setup=_ttl_100,
        name="gt",
    ),
    Case(
        "PEXPIRE",
        lambda r, k: r.pexpire(k("s"), 500000, lt=True),
        False,
        setup=_ttl_100,
        name="lt-prevented",
    ),
    Case(
        "PEXPIREAT",
        lambda r, k: _after(r.pexpireat(k("s"), AT_MS), r.pexpiretime(k("s")) == AT_MS),
        True,
        setup=_hello,
    ),
    Case("PEXPIREAT", lambda r, k: r.pexpireat(k("missing"), AT_MS), False, name="missing"),
    Case(
        "PEXPIREAT",
        lambda r, k: r.pexpireat(k("s"), AT_MS, xx=True),
        False,
        setup=_hello,
        name="xx-prevented",
    ),
    Case(
        "PEXPIRETIME",
        lambda r, k: r.pexpiretime(k("s")),
        AT_MS,
        setup=lambda r, k: r.set(k("s"), "v", exat=AT),
    ),
    Case("PEXPIRETIME", lambda r, k: r.pexpiretime(k("s")), -1, setup=_hello, name="no-expiry"),
    Case("PEXPIRETIME", lambda r, k: r.pexpiretime(k("missing")), -2, name="missing"),
    Case(
        "PTTL",
        lambda r, k: r.pttl(k("s")),
        setup=_ttl_100,
        check=lambda got, k: 98000 <= got <= 100000,
    ),
    Case("PTTL", lambda r, k: r.pttl(k("s")), -1, setup=_hello, name="no-expiry"),
    Case("PTTL", lambda r, k: r.pttl(k("missing")), -2, name="missing"),
    Case(
        "RANDOMKEY",
        lambda r, k: r.randomkey(),
        setup=_hello,
        check=lambda got, k: isinstance(got, (str, bytes)) and len(got) > 0,
        name="any-key",
    ),
    Case(
        "RENAME",
        lambda r, k: _after(
            r.rename(k("s"), k("d")), _t(r.get(k("d"))) == "hello", r.exists(k("s")) == 0
        ),
        True,
        setup=_hello,
    ),
    Case(
        "RENAME",
        lambda r, k: _after(r.rename(k("s"), k("d")), _t(r.get(k("d"))) == "hello"),
        True,
        setup=lambda r, k: (r.set(k("s"), "hello"), r.set(k("d"), "old")),
        name="overwrite",
    ),
    Case(
        "RENAMENX",
        lambda r, k: _after(r.renamenx(k("s"), k("d")), _t(r.get(k("d"))) == "hello"),
        True,
        setup=_hello,
    ),
    Case(
        "RENAMENX",
        lambda r, k: _after(r.renamenx(k("s"), k("d")), _t(r.get(k("d"))) == "old"),
        False,
        setup=lambda r, k: (r.set(k("s"), "hello"), r.set(k("d"), "old")),
        name="exists",
    ),
    Case(
        "RESTORE",
        lambda r, k: _after(
            r.restore(k("d"), 0, r.dump(k("s"))),
            _t(r.get(k("d"))) == "hello",
            r.ttl(k("d")) == -1,
        ),
        True,
        setup=_hello,
    ),
    Case(
        "RESTORE",
        lambda r, k: _after(
            r.restore(k("d"), 0, r.dump(k("s")), replace=True), _t(r.get(k("d"))) == "hello"
        ),
        True,
        setup=lambda r, k: (r.set(k("s"), "hello"), r.set(k("d"), "old")),
        name="replace",
    ),
    Case(
        "RESTORE",
        lambda r, k: _after(
            r.restore(k("d"), 100000, r.dump(k("s"))), 98000 <= r.pttl(k("d")) <= 100000
        ),
        True,
        setup=_hello,
        name="ttl",
    ),
    Case(
        "RESTORE",
        lambda r, k: _after(
            r.restore(k("d"), AT_MS, r.dump(k("s")), absttl=True), r.expiretime(k("d")) == AT
        ),
        True,
        setup=_hello,
        name="absttl",
    ),
    Case(
        "RESTORE",
        lambda r, k: _after(
            r.restore(k("d"), 0, r.dump(k("l"))),
            [_t(x) for x in r.lrange(k("d"), 0, -1)] == ["a", "b"],
        ),
        True,
        setup=lambda r, k: r.rpush(k("l"), "a", "b"),
        name="list",
    ),
    Case(
        "SCAN",
        lambda r, k: _scan_all(r, k),
        lambda k: (0, [v(k("a")), v(k("b")), v(k("l"))]),
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2"), r.rpush(k("l"), "x")),
    ),
    Case(
        "SCAN",
        lambda r, k: _scan_all(r, k, count=1000, type="string"),
        lambda k: (0, [v(k("a")), v(k("b"))]),
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2"), r.rpush(k("l"), "x")),
        name="count,type",
    ),
    Case("SCAN", lambda r, k: _scan_all(r, k), (0, []), name="none"),
    Case(
        "SCAN",
        lambda r, k: r.scan(match=k("*"), count=10),  # the cursor defaults to 0
        setup=lambda r, k: (r.set(k("a"), "1"), r.set(k("b"), "2")),
        check=lambda got, k: got[0] >= 0 and {_t(x) for x in got[1]} <= {k("a"), k("b")},
        name="one-batch",
    ),
    Case("SORT", lambda r, k: r.sort(k("l")), [v("1"), v("2"), v("3")], setup=_sort_setup),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), desc=True, limit=(0, 2)),
        [v("3"), v("2")],
        setup=_sort_setup,
        name="desc,limit",
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), asc=True, limit=(1, 5)),
        [v("2"), v("3")],
        setup=_sort_setup,
        name="asc,limit",
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), alpha=True),
        [v("apple"), v("banana"), v("cherry")],
        setup=lambda r, k: r.rpush(k("l"), "cherry", "apple", "banana"),
        name="alpha",
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), by="nosort"),
        [v("3"), v("1"), v("2")],
        setup=_sort_setup,
        name="by-nosort",
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), by=k("w_*"), alpha=True),
        [v("2"), v("1"), v("3")],
        setup=_sort_setup,
        name="by-pattern",
    ),
    Case("SORT", lambda r, k: r.sort(k("missing")), [], name="missing"),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), get=[k("w_*")], store=k("d")),
        3,
        when={"get": "set", "store": "set"},
        setup=_sort_setup,
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), get=[k("w_*"), "#"]),
        [v("one"), v("1"), None, v("2"), v("three"), v("3")],
        when={"get": "set"},
        setup=_sort_setup,
    ),
    Case(
        "SORT",
        lambda r, k: r.sort(k("l"), by="nosort", get=[k("w_*")]),
        [v("three"), v("one"), None],
        when={"get": "set"},
        setup=_sort_setup,
        name="get=set,by-nosort",
    ),
    Case(
        "SORT",
        lambda r, k: _after(
            r.sort(k("l"), store=k("d")),
            [_t(x) for x in r.lrange(k("d"), 0, -1)] == ["1", "2", "3"],
        ),
        3,
        when={"store": "set"},
        setup=_sort_setup,
    ),
    Case(
        "SORT",
        lambda r, k: _after(r.sort(k("missing"), store=k("d")), r.exists(k("d")) == 0),
        0,
        when={"store": "set"},
        name="store=set,missing",
    ),
    Case("SORT_RO", lambda r, k: r.sort_ro(k("l")), [v("1"), v("2"), v("3")], setup=_sort_setup),
    Case(
        "SORT_RO",
        lambda r, k: r.sort_ro(k("l"), desc=True, alpha=True, limit=(0, 1)),
        [v("3")],
        setup=_sort_setup,
        name="desc,alpha,limit",
    ),
    Case("SORT_RO", lambda r, k: r.sort_ro(k("missing")), [], name="missing"),
    Case(
        "SORT_RO",
        lambda r, k: r.sort_ro(k("l"), get=[k("w_*")]),
        [v("one"), None, v("three")],
        when={"get": "set"},
        setup=_sort_setup,
    ),
    Case(
        "TOUCH",
        lambda r, k: r.touch(k("a"), k("missing"), k("a")),
        2,
        setup=lambda r, k: r.set(k("a"), "1"),
    ),
    Case("TOUCH", lambda r, k: r.touch(k("missing")), 0, name="missing"),
    Case(
        "TTL",
        lambda r, k: r.ttl(k("s")),
        setup=_ttl_100,
        check=lambda got, k: 99 <= got <= 100,
    ),
    Case("TTL", lambda r, k: r.ttl(k("s")), -1, setup=_hello, name="no-expiry"),
    Case("TTL", lambda r, k: r.ttl(k("missing")), -2, name="missing"),
    Case("TYPE", lambda r, k: r.type(k("s")), "string", setup=_hello),
    Case(
        "TYPE",
        lambda r, k: r.type(k("l")),
        "list",
        setup=lambda r, k: r.rpush(k("l"), "a"),
        name="list",
    ),
    Case(
        "TYPE",
        lambda r, k: r.type(k("set")),
        "set",
        setup=lambda r, k: r.sadd(k("set"), "a"),
        name="set",
    ),
    Case(
        "TYPE",
        lambda r, k: r.type(k("z")),
        "zset",
        setup=lambda r, k: r.zadd(k("z"), {"a": 1.0}),
        name="zset",
    ),
    Case(
        "TYPE",
        lambda r, k: r.type(k("h")),
        "hash",
        setup=lambda r, k: r.hset(k("h"), {"f": "v"}),
        name="hash",
    ),
    Case(
        "TYPE",
        lambda r, k: r.type(k("x")),
        "stream",
        setup=lambda r, k: r.execute("XADD", k("x"), "*", "f", "v"),
        name="stream",
    ),
    Case("TYPE", lambda r, k: r.type(k("missing")), "none", name="missing"),
    Case(
        "UNLINK",
        lambda r, k: _after(r.unlink(k("a"), k("b"), k("missing")), r.exists(k("a"), k("b")) == 0),
        2,
        setup=lambda r, k: (r.set(k("a"), "1"), r.sadd(k("b"), "x")),
    ),
    Case("UNLINK", lambda r, k: r.unlink(k("missing")), 0, name="missing"),
]

# Server-wide: an empty database (FLUSHDB) and the eviction policy (CONFIG SET, which the gateway
# only forwards when started with --allow-dangerous). Run on a private gateway, one at a time.
DESTRUCTIVE_CASES: list[Case] = [
    Case(
        "RANDOMKEY",
        lambda r, k: r.randomkey(),
        lambda k: v(k("only")),
        setup=lambda r, k: (r.flushdb(), r.set(k("only"), "v")),
    ),
    Case(
        "RANDOMKEY",
        lambda r, k: r.randomkey(),
        None,
        setup=lambda r, k: r.flushdb(),
        name="empty-database",
    ),
    # A new key starts at the LFU counter's initial value, 5; RESTORE FREQ sets it.
    Case("OBJECT FREQ", lambda r, k: _with_lfu(r, k, _hello), 5),
    Case(
        "OBJECT FREQ",
        lambda r, k: _with_lfu(r, k, lambda r, k: r.restore(k("s"), 0, r.dump(k("a")), freq=10)),
        10,
        setup=lambda r, k: r.set(k("a"), "hello"),
        name="restored-freq",
    ),
]


@pytest.mark.parametrize(("case", "server"), live_params(CASES))
def test_case(case: Case, server: str, mode: str, live_client) -> None:
    run_case(case, live_client(server, mode), binary=mode == "bytes", server=server)
