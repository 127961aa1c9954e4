from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


def editor_client(client):
    """Log ``client`` in as a staff member with every guidelines permission (no superuser)."""
    user = get_user_model().objects.create_user(
        "editor", "editor@example.org", "a-long-test-password", is_staff=True
    )
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="guidelines"))
    client.force_login(user)
    return user
