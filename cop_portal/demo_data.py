"""What the apps' demo modules (``<app>/demo.py``) share, in one place.

``load_demo`` runs those modules and prints the ``DemoLogin`` each returns; the modules
import from here, never from the management command.
"""

from typing import NamedTuple


class DemoLogin(NamedTuple):
    """A demo account, as ``load_demo`` prints it at the end."""

    role: str
    username: str
    password: str
    note: str = ""
