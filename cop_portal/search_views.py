"""``/<lang>/search/?q=``: the search page (see cop_portal.search for the matching)."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language

from cop_portal import search as portal_search
from cop_portal.search import build_results, clean_query, run_search, search_sources

# The overview shows the best few of each kind and links to all of them; one kind's
# results are paginated.
RESULTS_PER_KIND = 5
RESULTS_PER_PAGE = 10


def _url(**params):
    return "?" + urlencode({name: value for name, value in params.items() if value})


def _paginator(found, per_page):
    paginator = Paginator(found.results, per_page)
    paginator.count = found.count  # counted with the candidates: no query of its own
    return paginator


def _page(paginator, number):
    try:
        return paginator.page(number or 1)
    except InvalidPage:
        raise Http404("No such page of results.") from None


def search(request):
    query = clean_query(request.GET.get("q", ""))
    sources = search_sources()
    by_kind = {source.kind: source for source in sources}
    kind = request.GET.get("kind", "")
    if kind and kind not in by_kind:
        raise Http404("No such kind of content.")
    language = get_language()
    context = {
        "query": query,
        "kind": kind,
        "kinds": [(source.kind, source.label) for source in sources],
        "groups": [],
        "total": 0,
        # Some kind has more matches than it ranks: its count and the total are "more
        # than" (see cop_portal.search.MAX_CANDIDATES).
        "more": False,
        "max_candidates": portal_search.MAX_CANDIDATES,
        "page_obj": None,
    }
    if query:
        selected = [by_kind[kind]] if kind else sources
        for source in selected:
            found = run_search(source, query, language)
            if kind:
                paginator = _paginator(found, RESULTS_PER_PAGE)
                page = _page(paginator, request.GET.get("page"))
                context["page_obj"] = page
            else:
                paginator = _paginator(found, RESULTS_PER_KIND)
                page = paginator.page(1)
            if not paginator.count:
                continue
            context["total"] += paginator.count
            context["more"] = context["more"] or found.more
            context["groups"].append(
                {
                    "kind": source.kind,
                    "label": source.label,
                    "count": paginator.count,
                    "more": found.more,
                    "results": build_results(source, page.object_list, query, language),
                    "more_url": _url(q=query, kind=source.kind)
                    if not kind and paginator.num_pages > 1
                    else None,
                }
            )
        context["all_kinds_url"] = _url(q=query)
    return render(request, "cop_portal/search.html", context)
