"""Who may do what with partners: representatives, moderators and their group.

A *representative* is a user with a ``Representative`` link to one partner. Anyone who
may reach the partners admin but lacks the ``partners.moderate_partners`` permission is
restricted to the partner they represent (to nothing if they represent none): the
default is the narrow one. Superusers and staff with that permission moderate every
partner.

Other apps reuse these functions (events: proposals by representatives; news). The
representatives group itself, and what it holds, is in cop_portal/roles.py.
"""

MODERATE_PERMISSION = "partners.moderate_partners"

_CACHE_ATTRIBUTE = "_represented_partner_cache"


def partner_for_user(user):
    """The partner ``user`` represents, or None (anonymous, inactive or no link).

    Cached on the user object for the request.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, _CACHE_ATTRIBUTE):
        from partners.models import Representative

        representative = (
            Representative.objects.select_related("partner").filter(user_id=user.pk).first()
        )
        setattr(user, _CACHE_ATTRIBUTE, representative.partner if representative else None)
    return getattr(user, _CACHE_ATTRIBUTE)


def can_moderate_partners(user):
    """Staff who see and moderate every partner (superusers included)."""
    return bool(user and user.is_active and user.has_perm(MODERATE_PERMISSION))


def is_restricted_to_own_partner(user):
    """True when ``user`` may touch partner data only of the partner they represent."""
    return not can_moderate_partners(user)


def is_representative_of(user, partner):
    represented = partner_for_user(user)
    return represented is not None and partner is not None and represented.pk == partner.pk
