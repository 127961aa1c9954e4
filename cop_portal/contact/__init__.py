"""The contact form: visitors write to the COP team; staff read and handle the messages
in the admin. See cop_portal/contact/views.py for the request, spam.py for what holds
spam off, services.py for what happens to a message."""
