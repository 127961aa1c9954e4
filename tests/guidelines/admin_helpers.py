from tests.factories import staff_user


def editor_client(client):
    """Log ``client`` in as a staff member with every guidelines permission (no superuser)."""
    user = staff_user("editor", "guidelines")
    client.force_login(user)
    return user
