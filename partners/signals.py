"""What other code may listen to in partners (e-mail notices, for one).

``profile_proposal_changed`` is sent after the transaction commits, with ``proposal`` (a
``ProfileProposal``), when a representative's change starts waiting for review
(``proposal.status == "waiting"``) and when staff approve or decline it (``"approved"``,
``"declined"``; ``proposal.reason`` says why it was declined). A receiver reads
``proposal.partner``, ``proposal.proposed_by`` and ``proposal.decided_by``.
"""

from django.dispatch import Signal

profile_proposal_changed = Signal()
