"""Moving an app's taggings from taggit's shared, English-only tags to the app's own
translated tag model (news.NewsTag, events.EventTag), for use in their migrations.

``copy_taggings(app_label, model, tag_model, through_model)`` returns the forward and
backward functions for ``RunPython``. Forward: every taggit tag the model's objects carry
becomes a tag of ``tag_model`` with the same slug (so the same address) and its name as
the English name; the taggings move to ``through_model``; taggit's rows are removed, and
its tags too when nothing else uses them. Backward: the reverse, taggit's tags named in
English.
"""


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.filter(app_label=app_label, model=model).first()


def copy_taggings(app_label, model, tag_model, through_model):
    def forward(apps, schema_editor):
        content_type = _content_type(apps, app_label, model)
        if content_type is None:  # a fresh database: nothing tagged yet
            return
        TaggedItem = apps.get_model("taggit", "TaggedItem")
        Tag = apps.get_model("taggit", "Tag")
        NewTag = apps.get_model(app_label, tag_model)
        Through = apps.get_model(app_label, through_model)
        old = TaggedItem.objects.filter(content_type=content_type).select_related("tag")
        new_tags = {}
        for tagged in old:
            tag = tagged.tag
            if tag.pk not in new_tags:
                new_tags[tag.pk], _created = NewTag.objects.get_or_create(
                    slug=tag.slug, defaults={"name": tag.name, "name_en": tag.name}
                )
            Through.objects.get_or_create(content_object_id=tagged.object_id, tag=new_tags[tag.pk])
        old.delete()
        Tag.objects.filter(pk__in=new_tags, taggit_taggeditem_items__isnull=True).delete()

    def backward(apps, schema_editor):
        content_type = _content_type(apps, app_label, model)
        if content_type is None:
            return
        Tag = apps.get_model("taggit", "Tag")
        TaggedItem = apps.get_model("taggit", "TaggedItem")
        Through = apps.get_model(app_label, through_model)
        for tagged in Through.objects.select_related("tag"):
            new_tag = tagged.tag
            tag, _created = Tag.objects.get_or_create(
                slug=new_tag.slug, defaults={"name": new_tag.name_en or new_tag.name}
            )
            TaggedItem.objects.get_or_create(
                content_type=content_type, object_id=tagged.content_object_id, tag=tag
            )

    return forward, backward
