"""A change to a guideline set's text has its PDFs made again, after the commit and
outside the request (guidelines.services.guideline_set_documents_enqueue)."""

from guidelines.services import guideline_set_documents_enqueue


def guideline_set_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        guideline_set_documents_enqueue(guideline_set_id=instance.pk)


def section_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        guideline_set_documents_enqueue(guideline_set_id=instance.guideline_set_id)


def document_deleted(sender, instance, **kwargs):
    """An uploaded document removed: the generated one takes its place."""
    if not instance.generated:
        guideline_set_documents_enqueue(guideline_set_id=instance.guideline_set_id)
