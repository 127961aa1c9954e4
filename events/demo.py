"""Demo events: the initiative's events of 2012 to 2014 with their real dates and places
(from the reference page, described in our own words), and a few future events placed
relative to the day the demo is loaded, in several time zones.

Idempotent: events are updated in place by slug. Future events keep their slugs, so
loading the demo again on another day moves them (and their calendar SEQUENCE grows,
as it would for a real change of date).
"""

import zoneinfo
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone, translation

from cop_portal.demo_data import save_tag
from events.models import Event, EventKind, EventStatus, EventTag
from partners.models import Partner

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = ("title", "summary", "description", "venue", "city")


def texts(ar, zh, en, fr, ru, es):
    return {"ar": ar, "zh-hans": zh, "en": en, "fr": fr, "ru": ru, "es": es}


GENEVA = texts("جنيف", "日内瓦", "Geneva", "Genève", "Женева", "Ginebra")
ITU_HQ = texts(
    "مقر الاتحاد الدولي للاتصالات",
    "国际电信联盟总部",
    "International Telecommunication Union headquarters",
    "Siège de l'Union internationale des télécommunications",
    "Штаб-квартира Международного союза электросвязи",
    "Sede de la Unión Internacional de Telecomunicaciones",
)

CWG_TITLE = texts(
    "فريق عمل المجلس المعني بحماية الأطفال على الإنترنت",
    "理事会保护儿童上网工作组会议",
    "Council Working Group on Child Online Protection",
    "Groupe de travail du Conseil sur la protection en ligne des enfants",
    "Рабочая группа Совета по защите ребенка в онлайновой среде",
    "Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea",
)
CWG_SUMMARY = texts(
    "تجتمع الدول الأعضاء والشركاء في الاتحاد الدولي للاتصالات لاستعراض التقدم المحرز في "
    "حماية الأطفال على الإنترنت والتخطيط للخطوات التالية للمبادرة.",
    "成员国和合作伙伴在国际电联开会，回顾保护儿童上网方面的进展，并规划该倡议的下一步工作。",
    "Member States and partners meet at ITU to review progress on protecting children "
    "online and to plan the next steps of the initiative.",
    "Les États Membres et les partenaires se réunissent à l'UIT pour faire le point sur la "
    "protection des enfants en ligne et préparer les prochaines étapes de l'initiative.",
    "Государства-члены и партнеры собираются в МСЭ, чтобы оценить ход работы по защите "
    "детей в интернете и наметить следующие шаги инициативы.",
    "Los Estados Miembros y los asociados se reúnen en la UIT para examinar los avances en "
    "la protección de la infancia en línea y planificar los próximos pasos de la iniciativa.",
)


def safer_internet_day_title(year):
    return texts(
        f"يوم إنترنت أكثر أماناً {year}",
        f"{year}年更安全互联网日",
        f"Safer Internet Day {year}",
        f"Journée pour un Internet plus sûr {year}",
        f"День безопасного интернета {year}",
        f"Día de la Internet Segura {year}",
    )


def council_working_group(slug, day):
    return {
        "slug": slug,
        "kind": EventKind.MEETING,
        "dates": (day, day),
        "country": "CH",
        "title": CWG_TITLE,
        "summary": CWG_SUMMARY,
        "venue": ITU_HQ,
        "city": GENEVA,
        "tags": ["policy", "cooperation"],
    }


# The events of the reference page, newest first as it lists them.
REFERENCE_EVENTS = [
    council_working_group("council-working-group-cop-2014-02", date(2014, 2, 21)),
    {
        "slug": "safer-internet-day-2014",
        "kind": EventKind.AWARENESS_DAY,
        "dates": (date(2014, 2, 11), date(2014, 2, 11)),
        "country": "CH",
        "title": safer_internet_day_title(2014),
        "summary": texts(
            "يحتفل الاتحاد الدولي للاتصالات باليوم العالمي من أجل إنترنت أفضل برسائل حول كيفية "
            "استخدام الأطفال والآباء والمعلمين للشبكة بأمان ولطف.",
            "国际电联纪念这一全球性的“更美好的互联网”日，向儿童、家长和教师介绍如何安全、友善地使用网络。",
            "ITU marks the worldwide day for a better internet with messages on how children, "
            "parents and teachers can use the web safely and kindly.",
            "L'UIT célèbre cette journée mondiale pour un meilleur Internet avec des messages sur "
            "la manière dont enfants, parents et enseignants peuvent utiliser le Web en toute "
            "sécurité et avec bienveillance.",
            "МСЭ отмечает всемирный день лучшего интернета обращениями о том, как детям, "
            "родителям и учителям пользоваться сетью безопасно и доброжелательно.",
            "La UIT celebra esta jornada mundial por una Internet mejor con mensajes sobre cómo "
            "niños, padres y docentes pueden usar la red de forma segura y respetuosa.",
        ),
        "venue": ITU_HQ,
        "city": GENEVA,
        "tags": ["awareness", "children", "parents"],
    },
    {
        "slug": "africa-cop-summit-kampala",
        "kind": EventKind.SUMMIT,
        "status": EventStatus.POSTPONED,
        # The dates first planned; schema.org keeps them on a postponed event.
        "dates": (date(2013, 6, 26), date(2013, 6, 28)),
        "country": "UG",
        "title": texts(
            "قمة أفريقيا لحماية الأطفال على الإنترنت (ACOP)",
            "非洲儿童上网保护（ACOP）峰会",
            "Africa Child Online Protection (ACOP) Summit",
            "Sommet africain sur la protection en ligne des enfants (ACOP)",
            "Африканский саммит по защите детей в интернете (ACOP)",
            "Cumbre africana de protección de la infancia en línea (ACOP)",
        ),
        "summary": texts(
            "قمة رفيعة المستوى لصانعي السياسات والهيئات التنظيمية ومقدمي الخدمات والمجتمع المدني "
            "في أفريقيا حول التدابير القانونية والتقنية والتعليمية لحماية الأطفال على الإنترنت. "
            "أُرجئت المواعيد الأولى، وسيُعلن عن مواعيد جديدة.",
            "一次面向非洲政策制定者、监管机构、服务提供商和民间社会的高级别峰会，讨论保护儿童上网的"
            "法律、技术和教育措施。原定日期已推迟，新日期将另行公布。",
            "A high-level summit for African policy makers, regulators, service providers and "
            "civil society on legal, technical and educational measures to protect children "
            "online. The first dates have been postponed; new dates will be announced.",
            "Un sommet de haut niveau réunissant décideurs, régulateurs, fournisseurs de "
            "services et société civile d'Afrique autour des mesures juridiques, techniques et "
            "éducatives de protection des enfants en ligne. Les dates initiales ont été "
            "reportées ; de nouvelles dates seront annoncées.",
            "Саммит высокого уровня для африканских политиков, регуляторов, поставщиков услуг и "
            "гражданского общества о правовых, технических и образовательных мерах защиты детей "
            "в интернете. Первоначальные даты перенесены; новые даты будут объявлены.",
            "Una cumbre de alto nivel para responsables políticos, reguladores, proveedores de "
            "servicios y sociedad civil de África sobre medidas jurídicas, técnicas y educativas "
            "para proteger a la infancia en línea. Las fechas iniciales se han aplazado; se "
            "anunciarán nuevas fechas.",
        ),
        "description": texts(
            "<p>كان من المقرر عقد القمة في كمبالا من 26 إلى 28 يونيو 2013. وهدفها الاتفاق على "
            "خطوات عملية للبلدان الأفريقية، من القوانين التي تجرّم الإساءة إلى الأطفال على "
            "الإنترنت إلى حملات التوعية في المدارس.</p><p>أرجأ المنظمون القمة. وستعرض هذه "
            "الصفحة المواعيد الجديدة فور معرفتها، وسيرى المشتركون في تقويم الفعاليات التغيير "
            "تلقائياً.</p>",
            "<p>峰会原定于2013年6月26日至28日在坎帕拉举行，旨在为非洲国家商定切实可行的步骤，"
            "从惩治网络侵害儿童行为的法律到学校里的宣传活动。</p><p>主办方已将峰会推迟。新日期"
            "一经确定即在本页公布，订阅活动日历的用户将自动看到变更。</p>",
            "<p>The summit was planned for 26 to 28 June 2013 in Kampala. Its aim: agree on "
            "practical steps for African countries, from laws against the online abuse of "
            "children to awareness campaigns in schools.</p><p>The organisers have postponed "
            "it. This page will show the new dates as soon as they are known, and subscribers "
            "to the events calendar will see the change automatically.</p>",
            "<p>Le sommet était prévu du 26 au 28 juin 2013 à Kampala. Son but : convenir "
            "d'étapes concrètes pour les pays africains, des lois contre les abus commis en "
            "ligne envers les enfants aux campagnes de sensibilisation dans les écoles.</p>"
            "<p>Les organisateurs l'ont reporté. Cette page indiquera les nouvelles dates dès "
            "qu'elles seront connues, et les abonnés au calendrier verront le changement "
            "automatiquement.</p>",
            "<p>Саммит планировалось провести в Кампале с 26 по 28 июня 2013 года. Его цель — "
            "договориться о практических шагах для африканских стран: от законов против "
            "злоупотреблений в отношении детей в интернете до просветительских кампаний в "
            "школах.</p><p>Организаторы перенесли саммит. Новые даты появятся на этой "
            "странице, как только станут известны, а подписчики календаря увидят изменение "
            "автоматически.</p>",
            "<p>La cumbre estaba prevista del 26 al 28 de junio de 2013 en Kampala. Su "
            "objetivo: acordar pasos concretos para los países africanos, desde leyes contra el "
            "abuso de niños en línea hasta campañas de sensibilización en las escuelas.</p>"
            "<p>Los organizadores la han aplazado. Esta página mostrará las nuevas fechas en "
            "cuanto se conozcan, y los suscriptores del calendario verán el cambio "
            "automáticamente.</p>",
        ),
        "city": texts("كمبالا", "坎帕拉", "Kampala", "Kampala", "Кампала", "Kampala"),
        "tags": ["policy", "africa", "legislation"],
    },
    council_working_group("council-working-group-cop-2013-10", date(2013, 10, 19)),
    {
        "slug": "bynd-2013-global-youth-summit",
        "kind": EventKind.SUMMIT,
        "dates": (date(2013, 9, 9), date(2013, 9, 11)),
        "country": "CR",
        "title": texts(
            "القمة العالمية للشباب: BYND 2013",
            "全球青年峰会：BYND 2013",
            "Global Youth Summit: BYND 2013",
            "Sommet mondial de la jeunesse : BYND 2013",
            "Всемирный молодежный саммит BYND 2013",
            "Cumbre Mundial de la Juventud: BYND 2013",
        ),
        "summary": texts(
            "يلتقي شباب من جميع أنحاء العالم في كوستاريكا، حضورياً ومن خلال مراكز محلية، للحديث "
            "عن تأثير التكنولوجيا في حياتهم وعن سبل البقاء آمنين على الإنترنت.",
            "来自世界各地的青年在哥斯达黎加相聚，或通过各地分会场参与，讨论科技如何影响他们的生活"
            "以及如何安全上网。",
            "Young people from around the world meet in Costa Rica, in person and through local "
            "hubs, to talk about how technology shapes their lives and how to stay safe online.",
            "Des jeunes du monde entier se retrouvent au Costa Rica, sur place et dans des pôles "
            "locaux, pour parler de la place de la technologie dans leur vie et de la sécurité "
            "en ligne.",
            "Молодые люди со всего мира встречаются в Коста-Рике — очно и через местные "
            "площадки, — чтобы обсудить, как технологии меняют их жизнь и как оставаться в "
            "безопасности в сети.",
            "Jóvenes de todo el mundo se reúnen en Costa Rica, en persona y a través de centros "
            "locales, para hablar de cómo la tecnología influye en sus vidas y de cómo "
            "protegerse en línea.",
        ),
        "tags": ["youth", "cyberbullying"],
    },
    {
        "slug": "visit-cop-champion-2013",
        "kind": EventKind.VISIT,
        "dates": (date(2013, 7, 22), date(2013, 7, 22)),
        "country": "CH",
        "title": texts(
            "زيارة نصيرة مبادرة حماية الأطفال على الإنترنت، الدكتورة دام بيشنس غودلاك جوناثان، "
            "السيدة الأولى في نيجيريا",
            "儿童上网保护倡议倡导者、尼日利亚第一夫人佩辛斯·古德勒克·乔纳森博士访问国际电联",
            "Visit of the COP Champion, Dame Patience Goodluck Jonathan, First Lady of Nigeria",
            "Visite de la championne de la COP, Dame Patience Goodluck Jonathan, Première Dame "
            "du Nigéria",
            "Визит поборника инициативы COP, первой леди Нигерии доктора дамы Пейшенс Гудлак "
            "Джонатан",
            "Visita de la Campeona de la COP, Dame Patience Goodluck Jonathan, Primera Dama de "
            "Nigeria",
        ),
        "summary": texts(
            "تزور السيدة الأولى في نيجيريا، التي عُيّنت نصيرةً للمبادرة، مقر الاتحاد الدولي "
            "للاتصالات لمناقشة حماية الأطفال على الإنترنت في أفريقيا.",
            "被任命为该倡议倡导者的尼日利亚第一夫人访问国际电联总部，讨论非洲的儿童上网保护问题。",
            "The First Lady of Nigeria, appointed a champion of the initiative, visits ITU "
            "headquarters to discuss child online protection in Africa.",
            "La Première Dame du Nigéria, nommée championne de l'initiative, se rend au siège "
            "de l'UIT pour parler de la protection en ligne des enfants en Afrique.",
            "Первая леди Нигерии, назначенная поборником инициативы, посещает штаб-квартиру "
            "МСЭ, чтобы обсудить защиту детей в интернете в Африке.",
            "La Primera Dama de Nigeria, nombrada campeona de la iniciativa, visita la sede de "
            "la UIT para tratar la protección de la infancia en línea en África.",
        ),
        "venue": ITU_HQ,
        "city": GENEVA,
        "tags": ["africa"],
    },
    {
        "slug": "wsis-forum-2013",
        "kind": EventKind.FORUM,
        "dates": (date(2013, 5, 13), date(2013, 5, 17)),
        "country": "CH",
        "title": texts(
            "منتدى القمة العالمية لمجتمع المعلومات 2013",
            "2013年信息社会世界峰会论坛",
            "WSIS Forum 2013",
            "Forum du SMSI 2013",
            "Форум ВВУИО 2013 года",
            "Foro de la CMSI 2013",
        ),
        "summary": texts(
            "المنتدى السنوي للقمة العالمية لمجتمع المعلومات، مع جلسات حول حماية الأطفال أثناء "
            "استخدامهم للإنترنت.",
            "信息社会世界峰会年度论坛，其中包括关于保护儿童上网安全的专题会议。",
            "The yearly forum of the World Summit on the Information Society, with sessions on "
            "keeping children safe as they go online.",
            "Le forum annuel du Sommet mondial sur la société de l'information, avec des "
            "sessions consacrées à la sécurité des enfants en ligne.",
            "Ежегодный форум Всемирной встречи на высшем уровне по вопросам информационного "
            "общества с сессиями о безопасности детей в интернете.",
            "El foro anual de la Cumbre Mundial sobre la Sociedad de la Información, con "
            "sesiones dedicadas a la seguridad de los niños en línea.",
        ),
        "venue": ITU_HQ,
        "city": GENEVA,
        "tags": ["policy", "cooperation"],
    },
    {
        "slug": "commonwealth-cybersecurity-forum-2013",
        "kind": EventKind.FORUM,
        "dates": (date(2013, 4, 22), date(2013, 4, 26)),
        "country": "CM",
        "title": texts(
            "منتدى الكومنولث للأمن السيبراني 2013",
            "2013年英联邦网络安全论坛",
            "Commonwealth Cybersecurity Forum 2013",
            "Forum du Commonwealth sur la cybersécurité 2013",
            "Форум Содружества по кибербезопасности 2013",
            "Foro de Ciberseguridad de la Commonwealth 2013",
        ),
        "summary": texts(
            "تناقش الحكومات والخبراء من بلدان الكومنولث الاستراتيجيات الوطنية للأمن السيبراني، "
            "بما في ذلك حماية الأطفال على الإنترنت.",
            "英联邦国家的政府和专家讨论国家网络安全战略，包括儿童上网保护。",
            "Governments and experts from Commonwealth countries discuss national cybersecurity "
            "strategies, including the protection of children online.",
            "Gouvernements et experts des pays du Commonwealth débattent des stratégies "
            "nationales de cybersécurité, dont la protection des enfants en ligne.",
            "Правительства и эксперты стран Содружества обсуждают национальные стратегии "
            "кибербезопасности, включая защиту детей в интернете.",
            "Gobiernos y expertos de los países de la Commonwealth debaten estrategias "
            "nacionales de ciberseguridad, incluida la protección de la infancia en línea.",
        ),
        "tags": ["cybersecurity", "policy"],
    },
    council_working_group("council-working-group-cop-2013-02", date(2013, 2, 1)),
    {
        "slug": "locking-the-digital-door-2012",
        "kind": EventKind.CONFERENCE,
        "dates": (date(2012, 10, 17), date(2012, 10, 17)),
        "country": "AE",
        "title": texts(
            "إقفال الباب الرقمي: حماية خصوصية الأطفال على الإنترنت",
            "锁好数字之门：保护儿童的网上隐私",
            "Locking the Digital Door: Protecting the Privacy of Children Online",
            "Verrouiller la porte numérique : protéger la vie privée des enfants en ligne",
            "Запереть цифровую дверь: защита частной жизни детей в интернете",
            "Cerrar la puerta digital: proteger la privacidad de los niños en línea",
        ),
        "summary": texts(
            "اجتماع في دبي حول كيفية جمع البيانات الشخصية للأطفال على الإنترنت وما يمكن للآباء "
            "والمدارس والشركات فعله لحمايتها.",
            "在迪拜举行的会议，探讨儿童个人数据如何在网上被收集，以及家长、学校和企业可以如何加以保护。",
            "A meeting in Dubai on how children's personal data is collected online and what "
            "parents, schools and companies can do to protect it.",
            "Une rencontre à Dubaï sur la collecte en ligne des données personnelles des enfants "
            "et sur ce que parents, écoles et entreprises peuvent faire pour les protéger.",
            "Встреча в Дубае о том, как в интернете собираются персональные данные детей и что "
            "родители, школы и компании могут сделать для их защиты.",
            "Un encuentro en Dubái sobre cómo se recogen en línea los datos personales de los "
            "niños y qué pueden hacer padres, escuelas y empresas para protegerlos.",
        ),
        "city": texts("دبي", "迪拜", "Dubai", "Dubaï", "Дубай", "Dubái"),
        "tags": ["privacy", "parents"],
    },
    {
        "slug": "fighting-child-abuse-material-madrid-2012",
        "kind": EventKind.CONFERENCE,
        "dates": (date(2012, 11, 29), date(2012, 11, 30)),
        "country": "ES",
        "title": texts(
            "مكافحة استغلال الأطفال في المواد الإباحية على الإنترنت",
            "打击互联网儿童色情制品",
            "Fighting Child Pornography on the Internet",
            "Lutter contre la pédopornographie sur Internet",
            "Борьба с детской порнографией в интернете",
            "Lucha contra la pornografía infantil en Internet",
        ),
        "summary": texts(
            "تتبادل جهات إنفاذ القانون وخطوط الإبلاغ والقطاع الخاص طرق العثور على صور الاعتداء "
            "الجنسي على الأطفال والإبلاغ عنها وإزالتها.",
            "执法机构、举报热线和业界交流发现、举报和删除儿童性虐待图像的方法。",
            "Law enforcement, hotlines and industry compare ways to find, report and remove "
            "images of child sexual abuse.",
            "Forces de l'ordre, lignes de signalement et entreprises comparent leurs méthodes "
            "pour repérer, signaler et retirer les images d'abus sexuels sur enfants.",
            "Правоохранительные органы, горячие линии и компании обмениваются методами поиска, "
            "сообщения и удаления изображений сексуального насилия над детьми.",
            "Fuerzas del orden, líneas de denuncia y empresas comparan métodos para detectar, "
            "denunciar y retirar imágenes de abuso sexual infantil.",
        ),
        "city": texts("مدريد", "马德里", "Madrid", "Madrid", "Мадрид", "Madrid"),
        "tags": ["hotlines", "law enforcement"],
    },
    {
        "slug": "visit-cop-patron-2012",
        "kind": EventKind.VISIT,
        "dates": (date(2012, 5, 30), date(2012, 5, 30)),
        "country": "CH",
        "title": texts(
            "زيارة راعية مبادرة حماية الأطفال على الإنترنت، فخامة السيدة لورا تشينشيا، رئيسة "
            "كوستاريكا",
            "儿童上网保护倡议赞助人、哥斯达黎加总统劳拉·钦奇利亚阁下访问国际电联",
            "Visit of the COP Patron, H.E. Laura Chinchilla, President of Costa Rica",
            "Visite de la marraine de la COP, S.E. Mme Laura Chinchilla, Présidente du Costa Rica",
            "Визит покровителя инициативы COP, Президента Коста-Рики Ее Превосходительства "
            "Лауры Чинчильи",
            "Visita de la Patrona de la COP, S.E. Laura Chinchilla, Presidenta de Costa Rica",
        ),
        "summary": texts(
            "تزور رئيسة كوستاريكا مقر الاتحاد الدولي للاتصالات وتجدد دعمها بصفتها راعية لمبادرة "
            "حماية الأطفال على الإنترنت.",
            "哥斯达黎加总统访问国际电联总部，重申她作为儿童上网保护倡议赞助人的支持。",
            "The President of Costa Rica visits ITU headquarters and renews her support as "
            "patron of the Child Online Protection initiative.",
            "La Présidente du Costa Rica se rend au siège de l'UIT et renouvelle son soutien en "
            "tant que marraine de l'initiative pour la protection en ligne des enfants.",
            "Президент Коста-Рики посещает штаб-квартиру МСЭ и подтверждает свою поддержку в "
            "качестве покровителя инициативы по защите детей в интернете.",
            "La Presidenta de Costa Rica visita la sede de la UIT y renueva su apoyo como "
            "patrona de la iniciativa de Protección de la Infancia en Línea.",
        ),
        "venue": ITU_HQ,
        "city": GENEVA,
        "tags": ["cooperation"],
    },
    {
        "slug": "european-child-safety-online-conference-2012",
        "kind": EventKind.CONFERENCE,
        "dates": (date(2012, 11, 15), date(2012, 11, 15)),
        "country": "BE",
        "title": texts(
            "المؤتمر الأوروبي لسلامة الأطفال على الإنترنت 2012",
            "2012年欧洲儿童网络安全会议",
            "2012 European Child Safety Online Conference",
            "Conférence européenne 2012 sur la sécurité des enfants en ligne",
            "Европейская конференция по безопасности детей в интернете 2012 года",
            "Conferencia Europea sobre la Seguridad Infantil en Línea 2012",
        ),
        "summary": texts(
            "ينظمها منتدى أوروبا في بروكسل: صانعو السياسات الأوروبيون والقطاع الخاص ومنظمات "
            "رعاية الطفولة حول جعل الخدمات الإلكترونية أكثر أماناً للمستخدمين الصغار.",
            "由欧洲论坛在布鲁塞尔主办：欧洲政策制定者、业界和儿童福利组织共同探讨如何让网络服务对年轻用户更安全。",
            "Organised by Forum Europe in Brussels: European policy makers, industry and "
            "child-welfare groups on making online services safer for young users.",
            "Organisée par Forum Europe à Bruxelles : décideurs européens, entreprises et "
            "associations de protection de l'enfance sur la manière de rendre les services en "
            "ligne plus sûrs pour les jeunes.",
            "Организатор — Forum Europe, Брюссель: европейские политики, компании и организации "
            "по защите детей о том, как сделать онлайн-сервисы безопаснее для юных "
            "пользователей.",
            "Organizada por Forum Europe en Bruselas: responsables políticos europeos, empresas "
            "y organizaciones de protección infantil sobre cómo hacer más seguros los servicios "
            "en línea para los usuarios jóvenes.",
        ),
        "city": texts("بروكسل", "布鲁塞尔", "Brussels", "Bruxelles", "Брюссель", "Bruselas"),
        "tags": ["industry", "policy"],
    },
    council_working_group("council-working-group-cop-2012-06", date(2012, 6, 19)),
    {
        "slug": "workshop-legal-aspects-cop-2012",
        "kind": EventKind.WORKSHOP,
        "dates": (date(2012, 6, 24), date(2012, 6, 25)),
        "country": "DZ",
        "title": texts(
            "ورشة عمل حول الجوانب القانونية لحماية الأطفال على الإنترنت",
            "儿童上网保护法律问题研讨会",
            "Workshop on the legal aspects of child online protection",
            "Atelier sur les aspects juridiques de la protection en ligne des enfants",
            "Семинар-практикум по правовым аспектам защиты детей в интернете",
            "Taller sobre los aspectos jurídicos de la protección de la infancia en línea",
        ),
        "summary": texts(
            "بالتعاون مع المكتب الإقليمي العربي للاتحاد الدولي للاتصالات: يستعرض المشرعون "
            "والمسؤولون من المنطقة العربية القوانين التي تحمي الأطفال من الإساءة على الإنترنت.",
            "与国际电联阿拉伯区域办事处合作举办：阿拉伯地区的立法者和官员审视保护儿童免受网络侵害的法律。",
            "Held with the ITU Arab Regional Office: lawmakers and officials from the Arab "
            "region review laws that protect children from online abuse.",
            "Organisé avec le Bureau régional de l'UIT pour les États arabes : législateurs et "
            "responsables de la région examinent les lois qui protègent les enfants des abus "
            "en ligne.",
            "Совместно с Региональным отделением МСЭ для арабских государств: законодатели и "
            "должностные лица региона рассматривают законы, защищающие детей от "
            "злоупотреблений в интернете.",
            "Organizado con la Oficina Regional de la UIT para los Estados Árabes: legisladores "
            "y funcionarios de la región examinan las leyes que protegen a los niños del abuso "
            "en línea.",
        ),
        "tags": ["legislation", "policy"],
    },
    {
        "slug": "cop-partners-meeting-wsis-forum-2012",
        "kind": EventKind.MEETING,
        "dates": (date(2012, 5, 14), date(2012, 5, 14)),
        "country": "CH",
        "title": texts(
            "اجتماع شركاء مبادرة حماية الأطفال على الإنترنت في منتدى القمة العالمية لمجتمع "
            "المعلومات 2012",
            "2012年信息社会世界峰会论坛期间的儿童上网保护合作伙伴会议",
            "COP partners meeting at the WSIS Forum 2012",
            "Réunion des partenaires de la COP au Forum du SMSI 2012",
            "Встреча партнеров COP на Форуме ВВУИО 2012 года",
            "Reunión de asociados de la COP en el Foro de la CMSI 2012",
        ),
        "summary": texts(
            "يجتمع شركاء المبادرة خلال منتدى القمة العالمية لمجتمع المعلومات لتبادل مشاريعهم "
            "والاتفاق على أنشطة مشتركة.",
            "倡议合作伙伴在信息社会世界峰会论坛期间会面，分享各自项目并商定联合活动。",
            "Partners of the initiative meet during the WSIS Forum to share their projects and "
            "agree on joint activities.",
            "Les partenaires de l'initiative se réunissent pendant le Forum du SMSI pour "
            "présenter leurs projets et convenir d'activités communes.",
            "Партнеры инициативы встречаются во время Форума ВВУИО, чтобы рассказать о своих "
            "проектах и договориться о совместной работе.",
            "Los asociados de la iniciativa se reúnen durante el Foro de la CMSI para compartir "
            "sus proyectos y acordar actividades conjuntas.",
        ),
        "venue": texts(
            "منظمة العمل الدولية",
            "国际劳工组织",
            "International Labour Organization",
            "Organisation internationale du Travail",
            "Международная организация труда",
            "Organización Internacional del Trabajo",
        ),
        "city": GENEVA,
        "tags": ["cooperation"],
    },
    {
        "slug": "cop-awareness-programme-brunei-2012",
        "kind": EventKind.WORKSHOP,
        "dates": (date(2012, 4, 23), date(2012, 4, 24)),
        "country": "BN",
        "title": texts(
            "برنامج التوعية بحماية الأطفال على الإنترنت",
            "儿童上网保护宣传活动",
            "Child online protection awareness programme",
            "Programme de sensibilisation à la protection en ligne des enfants",
            "Программа повышения осведомленности о защите детей в интернете",
            "Programa de sensibilización sobre la protección de la infancia en línea",
        ),
        "summary": texts(
            "يومان من الجلسات في بندر سري بكاوان للمعلمين والآباء والطلاب والمسؤولين حول المخاطر "
            "التي يواجهها الأطفال على الإنترنت وكيفية التعامل معها.",
            "在斯里巴加湾市为教师、家长、学生和官员举办为期两天的活动，介绍儿童在网上遇到的风险及应对方法。",
            "Two days of sessions in Bandar Seri Begawan for teachers, parents, students and "
            "officials on the risks children meet online and how to respond.",
            "Deux jours de séances à Bandar Seri Begawan pour enseignants, parents, élèves et "
            "responsables sur les risques que les enfants rencontrent en ligne et la façon d'y "
            "répondre.",
            "Два дня занятий в Бандар-Сери-Бегаване для учителей, родителей, учащихся и "
            "должностных лиц о рисках, с которыми дети сталкиваются в интернете, и о том, как "
            "на них реагировать.",
            "Dos días de sesiones en Bandar Seri Begawan para docentes, padres, estudiantes y "
            "funcionarios sobre los riesgos que los niños encuentran en línea y cómo responder.",
        ),
        "city": texts(
            "بندر سري بكاوان",
            "斯里巴加湾市",
            "Bandar Seri Begawan",
            "Bandar Seri Begawan",
            "Бандар-Сери-Бегаван",
            "Bandar Seri Begawan",
        ),
        "tags": ["awareness", "educators"],
    },
    {
        "slug": "connect-arab-summit-2012-round-table",
        "kind": EventKind.ROUNDTABLE,
        "dates": (date(2012, 3, 5), date(2012, 3, 7)),
        "country": "QA",
        "title": texts(
            "مائدة مستديرة «تعاون. أمّن. احمِ.» في قمة توصيل العالم العربي 2012",
            "2012年连通阿拉伯峰会“合作·安全·保护”圆桌会议",
            "Round table “Cooperate. Secure. Protect.” at the Connect Arab Summit 2012",
            "Table ronde « Coopérer. Sécuriser. Protéger. » au Sommet Connecter le monde arabe "
            "2012",
            "Круглый стол «Сотрудничать. Обеспечивать безопасность. Защищать» на саммите "
            "«Соединим арабский мир» 2012 года",
            "Mesa redonda «Cooperar. Asegurar. Proteger.» en la Cumbre Conectar el Mundo Árabe "
            "2012",
        ),
        "summary": texts(
            "يناقش الوزراء وقادة القطاع الخاص في قمة توصيل العالم العربي التعاون في مجال الأمن "
            "السيبراني وحماية الأطفال في المنطقة العربية.",
            "部长和业界领袖在连通阿拉伯峰会上讨论网络安全合作以及阿拉伯地区的儿童保护。",
            "Ministers and industry leaders at the Connect Arab Summit discuss cybersecurity "
            "cooperation and the protection of children in the Arab region.",
            "Ministres et dirigeants d'entreprise réunis au Sommet Connecter le monde arabe "
            "débattent de la coopération en cybersécurité et de la protection des enfants dans "
            "la région arabe.",
            "Министры и руководители компаний на саммите «Соединим арабский мир» обсуждают "
            "сотрудничество в области кибербезопасности и защиту детей в арабском регионе.",
            "Ministros y líderes empresariales reunidos en la Cumbre Conectar el Mundo Árabe "
            "debaten sobre cooperación en ciberseguridad y protección de la infancia en la "
            "región árabe.",
        ),
        "city": texts("الدوحة", "多哈", "Doha", "Doha", "Доха", "Doha"),
        "tags": ["cybersecurity", "cooperation"],
    },
    {
        "slug": "mobile-world-congress-2012",
        "kind": EventKind.CONFERENCE,
        "dates": (date(2012, 2, 27), date(2012, 3, 1)),
        "country": "ES",
        "title": texts(
            "المؤتمر العالمي للأجهزة المتنقلة 2012",
            "2012年世界移动通信大会",
            "Mobile World Congress 2012",
            "Mobile World Congress 2012",
            "Всемирный мобильный конгресс 2012",
            "Mobile World Congress 2012",
        ),
        "summary": texts(
            "الملتقى السنوي لقطاع الاتصالات المتنقلة في برشلونة، مع نقاشات حول جعل الخدمات "
            "المتنقلة أكثر أماناً للأطفال.",
            "移动行业在巴塞罗那的年度盛会，会上讨论如何让移动服务对儿童更安全。",
            "The mobile industry's yearly gathering in Barcelona, with discussions on making "
            "mobile services safer for children.",
            "Le rendez-vous annuel de l'industrie mobile à Barcelone, avec des échanges sur des "
            "services mobiles plus sûrs pour les enfants.",
            "Ежегодная встреча мобильной индустрии в Барселоне с обсуждением того, как сделать "
            "мобильные сервисы безопаснее для детей.",
            "El encuentro anual de la industria móvil en Barcelona, con debates sobre cómo hacer "
            "más seguros los servicios móviles para los niños.",
        ),
        "venue": texts(
            "فيرا مونتجويك",
            "蒙特惠奇展览中心",
            "Fira Montjuïc",
            "Fira Montjuïc",
            "Выставочный центр Fira Montjuïc",
            "Fira Montjuïc",
        ),
        "city": texts("برشلونة", "巴塞罗那", "Barcelona", "Barcelone", "Барселона", "Barcelona"),
        "tags": ["industry", "mobile"],
    },
]


def second_tuesday_of_february(year):
    first = date(year, 2, 1)
    first_tuesday = first + timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + timedelta(days=7)


def next_safer_internet_day(today):
    day = second_tuesday_of_february(today.year)
    return day if day >= today else second_tuesday_of_february(today.year + 1)


def local(day, hour, minute, zone_name):
    """An aware datetime at a wall-clock time in an IANA zone."""
    return datetime.combine(day, time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone_name))


def next_weekday(day):
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def future_events(today):
    """Events after ``today``: several time zones, all-day, multi-day, online, cancelled."""
    safer_internet_day = next_safer_internet_day(today)
    council_day = next_weekday(today + timedelta(days=30))
    webinar_day = today + timedelta(days=12)
    panel_day = today + timedelta(days=20)
    workshop_day = next_weekday(today + timedelta(days=40))
    return [
        {
            # All-day, a single day, worldwide: a floating date.
            "slug": f"safer-internet-day-{safer_internet_day.year}",
            "kind": EventKind.AWARENESS_DAY,
            "dates": (safer_internet_day, safer_internet_day),
            "title": safer_internet_day_title(safer_internet_day.year),
            "summary": texts(
                "يوم عالمي من أجل إنترنت أفضل: تنظم المدارس والأسر وشركاء المبادرة أنشطة حول "
                "الاستخدام الآمن والمحترم للشبكة.",
                "全球“更美好的互联网”日：学校、家庭和倡议合作伙伴开展关于安全、文明使用网络的活动。",
                "A worldwide day for a better internet: schools, families and partners of the "
                "initiative hold activities on safe and respectful use of the web.",
                "Une journée mondiale pour un meilleur Internet : écoles, familles et partenaires "
                "de l'initiative organisent des activités sur un usage sûr et respectueux du "
                "Web.",
                "Всемирный день лучшего интернета: школы, семьи и партнеры инициативы проводят "
                "мероприятия о безопасном и уважительном использовании сети.",
                "Una jornada mundial por una Internet mejor: escuelas, familias y asociados de "
                "la iniciativa organizan actividades sobre el uso seguro y respetuoso de la red.",
            ),
            "tags": ["awareness", "children", "parents"],
        },
        {
            # Timed, in Geneva's zone.
            **council_working_group("council-working-group-cop-next", council_day),
            "dates": None,
            "times": (
                local(council_day, 10, 0, "Europe/Zurich"),
                local(council_day, 17, 0, "Europe/Zurich"),
                "Europe/Zurich",
            ),
        },
        {
            # Online only, timed in Mexico City's zone.
            "slug": "webinar-talking-with-children-about-grooming",
            "kind": EventKind.WEBINAR,
            "times": (
                local(webinar_day, 16, 0, "America/Mexico_City"),
                local(webinar_day, 17, 0, "America/Mexico_City"),
                "America/Mexico_City",
            ),
            "online_url": "https://meet.example.org/cop-webinar-grooming",
            "title": texts(
                "ندوة عبر الإنترنت: التحدث مع الأطفال عن الاستدراج عبر الإنترنت",
                "网络研讨会：如何与孩子谈论网络诱骗",
                "Webinar: talking with children about online grooming",
                "Webinaire : parler du pédopiégeage en ligne avec les enfants",
                "Вебинар: как говорить с детьми о груминге в интернете",
                "Seminario web: hablar con los niños sobre el grooming en línea",
            ),
            "summary": texts(
                "ساعة مخصصة للآباء والمعلمين: علامات التحذير من الاستدراج، وكيفية بدء الحديث، "
                "وأين يمكن طلب المساعدة.",
                "为家长和教师准备的一小时：网络诱骗的警示信号、如何开启对话以及到哪里寻求帮助。",
                "An hour for parents and teachers: the warning signs of grooming, how to start "
                "the conversation, and where to get help.",
                "Une heure pour les parents et les enseignants : les signes d'alerte, comment "
                "engager la conversation et où trouver de l'aide.",
                "Час для родителей и учителей: тревожные признаки груминга, как начать "
                "разговор и куда обратиться за помощью.",
                "Una hora para padres y docentes: las señales de alerta del grooming, cómo "
                "iniciar la conversación y dónde pedir ayuda.",
            ),
            "tags": ["grooming", "parents", "educators"],
        },
        {
            # Cancelled, timed in Kuala Lumpur's zone.
            "slug": "youth-panel-online-reputation",
            "kind": EventKind.MEETING,
            "status": EventStatus.CANCELLED,
            "times": (
                local(panel_day, 19, 0, "Asia/Kuala_Lumpur"),
                local(panel_day, 20, 30, "Asia/Kuala_Lumpur"),
                "Asia/Kuala_Lumpur",
            ),
            "country": "MY",
            "title": texts(
                "حلقة نقاش شبابية: سمعتك على الإنترنت",
                "青年座谈：你的网络声誉",
                "Youth panel: your online reputation",
                "Table ronde des jeunes : votre réputation en ligne",
                "Молодежная дискуссия: ваша репутация в интернете",
                "Panel juvenil: tu reputación en línea",
            ),
            "summary": texts(
                "يتحدث الشباب عمّا ينشرونه، وما يبقى على الإنترنت، وكيف يستعيدون السيطرة على "
                "صورتهم.",
                "年轻人谈论他们发布的内容、哪些信息会一直留在网上，以及如何重新掌控自己的形象。",
                "Young people talk about what they post, what stays online and how to take back "
                "control of their image.",
                "Des jeunes parlent de ce qu'ils publient, de ce qui reste en ligne et de la "
                "façon de reprendre la main sur leur image.",
                "Молодые люди говорят о том, что они публикуют, что остается в сети и как "
                "вернуть контроль над своим образом.",
                "Jóvenes hablan de lo que publican, de lo que permanece en línea y de cómo "
                "recuperar el control de su imagen.",
            ),
            "city": texts(
                "كوالالمبور",
                "吉隆坡",
                "Kuala Lumpur",
                "Kuala Lumpur",
                "Куала-Лумпур",
                "Kuala Lumpur",
            ),
            "tags": ["youth", "online reputation"],
        },
        {
            # Several days, timed in Kampala's zone.
            "slug": "regional-workshop-cop-strategies-kampala",
            "kind": EventKind.WORKSHOP,
            "times": (
                local(workshop_day, 9, 0, "Africa/Kampala"),
                local(workshop_day + timedelta(days=2), 16, 0, "Africa/Kampala"),
                "Africa/Kampala",
            ),
            "country": "UG",
            "title": texts(
                "ورشة عمل إقليمية حول الاستراتيجيات الوطنية لحماية الأطفال على الإنترنت",
                "国家儿童上网保护战略区域研讨会",
                "Regional workshop on national child online protection strategies",
                "Atelier régional sur les stratégies nationales de protection en ligne des enfants",
                "Региональный семинар-практикум по национальным стратегиям защиты детей в "
                "интернете",
                "Taller regional sobre estrategias nacionales de protección de la infancia en "
                "línea",
            ),
            "summary": texts(
                "ثلاثة أيام في كمبالا للمسؤولين والهيئات التنظيمية والمجتمع المدني من شرق أفريقيا "
                "لصياغة خطط وطنية وتبادل التجارب الناجحة ولقاء مشغلي خطوط المساعدة.",
                "在坎帕拉举行为期三天的活动，东非的官员、监管机构和民间社会共同起草国家计划，交流成功经验，"
                "并与求助热线运营方会面。",
                "Three days in Kampala for officials, regulators and civil society from East "
                "Africa to draft national plans, share what has worked and meet helpline "
                "operators.",
                "Trois jours à Kampala pour les responsables, régulateurs et la société civile "
                "d'Afrique de l'Est : rédiger des plans nationaux, partager ce qui a fonctionné "
                "et rencontrer les lignes d'assistance.",
                "Три дня в Кампале для должностных лиц, регуляторов и гражданского общества "
                "Восточной Африки: разработка национальных планов, обмен удачным опытом и "
                "встречи с операторами телефонов доверия.",
                "Tres días en Kampala para funcionarios, reguladores y sociedad civil de África "
                "Oriental: redactar planes nacionales, compartir lo que ha funcionado y conocer "
                "a las líneas de ayuda.",
            ),
            "city": texts("كمبالا", "坎帕拉", "Kampala", "Kampala", "Кампала", "Kampala"),
            "tags": ["policy", "africa", "helplines"],
        },
    ]


# Organisers from the partner directory (partners' demo slugs), where the facts are
# known: Insafe and the European Commission's programme coordinate Safer Internet Day,
# the GSMA holds the Mobile World Congress.
SAFER_INTERNET_DAY_ORGANISERS = ["insafe", "european-commission-safer-internet"]
ORGANISERS = {
    "mobile-world-congress-2012": ["gsma"],
    "regional-workshop-cop-strategies-kampala": [
        "child-helpline-international",
        "african-child-online-protection-education-awareness-centre",
    ],
    "webinar-talking-with-children-about-grooming": ["save-the-children"],
}


def organiser_slugs(event_slug):
    if event_slug.startswith("safer-internet-day-"):
        return SAFER_INTERNET_DAY_ORGANISERS
    return ORGANISERS.get(event_slug, ())


def proposals(today):
    """Two events proposed by partners' representatives and not yet published.

    Written by the partners in English (one also in French): editors translate before
    they publish, and the admin shows what is missing.
    """
    exchange_day = today + timedelta(days=25)
    return [
        {
            "slug": "helpline-exchange-online-abuse-reports",
            "proposed_by": "child-helpline-international",
            "kind": EventKind.MEETING,
            "times": (
                local(exchange_day, 15, 0, "Europe/Amsterdam"),
                local(exchange_day, 16, 30, "Europe/Amsterdam"),
                "Europe/Amsterdam",
            ),
            "online_url": "https://meet.example.org/helpline-exchange",
            "title": {
                "en": "Helpline exchange: answering children who report online abuse",
                "fr": "Échange entre lignes d'assistance : répondre aux enfants qui "
                "signalent des abus en ligne",
            },
            "summary": {
                "en": "Counsellors from child helplines compare how they answer children "
                "who report abuse online, and how they pass reports on to hotlines.",
                "fr": "Des écoutants de lignes d'assistance pour enfants comparent leur "
                "façon de répondre aux enfants qui signalent des abus en ligne et de "
                "transmettre les signalements aux lignes de signalement.",
            },
            "tags": ["helplines"],
        },
        {
            "slug": "hotline-open-day-assessing-reports",
            "proposed_by": "iwf",
            "kind": EventKind.WORKSHOP,
            "dates": (today + timedelta(days=50), today + timedelta(days=50)),
            "country": "GB",
            "title": {"en": "Open day: how a reporting hotline assesses what it receives"},
            "summary": {
                "en": "Staff of other hotlines and police officers spend a day with analysts "
                "to see how reports of child sexual abuse images are assessed and removed."
            },
            "tags": ["hotlines"],
        },
    ]


def save_event(spec, **extra):
    """Create or update one demo event from its specification; returns (event, created)."""
    defaults = {
        **extra,
        "kind": spec["kind"],
        "status": spec.get("status", EventStatus.SCHEDULED),
        "country": spec.get("country", ""),
        "online_url": spec.get("online_url", ""),
        "published": extra.get("published", True),
        "start_date": None,
        "end_date": None,
        "starts_at": None,
        "ends_at": None,
        "time_zone": "",
    }
    if spec.get("dates"):
        defaults["start_date"], defaults["end_date"] = spec["dates"]
    else:
        starts_at, ends_at, zone_name = spec["times"]
        defaults.update(
            {
                "starts_at": starts_at.astimezone(zoneinfo.ZoneInfo("UTC")),
                "ends_at": ends_at.astimezone(zoneinfo.ZoneInfo("UTC")),
                "time_zone": zone_name,
            }
        )
    for field in TRANSLATED:
        values = spec.get(field) or {}
        for code in LANGUAGES:
            defaults[f"{field}_{code.replace('-', '_')}"] = values.get(code, "")
    with translation.override("en"):
        event, created = Event.objects.update_or_create(slug=spec["slug"], defaults=defaults)
    event.tags.set([save_tag(EventTag, name) for name in spec.get("tags", [])])
    return event, created


def load(command):
    today = timezone.localdate()
    future = future_events(today)
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    specs = REFERENCE_EVENTS + future
    created_count = 0
    for spec in specs:
        event, created = save_event(spec)
        created_count += created
        organisers = [partners[slug] for slug in organiser_slugs(spec["slug"]) if slug in partners]
        event.organisers.set(organisers)
        command.step(
            f"{'created' if created else 'updated'} event '{event.slug}' "
            f"({event.first_day.isoformat()}, {event.get_status_display()}"
            + (f", organised by {', '.join(p.slug for p in organisers)}" if organisers else "")
            + ")"
        )
    command.step(
        f"{len(specs)} events ({created_count} new): {len(REFERENCE_EVENTS)} from the "
        f"reference page, {len(future)} upcoming"
    )
    for spec in proposals(today):
        partner = partners.get(spec["proposed_by"])
        if partner is None:
            command.step(f"skipped proposal '{spec['slug']}': no partner '{spec['proposed_by']}'")
            continue
        event, created = save_event(spec, published=False, proposed_by=partner)
        event.organisers.set([partner])
        command.step(
            f"{'created' if created else 'updated'} unpublished proposal '{event.slug}' "
            f"by {partner.slug}"
        )
    return []
