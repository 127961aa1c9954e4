from django.db import migrations


def create_representatives_group(apps, schema_editor):
    from cop_portal.roles import representatives_group_apply

    representatives_group_apply(apps=apps)


def remove_representatives_group(apps, schema_editor):
    from cop_portal.roles import REPRESENTATIVES_GROUP

    apps.get_model("auth", "Group").objects.filter(name=REPRESENTATIVES_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("partners", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_representatives_group, remove_representatives_group),
    ]
