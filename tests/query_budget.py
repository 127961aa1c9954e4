"""No N+1 queries: a page costs the same number of queries with N and with 10×N objects.

Use the ``query_budget`` fixture (tests/conftest.py)::

    def test_partner_list_queries(query_budget):
        query_budget("/en/partners/", make=PartnerFactory.create_batch, budget=6)

``make(n)`` creates ``n`` more objects of what the page lists. The page is rendered
with ``n`` of them, then with ``10 × n``; both must answer 200, cost the same number of
queries, and stay within ``budget``. The cache is cleared before each rendering so the
page is really built (not served by the page cache), and the page is rendered once
before counting so one-off queries (content types, first-use lookups) do not count as
an N+1.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cop_portal import page_cache


@dataclass
class QueryCount:
    objects: int
    queries: int
    sql: list


def count_queries(client, url):
    cache.clear()
    # The page cache's versions are made once per content change, not per page: prime
    # them so the count is what every rebuilt page costs.
    page_cache.prime_versions()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return len(context.captured_queries), [query["sql"] for query in context.captured_queries]


def check_query_budget(client, url, make, budget, n=3):
    make(n)
    count_queries(client, url)  # warm-up: per-process caches fill on first use
    small_count, small_sql = count_queries(client, url)
    make(9 * n)
    large_count, large_sql = count_queries(client, url)
    small = QueryCount(n, small_count, small_sql)
    large = QueryCount(10 * n, large_count, large_sql)
    assert small.queries == large.queries, (
        f"{url}: {small.queries} queries with {n} objects but {large.queries} with {10 * n}"
        f" (an N+1 query).\nWith {n}:\n"
        + "\n".join(small.sql)
        + f"\nWith {10 * n}:\n"
        + "\n".join(large.sql)
    )
    assert large.queries <= budget, (
        f"{url}: {large.queries} queries, over the budget of {budget}:\n" + "\n".join(large.sql)
    )
    return large
