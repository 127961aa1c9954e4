"""The "Editors" group (see cop_portal/roles.py and docs/editorial.md).

On a fresh database no permission exists yet while migrations run (Django creates them
in post_migrate), so this migration creates those it can first. Apps migrated later
(events, guidelines, partners) are granted after migrate (cop_portal/roles.py).
"""

from django.db import migrations


def create_editors_group(apps, schema_editor):
    from cop_portal.roles import ensure_editors_group

    using = schema_editor.connection.alias
    ensure_editors_group(apps=apps, using=using)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("news", "0001_news_item"),
    ]

    operations = [
        # The group is kept when migrating backwards: editors may have been added to it.
        migrations.RunPython(create_editors_group, migrations.RunPython.noop),
    ]
