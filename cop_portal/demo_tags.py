"""Demo tag names in the six languages, for news tags and event tags alike, keyed by
the English name that the apps' demo content uses. Slugs come from the English name."""

from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

TAG_NAMES = {
    "africa": {"ar": "أفريقيا", "zh_hans": "非洲", "fr": "Afrique", "ru": "Африка", "es": "África"},
    "awards": {"ar": "الجوائز", "zh_hans": "奖项", "fr": "prix", "ru": "награды", "es": "premios"},
    "awareness": {
        "ar": "التوعية",
        "zh_hans": "提高认识",
        "fr": "sensibilisation",
        "ru": "информирование",
        "es": "sensibilización",
    },
    "champion": {
        "ar": "المناصرون",
        "zh_hans": "倡导者",
        "fr": "champions",
        "ru": "сторонники",
        "es": "defensores",
    },
    "children": {"ar": "الأطفال", "zh_hans": "儿童", "fr": "enfants", "ru": "дети", "es": "niños"},
    "cooperation": {
        "ar": "التعاون",
        "zh_hans": "合作",
        "fr": "coopération",
        "ru": "сотрудничество",
        "es": "cooperación",
    },
    "cyberbullying": {
        "ar": "التنمر الإلكتروني",
        "zh_hans": "网络欺凌",
        "fr": "cyberharcèlement",
        "ru": "кибербуллинг",
        "es": "ciberacoso",
    },
    "cybersecurity": {
        "ar": "الأمن السيبراني",
        "zh_hans": "网络安全",
        "fr": "cybersécurité",
        "ru": "кибербезопасность",
        "es": "ciberseguridad",
    },
    "education": {
        "ar": "التعليم",
        "zh_hans": "教育",
        "fr": "éducation",
        "ru": "образование",
        "es": "educación",
    },
    "educators": {
        "ar": "المربون",
        "zh_hans": "教育工作者",
        "fr": "éducateurs",
        "ru": "педагоги",
        "es": "educadores",
    },
    "events": {
        "ar": "الفعاليات",
        "zh_hans": "活动",
        "fr": "événements",
        "ru": "мероприятия",
        "es": "eventos",
    },
    "grooming": {
        "ar": "الاستدراج",
        "zh_hans": "网络诱骗",
        "fr": "pédopiégeage",
        "ru": "груминг",
        "es": "grooming",
    },
    "helplines": {
        "ar": "خطوط المساعدة",
        "zh_hans": "求助热线",
        "fr": "lignes d’écoute",
        "ru": "телефоны доверия",
        "es": "líneas de ayuda",
    },
    "hotlines": {
        "ar": "خطوط الإبلاغ",
        "zh_hans": "举报热线",
        "fr": "lignes de signalement",
        "ru": "горячие линии",
        "es": "líneas de denuncia",
    },
    "industry": {
        "ar": "قطاع الصناعة",
        "zh_hans": "产业界",
        "fr": "industrie",
        "ru": "отрасль",
        "es": "industria",
    },
    "law enforcement": {
        "ar": "إنفاذ القانون",
        "zh_hans": "执法",
        "fr": "forces de l’ordre",
        "ru": "правоохранительные органы",
        "es": "fuerzas del orden",
    },
    "legislation": {
        "ar": "التشريعات",
        "zh_hans": "立法",
        "fr": "législation",
        "ru": "законодательство",
        "es": "legislación",
    },
    "mobile": {
        "ar": "الهاتف المحمول",
        "zh_hans": "移动设备",
        "fr": "mobile",
        "ru": "мобильная связь",
        "es": "móvil",
    },
    "online reputation": {
        "ar": "السمعة الرقمية",
        "zh_hans": "网络声誉",
        "fr": "e-réputation",
        "ru": "репутация в интернете",
        "es": "reputación en línea",
    },
    "parents": {
        "ar": "الوالدان",
        "zh_hans": "家长",
        "fr": "parents",
        "ru": "родители",
        "es": "madres y padres",
    },
    "partners": {
        "ar": "الشركاء",
        "zh_hans": "合作伙伴",
        "fr": "partenaires",
        "ru": "партнёры",
        "es": "socios",
    },
    "patron": {
        "ar": "الرعاية",
        "zh_hans": "赞助",
        "fr": "parrainage",
        "ru": "покровительство",
        "es": "patrocinio",
    },
    "policy": {
        "ar": "السياسات",
        "zh_hans": "政策",
        "fr": "politiques publiques",
        "ru": "политика",
        "es": "políticas",
    },
    "privacy": {
        "ar": "الخصوصية",
        "zh_hans": "隐私",
        "fr": "vie privée",
        "ru": "конфиденциальность",
        "es": "privacidad",
    },
    "reporting abuse": {
        "ar": "الإبلاغ عن الإساءة",
        "zh_hans": "举报侵害",
        "fr": "signalement des abus",
        "ru": "сообщения о насилии",
        "es": "denuncia de abusos",
    },
    "research": {
        "ar": "البحوث",
        "zh_hans": "研究",
        "fr": "recherche",
        "ru": "исследования",
        "es": "investigación",
    },
    "sexting": {
        "ar": "الرسائل الجنسية",
        "zh_hans": "色情短信",
        "fr": "sextos",
        "ru": "секстинг",
        "es": "sexting",
    },
    "special envoy": {
        "ar": "المبعوث الخاص",
        "zh_hans": "特使",
        "fr": "envoyé spécial",
        "ru": "специальный посланник",
        "es": "enviado especial",
    },
    "standards": {
        "ar": "المعايير",
        "zh_hans": "标准",
        "fr": "normes",
        "ru": "стандарты",
        "es": "normas",
    },
    "young people": {
        "ar": "الشباب",
        "zh_hans": "青年",
        "fr": "jeunes",
        "ru": "молодёжь",
        "es": "jóvenes",
    },
    "youth": {"ar": "الشباب", "zh_hans": "青年", "fr": "jeunes", "ru": "молодёжь", "es": "jóvenes"},
}


def save_demo_tag(model, english):
    """The ``model`` tag named ``english``, created or updated with its six names."""
    names = {"name": english, "name_en": english}
    names.update(
        {build_localized_fieldname("name", code): name for code, name in TAG_NAMES[english].items()}
    )
    tag, _created = model.objects.update_or_create(slug=slugify(english), defaults=names)
    return tag
