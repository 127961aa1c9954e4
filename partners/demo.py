"""Demo partners: every organisation the reference page names, in its group.

The texts are in partners/demo.toml. Idempotent: partners and focus tags are updated in
place by slug, help services by partner and English name; a partner's demo history is
written once, and a pending change only while none is waiting.
"""

from django.contrib.auth import get_user_model
from modeltranslation.utils import build_localized_fieldname

from cop_portal import demo_data
from cop_portal.demo_data import DemoLogin, demo_account, demo_history, translated
from cop_portal.history import unsaved_versions
from cop_portal.roles import representatives_group_apply
from partners.country_help import country_help_load
from partners.models import (
    CountryHelp,
    FocusTag,
    HelpService,
    Partner,
    PartnerKind,
    ProfileProposal,
    Representative,
)
from partners.services import partner_record_change, profile_proposal_submit

# (username, partner, admin language: "" for the browser's)
REPRESENTATIVES = [
    ("chi-representative", "child-helpline-international", "zh-hans"),
    ("iwf-representative", "iwf", ""),
]
REPRESENTATIVE_PASSWORD = "cop-demo-partner"


def load(command):
    data = demo_data.read("partners")
    tags = {}
    for record in data["focus_tag"]:
        tags[record["slug"]], _created = FocusTag.objects.update_or_create(
            slug=record["slug"], defaults=translated(record, "name")
        )
    command.step(f"{len(tags)} focus tags")

    # A partner the reference page says nothing about has its kind's description.
    generic = {record["kind"]: record for record in data["generic_description"]}
    partners = {}
    for record in data["partner"]:
        kind = PartnerKind(record["kind"])
        description = record if "description" in record else generic[kind]
        partner, _created = Partner.objects.update_or_create(
            slug=record["slug"],
            defaults={
                "name": record["name"],
                "kind": kind,
                "country": record.get("country", ""),
                "worldwide": record.get("worldwide", False),
                "website": record.get("website", ""),
                "featured": record.get("featured", False),
                "published": True,
                "publishes_directly": record.get("publishes_directly", True),
                **translated(description, "description"),
            },
        )
        partner.tags.set([tags[slug] for slug in record.get("tags", [])])
        partners[record["slug"]] = partner
    counts = {kind: sum(1 for p in partners.values() if p.kind == kind) for kind in PartnerKind}
    command.step(
        f"{len(partners)} partners ("
        + ", ".join(f"{count} {kind.label.lower()}" for kind, count in counts.items() if count)
        + ")"
    )

    services = data["help_service"]
    for record in services:
        partner = partners[record["partner"]]
        defaults = {
            "partner": partner,
            "kind": record["kind"],
            "worldwide": record.get("worldwide", False),
            "countries": record.get("countries", []),
            "phone": record.get("phone", ""),
            "url": record.get("url", ""),
            "languages": record.get("languages", []),
            **translated(record, "name", "description", "opening_hours"),
        }
        # The English name identifies a demo service (services have no slug).
        HelpService.objects.update_or_create(
            partner=partner, name_en=record["name"]["en"], defaults=defaults
        )
    worldwide = sum(1 for record in services if record.get("worldwide"))
    countries = sorted({code for record in services for code in record.get("countries", [])})
    command.step(
        f"{len(services)} help services ({worldwide} worldwide; countries: {', '.join(countries)})"
    )

    # The entries come with a migration (partners/country_help.py); the demo restores them.
    created, updated, kept = country_help_load(CountryHelp)
    with_number = CountryHelp.objects.with_checked_number().count()
    command.step(
        f"help in {CountryHelp.objects.count()} countries ({with_number} with checked numbers; "
        f"{created} created, {updated} updated, {kept} kept as staff edited them)"
    )

    group = representatives_group_apply()
    logins = []
    for username, partner_slug, language in REPRESENTATIVES:
        partner = partners[partner_slug]
        user, _created = demo_account(
            username, REPRESENTATIVE_PASSWORD, groups=[group], language=language
        )
        Representative.objects.update_or_create(user=user, defaults={"partner": partner})
        command.step(f"representative '{username}' for {partner.name}")
        logins.append(
            DemoLogin(
                f"Partner representative ({partner.name.split('(')[-1].rstrip(')')})",
                username,
                REPRESENTATIVE_PASSWORD,
                f"sees and edits only {partner.name}"
                + ("" if partner.publishes_directly else "; changes wait for staff review"),
                language,
            )
        )
    for record in data["partner_history"]:
        partner = partners[record["partner"]]
        earlier = [
            {"featured": state["featured"], **translated(state, "description")}
            for state in record["earlier"]
        ]
        if demo_history(partner, earlier, user=command.admin_user):
            command.step(f"history of {partner.name}: {len(earlier) + 1} versions")
    for record in data["pending_change"]:
        load_pending_change(command, partners[record["partner"]], record)
    return logins


def load_pending_change(command, partner, record):
    """The change ``record`` proposes to ``partner``, waiting for review (once)."""
    if partner.proposals.filter(status=ProfileProposal.Status.WAITING).exists():
        return
    representative = get_user_model().objects.get(username=record["representative"])
    # A version to compare with, then the proposal: the partner itself stays as it is.
    demo_history(partner, [], user=command.admin_user)
    for code, text in record["description"].items():
        setattr(partner, build_localized_fieldname("description", code), text)
    versions = unsaved_versions(partner)
    partner.refresh_from_db()
    profile_proposal_submit(partner=partner, user=representative, versions=versions)
    partner_record_change(partner=partner, user=representative)
    command.step(f"a change to {partner.name} by '{representative}', waiting for review")
