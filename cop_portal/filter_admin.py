"""A changelist filter declared by its options: each one a label and the rows it keeps."""

from django.contrib import admin


class OptionsFilter(admin.SimpleListFilter):
    """``options = {value: (label, keep)}``: choosing ``value`` shows ``keep(queryset)``;
    no choice, or a value not listed, shows every row."""

    options = {}

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _keep) in self.options.items()]

    def queryset(self, request, queryset):
        option = self.options.get(self.value())
        return option[1](queryset) if option else queryset
