"""Guidelines work done by the task worker, outside the request (cop_portal/tasks.py)."""

from django_tasks import task


@task()
def generate_guideline_set_documents(*, guideline_set_id):
    """Make the PDFs of a guideline set from its text (guidelines.services); a set deleted
    in the meantime has nothing to make."""
    from guidelines.services import guideline_set_documents_generate, guideline_set_for_documents

    guideline_set = guideline_set_for_documents(guideline_set_id)
    if guideline_set is None:
        return []
    return sorted(guideline_set_documents_generate(guideline_set=guideline_set))
