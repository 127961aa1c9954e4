"""schema.org Event JSON-LD for the event page (a data block: browsers do not run it)."""

from cop_portal.addresses import absolute_url
from cop_portal.languages import portal_language
from cop_portal.structured_data import json_ld
from cop_portal.translated_fields import translated_value
from events.models import EventStatus

SCHEMA = "https://schema.org/"


def event_json_ld(event, request, organisers=()):
    title, language = translated_value(event, "title")
    summary, _summary_language = translated_value(event, "summary")
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": title,
        "description": summary,
        "url": absolute_url(request, event.get_absolute_url()),
        "inLanguage": portal_language(language).hreflang,
        "eventStatus": SCHEMA + event.status,
    }
    if event.is_all_day:
        data["startDate"] = event.start_date.isoformat()
        data["endDate"] = event.end_date.isoformat()
    else:
        data["startDate"] = event.local_starts_at.isoformat()
        data["endDate"] = event.local_ends_at.isoformat()

    locations = []
    venue, _venue_language = translated_value(event, "venue")
    city, _city_language = translated_value(event, "city")
    if (venue or city or event.country) and event.status != EventStatus.MOVED_ONLINE:
        address = {"@type": "PostalAddress"}
        if city:
            address["addressLocality"] = city
        if event.country:
            address["addressCountry"] = event.country.code
        locations.append({"@type": "Place", "name": venue or city, "address": address})
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if locations and all(place["@type"] == "VirtualLocation" for place in locations):
        data["eventAttendanceMode"] = SCHEMA + "OnlineEventAttendanceMode"
    elif len(locations) > 1:
        data["eventAttendanceMode"] = SCHEMA + "MixedEventAttendanceMode"
    else:
        data["eventAttendanceMode"] = SCHEMA + "OfflineEventAttendanceMode"
    if organisers:
        data["organizer"] = [
            {"@type": "Organization", "name": name, **({"url": url} if url else {})}
            for name, url in organisers
        ]
    return json_ld(data)
