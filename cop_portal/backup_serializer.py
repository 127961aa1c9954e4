"""The JSON of portal backups: Django's JSON serializer, with times to the microsecond.

Django's JSON encoder cuts datetimes to milliseconds (ECMA-262's format), so an object
restored from a plain ``dumpdata`` comes back with other timestamps than it had: feed
entries would show a new "updated" time and readers would think them changed. This
format keeps every digit. Registered as "portaljson" by cop_portal.backups.
"""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder

Deserializer = django_json.Deserializer


class PreciseJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            value = o.isoformat()
            return value.removesuffix("+00:00") + "Z" if value.endswith("+00:00") else value
        if isinstance(o, datetime.time) and o.utcoffset() is None:
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = PreciseJSONEncoder
