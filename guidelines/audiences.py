"""The four audiences' names and short summaries in the six languages.

Used by the data migration that creates them (so the pages exist on a fresh database)
and by the demo loader (which restores them after a test flushes the database).
"""

from modeltranslation.utils import build_localized_fieldname

AUDIENCES = [
    {
        "slug": "children",
        "position": 1,
        "title": {
            "en": "Children",
            "ar": "الأطفال",
            "zh-hans": "儿童",
            "fr": "Enfants",
            "ru": "Дети",
            "es": "Niñas y niños",
        },
        "summary": {
            "en": "Tips for staying safe and having fun online, written for your age.",
            "ar": "نصائح لتبقى في أمان وتستمتع بوقتك على الإنترنت، مكتوبة لعمرك.",
            "zh-hans": "专为你的年龄编写的上网安全小贴士，让你安心又开心。",
            "fr": "Des conseils pour rester en sécurité et t'amuser en ligne, écrits pour ton âge.",
            "ru": "Советы о том, как оставаться в безопасности в интернете и радоваться ему, "
            "написанные для твоего возраста.",
            "es": "Consejos para estar a salvo y divertirte en internet, escritos para tu edad.",
        },
    },
    {
        "slug": "parents-educators",
        "position": 2,
        "title": {
            "en": "Parents, guardians and educators",
            "ar": "الآباء والأمهات والأوصياء والمربّون",
            "zh-hans": "家长、监护人和教育工作者",
            "fr": "Parents, tuteurs et éducateurs",
            "ru": "Родители, опекуны и педагоги",
            "es": "Madres, padres, tutores y educadores",
        },
        "summary": {
            "en": "How to support children's safe and confident use of the internet, "
            "at home and at school.",
            "ar": "كيف تساعد الأطفال على استخدام الإنترنت بأمان وثقة، في البيت وفي المدرسة.",
            "zh-hans": "如何在家里和学校帮助孩子安全、自信地使用互联网。",
            "fr": "Comment aider les enfants à utiliser internet en sécurité et avec confiance, "
            "à la maison comme à l'école.",
            "ru": "Как помочь детям пользоваться интернетом безопасно и уверенно — дома и в школе.",
            "es": "Cómo ayudar a niñas y niños a usar internet con seguridad y confianza, "
            "en casa y en la escuela.",
        },
    },
    {
        "slug": "industry",
        "position": 3,
        "title": {
            "en": "Industry",
            "ar": "قطاع الصناعة",
            "zh-hans": "业界",
            "fr": "Industrie",
            "ru": "Индустрия",
            "es": "Industria",
        },
        "summary": {
            "en": "Practical steps for companies that build, run or sell online services "
            "that children use.",
            "ar": "خطوات عملية للشركات التي تطوّر خدمات إلكترونية يستخدمها الأطفال أو تشغّلها "
            "أو تبيعها.",
            "zh-hans": "为开发、运营或销售儿童所用网络服务的企业提供的实用措施。",
            "fr": "Des mesures concrètes pour les entreprises qui conçoivent, exploitent ou "
            "vendent des services en ligne utilisés par les enfants.",
            "ru": "Практические шаги для компаний, которые создают, поддерживают или продают "
            "онлайн-сервисы, которыми пользуются дети.",
            "es": "Medidas prácticas para las empresas que crean, gestionan o venden servicios "
            "en línea que usan niñas y niños.",
        },
    },
    {
        "slug": "policy-makers",
        "position": 4,
        "title": {
            "en": "Policy makers",
            "ar": "واضعو السياسات",
            "zh-hans": "政策制定者",
            "fr": "Décideurs politiques",
            "ru": "Лица, формирующие политику",
            "es": "Responsables de políticas",
        },
        "summary": {
            "en": "A framework for national strategies: law, help services, education and "
            "international cooperation.",
            "ar": "إطار للاستراتيجيات الوطنية: التشريعات وخدمات المساعدة والتعليم والتعاون الدولي.",
            "zh-hans": "制定国家战略的框架：法律、援助服务、教育和国际合作。",
            "fr": "Un cadre pour les stratégies nationales : législation, services d'aide, "
            "éducation et coopération internationale.",
            "ru": "Основа национальной стратегии: законодательство, службы помощи, "
            "образование и международное сотрудничество.",
            "es": "Un marco para las estrategias nacionales: legislación, servicios de ayuda, "
            "educación y cooperación internacional.",
        },
    },
]


def audience_fields(audience):
    """The model field values of one entry of AUDIENCES (original and per-language fields)."""
    values = {"position": audience["position"]}
    for field in ("title", "summary"):
        values[field] = audience[field]["en"]
        for code, text in audience[field].items():
            values[build_localized_fieldname(field, code)] = text
    return values
