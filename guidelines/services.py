"""Writes of the guidelines that take more than one step."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction

from guidelines.availability import complete_languages
from guidelines.models import Document, GuidelineSet
from guidelines.pdf import engine_problem, guideline_set_html, html_digest, render_pdf

logger = logging.getLogger(__name__)


def guideline_set_documents_generate(*, guideline_set):
    """Make the set's PDF in each language its text is complete in, from its current text.

    A language with an uploaded document keeps it (an upload takes precedence). A
    generated file whose text has not changed is kept as it is; one for a language whose
    text is no longer complete is removed. Returns ``{language: document}`` of the
    generated documents, made or kept.
    """
    problem = engine_problem()
    if problem is not None:
        logger.warning(
            "No PDF of %s is made: WeasyPrint cannot run (%s)", guideline_set.pk, problem
        )
        return {}
    sections = list(guideline_set.sections.order_by("position", "id"))
    languages = complete_languages([guideline_set, *sections])
    existing = {document.language: document for document in guideline_set.documents.all()}
    generated = {}
    for position, language in enumerate(languages, start=1):
        document = existing.get(language)
        if document is not None and not document.generated:
            continue
        html = guideline_set_html(guideline_set, sections, language)
        digest = html_digest(html)
        if document is not None and document.source_digest == digest and document.file:
            generated[language] = document
            continue
        content = render_pdf(html)
        if document is None:
            document = Document(guideline_set=guideline_set, language=language)
        elif document.file:
            document.file.delete(save=False)
        document.generated = True
        document.source_digest = digest
        document.position = position
        document.file.save(f"{language}.pdf", ContentFile(content), save=False)
        document.full_clean()
        document.save()
        generated[language] = document
        logger.info("PDF of %s (%s) made: %d bytes", guideline_set.pk, language, document.size)
    for language, document in existing.items():
        if document.generated and language not in languages:
            document.file.delete(save=False)
            document.delete()
    return generated


def guideline_set_documents_enqueue(*, guideline_set_id):
    """Have the task worker make the set's PDFs once the current transaction commits."""
    from guidelines.tasks import generate_guideline_set_documents

    transaction.on_commit(
        lambda: generate_guideline_set_documents.enqueue(guideline_set_id=guideline_set_id),
        robust=True,
    )


def guideline_set_for_documents(guideline_set_id):
    return GuidelineSet.objects.select_related("audience").filter(pk=guideline_set_id).first()
