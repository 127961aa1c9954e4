"""Demo partners: every organisation the reference page names, in its group.

Descriptions are our own short wording, written in English, French and Spanish for
every partner and in all six languages for some, so that the visible English fallback
can be seen on the Arabic, Chinese and Russian pages. Country and website are given
only where they are well known; otherwise they are left empty.

Help services are real, widely published numbers and addresses; check them before
relying on them in production.
"""

from django.contrib.auth import get_user_model

from cop_portal.demo_data import DemoLogin
from cop_portal.roles import representatives_group_apply
from partners.models import FocusTag, HelpService, Partner, PartnerKind, Representative

INT = PartnerKind.INTERNATIONAL
CIV = PartnerKind.CIVIL_SOCIETY
PRI = PartnerKind.PRIVATE_SECTOR

TAGS = {
    "awareness": {
        "en": "Awareness and education",
        "fr": "Sensibilisation et éducation",
        "es": "Sensibilización y educación",
        "ar": "التوعية والتثقيف",
        "ru": "Просвещение и обучение",
        "zh_hans": "宣传与教育",
    },
    "helplines": {
        "en": "Helplines",
        "fr": "Lignes d’écoute",
        "es": "Líneas de ayuda",
        "ar": "خطوط المساعدة",
        "ru": "Телефоны доверия",
        "zh_hans": "求助热线",
    },
    "reporting": {
        "en": "Reporting abuse",
        "fr": "Signalement des abus",
        "es": "Denuncia de abusos",
        "ar": "الإبلاغ عن الإساءة",
        "ru": "Сообщения о насилии",
        "zh_hans": "举报虐待",
    },
    "law-enforcement": {
        "en": "Law enforcement",
        "fr": "Application de la loi",
        "es": "Aplicación de la ley",
        "ar": "إنفاذ القانون",
        "ru": "Правоохранительная деятельность",
        "zh_hans": "执法",
    },
    "research": {
        "en": "Research",
        "fr": "Recherche",
        "es": "Investigación",
        "ar": "البحث",
        "ru": "Исследования",
        "zh_hans": "研究",
    },
    "industry": {
        "en": "Industry practice",
        "fr": "Pratiques de l’industrie",
        "es": "Prácticas de la industria",
        "ar": "ممارسات القطاع الخاص",
        "ru": "Практика отрасли",
        "zh_hans": "行业实践",
    },
    "policy": {
        "en": "Policy and law",
        "fr": "Politiques et droit",
        "es": "Políticas y legislación",
        "ar": "السياسات والقانون",
        "ru": "Политика и право",
        "zh_hans": "政策与法律",
    },
    "cybersecurity": {
        "en": "Cybersecurity",
        "fr": "Cybersécurité",
        "es": "Ciberseguridad",
        "ar": "الأمن السيبراني",
        "ru": "Кибербезопасность",
        "zh_hans": "网络安全",
    },
    "childrens-rights": {
        "en": "Children’s rights",
        "fr": "Droits de l’enfant",
        "es": "Derechos de la infancia",
        "ar": "حقوق الطفل",
        "ru": "Права ребёнка",
        "zh_hans": "儿童权利",
    },
}

# Generic descriptions for partners about which the reference page says nothing more
# than their name and group.
GENERIC = {
    CIV: {
        "en": "A civil-society organisation that has joined the Child Online Protection "
        "initiative as a partner.",
        "fr": "Organisation de la société civile qui a rejoint l’initiative Protection en "
        "ligne des enfants en tant que partenaire.",
        "es": "Organización de la sociedad civil que se ha sumado como socia a la iniciativa "
        "de Protección de la infancia en línea.",
    },
    PRI: {
        "en": "A company that supports the Child Online Protection initiative as a partner.",
        "fr": "Entreprise qui soutient l’initiative Protection en ligne des enfants en tant "
        "que partenaire.",
        "es": "Empresa que apoya como socia la iniciativa de Protección de la infancia en línea.",
    },
}


def demo_partner(
    slug, name, kind, *, country="", worldwide=False, website="", tags=(), featured=False, text=None
):
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "country": country,
        "worldwide": worldwide,
        "website": website,
        "tags": tags,
        "featured": featured,
        "text": text or GENERIC[kind],
    }


PARTNERS = [
    # --- International organisations -----------------------------------------------
    demo_partner(
        "unicef",
        "United Nations Children’s Fund (UNICEF)",
        INT,
        worldwide=True,
        website="https://www.unicef.org",
        tags=("childrens-rights", "policy", "research"),
        featured=True,
        text={
            "en": "The United Nations agency for children, working in more than 190 countries "
            "and territories for every child’s rights, including their safety online.",
            "fr": "L’agence des Nations Unies pour l’enfance, présente dans plus de 190 pays et "
            "territoires pour les droits de chaque enfant, y compris sa sécurité en ligne.",
            "es": "La agencia de las Naciones Unidas para la infancia, presente en más de 190 "
            "países y territorios por los derechos de cada niño, también su seguridad en línea.",
            "ar": "وكالة الأمم المتحدة المعنية بالطفولة، تعمل في أكثر من 190 بلدًا وإقليمًا من "
            "أجل حقوق كل طفل، بما فيها سلامته على الإنترنت.",
            "ru": "Агентство ООН по делам детей, работающее более чем в 190 странах и "
            "территориях ради прав каждого ребёнка, в том числе его безопасности в интернете.",
            "zh_hans": "联合国负责儿童事务的机构，在190多个国家和地区为每个儿童的权利而努力，"
            "包括他们的网络安全。",
        },
    ),
    demo_partner(
        "unodc",
        "United Nations Office on Drugs and Crime (UNODC)",
        INT,
        worldwide=True,
        website="https://www.unodc.org",
        tags=("law-enforcement", "policy"),
        text={
            "en": "The United Nations office that helps countries fight organised crime, "
            "including the online exploitation of children.",
            "fr": "Le bureau des Nations Unies qui aide les pays à combattre la criminalité "
            "organisée, y compris l’exploitation des enfants en ligne.",
            "es": "La oficina de las Naciones Unidas que ayuda a los países a combatir la "
            "delincuencia organizada, incluida la explotación de niños en línea.",
        },
    ),
    demo_partner(
        "unicri",
        "United Nations Interregional Crime and Justice Research Institute (UNICRI)",
        INT,
        worldwide=True,
        tags=("research", "law-enforcement"),
        text={
            "en": "A United Nations research institute on crime and justice whose work "
            "includes new threats such as cybercrime.",
            "fr": "Institut de recherche des Nations Unies sur la criminalité et la justice, "
            "dont les travaux portent aussi sur des menaces nouvelles comme la cybercriminalité.",
            "es": "Instituto de investigación de las Naciones Unidas sobre delincuencia y "
            "justicia, que estudia también amenazas nuevas como la ciberdelincuencia.",
        },
    ),
    demo_partner(
        "unidir",
        "United Nations Institute for Disarmament Research (UNIDIR)",
        INT,
        worldwide=True,
        website="https://unidir.org",
        tags=("research", "cybersecurity"),
        text={
            "en": "A United Nations institute that researches security questions, "
            "among them security in cyberspace.",
            "fr": "Institut des Nations Unies qui mène des recherches sur les questions de "
            "sécurité, parmi lesquelles la sécurité du cyberespace.",
            "es": "Instituto de las Naciones Unidas que investiga cuestiones de seguridad, "
            "entre ellas la seguridad en el ciberespacio.",
        },
    ),
    demo_partner(
        "european-commission-safer-internet",
        "European Commission – Safer Internet Programme",
        INT,
        country="BE",
        tags=("awareness", "policy"),
        text={
            "en": "The European Union programme that funded awareness centres, helplines and "
            "hotlines for a safer internet for children across Europe.",
            "fr": "Programme de l’Union européenne qui a financé en Europe des centres de "
            "sensibilisation, des lignes d’écoute et des services de signalement pour un "
            "internet plus sûr pour les enfants.",
            "es": "Programa de la Unión Europea que financió en Europa centros de "
            "sensibilización, líneas de ayuda y de denuncia por un internet más seguro para "
            "los niños.",
        },
    ),
    demo_partner(
        "interpol",
        "International Criminal Police Organization (INTERPOL)",
        INT,
        country="FR",
        website="https://www.interpol.int",
        tags=("law-enforcement", "reporting"),
        text={
            "en": "The international police organisation that connects police forces of its "
            "member countries, including in identifying child victims of online abuse.",
            "fr": "L’organisation internationale de police qui relie les polices de ses pays "
            "membres, notamment pour identifier les enfants victimes d’abus en ligne.",
            "es": "La organización internacional de policía que conecta a las policías de sus "
            "países miembros, también para identificar a niños víctimas de abusos en línea.",
        },
    ),
    demo_partner(
        "enisa",
        "European Network and Information Security Agency (ENISA)",
        INT,
        country="GR",
        website="https://www.enisa.europa.eu",
        tags=("cybersecurity",),
        text={
            "en": "The European Union’s agency for network and information security, which "
            "advises on keeping networks and their users safe.",
            "fr": "L’agence de l’Union européenne chargée de la sécurité des réseaux et de "
            "l’information, qui conseille sur la protection des réseaux et de leurs usagers.",
            "es": "La agencia de la Unión Europea para la seguridad de las redes y de la "
            "información, que asesora sobre cómo proteger las redes y a sus usuarios.",
        },
    ),
    demo_partner(
        "insafe",
        "Insafe",
        INT,
        country="BE",
        tags=("awareness", "helplines"),
        text={
            "en": "The European network of awareness centres and helplines for a safer "
            "internet, known for organising Safer Internet Day.",
            "fr": "Le réseau européen des centres de sensibilisation et des lignes d’écoute "
            "pour un internet plus sûr, connu pour la Journée pour un internet plus sûr.",
            "es": "La red europea de centros de sensibilización y líneas de ayuda por un "
            "internet más seguro, conocida por organizar el Día de Internet Segura.",
        },
    ),
    demo_partner(
        "cto",
        "Commonwealth Telecommunications Organisation (CTO)",
        INT,
        country="GB",
        website="https://cto.int",
        tags=("policy", "cybersecurity"),
        text={
            "en": "An organisation of Commonwealth countries that works together on "
            "information and communication technologies and their safe use.",
            "fr": "Organisation de pays du Commonwealth qui coopèrent sur les technologies de "
            "l’information et de la communication et sur leur usage sûr.",
            "es": "Organización de países de la Commonwealth que cooperan en las tecnologías "
            "de la información y la comunicación y en su uso seguro.",
        },
    ),
    # --- Civil society ----------------------------------------------------------------
    demo_partner("advanced-development-for-africa", "Advanced Development for Africa (ADA)", CIV),
    demo_partner(
        "child-helpline-international",
        "Child Helpline International (CHI)",
        CIV,
        country="NL",
        website="https://childhelplineinternational.org",
        tags=("helplines", "childrens-rights"),
        featured=True,
        text={
            "en": "The global network of child helplines: its members answer children and "
            "young people who call, write or chat, in many countries and languages.",
            "fr": "Le réseau mondial des lignes d’écoute pour enfants : ses membres répondent "
            "aux enfants et aux jeunes qui appellent, écrivent ou discutent en ligne, dans de "
            "nombreux pays et langues.",
            "es": "La red mundial de líneas de ayuda a la infancia: sus miembros atienden a "
            "niños y jóvenes que llaman, escriben o chatean, en muchos países e idiomas.",
            "ar": "الشبكة العالمية لخطوط مساعدة الأطفال: يجيب أعضاؤها على الأطفال والشباب الذين "
            "يتصلون أو يكتبون أو يتحادثون، في بلدان ولغات كثيرة.",
            "ru": "Всемирная сеть детских телефонов доверия: её участники отвечают детям и "
            "молодым людям, которые звонят, пишут или общаются в чате, во многих странах и на "
            "многих языках.",
            "zh_hans": "全球儿童求助热线网络：其成员在许多国家以多种语言接听儿童和青少年的电话、"
            "信件和在线聊天。",
        },
    ),
    demo_partner(
        "childrens-charities-coalition-on-internet-safety",
        "Children’s Charities’ Coalition on Internet Safety",
        CIV,
        country="GB",
        tags=("policy",),
        text={
            "en": "A coalition of children’s charities in the United Kingdom that speaks "
            "together on internet safety.",
            "fr": "Coalition d’associations caritatives pour l’enfance au Royaume-Uni qui "
            "s’exprime d’une seule voix sur la sécurité sur internet.",
            "es": "Coalición de organizaciones benéficas para la infancia del Reino Unido que "
            "habla con una sola voz sobre la seguridad en internet.",
        },
    ),
    demo_partner("e-safety-project", "The e-Safety Project", CIV),
    demo_partner(
        "ebu",
        "European Broadcasting Union (EBU)",
        CIV,
        country="CH",
        website="https://www.ebu.ch",
        tags=("awareness",),
        text={
            "en": "The alliance of public service media in Europe and beyond, whose members "
            "reach children and families with programmes about life online.",
            "fr": "L’alliance des médias de service public d’Europe et d’ailleurs, dont les "
            "membres touchent enfants et familles avec des programmes sur la vie en ligne.",
            "es": "La alianza de medios de servicio público de Europa y de otras regiones, "
            "cuyos miembros llegan a niños y familias con programas sobre la vida en línea.",
        },
    ),
    demo_partner(
        "ecpat-international",
        "ECPAT International",
        CIV,
        country="TH",
        website="https://ecpat.org",
        tags=("childrens-rights", "policy"),
        text={
            "en": "A global network of organisations working to end the sexual exploitation "
            "of children, online and offline.",
            "fr": "Réseau mondial d’organisations qui œuvrent à mettre fin à l’exploitation "
            "sexuelle des enfants, en ligne et hors ligne.",
            "es": "Red mundial de organizaciones que trabajan para acabar con la explotación "
            "sexual de niños y niñas, en línea y fuera de línea.",
        },
    ),
    demo_partner("ewwg", "eWWG", CIV),
    demo_partner(
        "enasco",
        "European NGO Alliance for Child Safety Online (eNASCO)",
        CIV,
        tags=("policy", "childrens-rights"),
        text={
            "en": "An alliance of European children’s organisations that work together for "
            "children’s safety online.",
            "fr": "Alliance d’organisations européennes de défense de l’enfance qui œuvrent "
            "ensemble pour la sécurité des enfants en ligne.",
            "es": "Alianza de organizaciones europeas de infancia que trabajan juntas por la "
            "seguridad de los niños en línea.",
        },
    ),
    demo_partner(
        "fosi",
        "Family Online Safety Institute (FOSI)",
        CIV,
        country="US",
        website="https://www.fosi.org",
        tags=("awareness", "policy"),
        text={
            "en": "A non-profit organisation that brings together industry, government and "
            "families to make the online world safer for children.",
            "fr": "Organisation à but non lucratif qui réunit industrie, pouvoirs publics et "
            "familles pour rendre le monde en ligne plus sûr pour les enfants.",
            "es": "Organización sin fines de lucro que reúne a la industria, los gobiernos y "
            "las familias para que el mundo en línea sea más seguro para los niños.",
        },
    ),
    demo_partner(
        "girl-scouts-of-america",
        "Girl Scouts of America",
        CIV,
        country="US",
        tags=("awareness",),
        text={
            "en": "The girls’ scouting movement in the United States, which teaches girls "
            "skills for life, including safe use of the internet.",
            "fr": "Le mouvement scout féminin des États-Unis, qui apprend aux filles des "
            "compétences pour la vie, dont l’usage sûr d’internet.",
            "es": "El movimiento scout de niñas de Estados Unidos, que enseña a las niñas "
            "habilidades para la vida, entre ellas el uso seguro de internet.",
        },
    ),
    demo_partner(
        "ikeepsafe",
        "iKeepSafe",
        CIV,
        country="US",
        tags=("awareness",),
        text={
            "en": "A non-profit organisation that produces resources to help children, "
            "parents and schools use technology safely.",
            "fr": "Organisation à but non lucratif qui produit des ressources pour aider "
            "enfants, parents et écoles à utiliser la technologie en sécurité.",
            "es": "Organización sin fines de lucro que produce recursos para que niños, "
            "familias y escuelas usen la tecnología con seguridad.",
        },
    ),
    demo_partner(
        "impact",
        "International Multilateral Partnership Against Cyberthreats (IMPACT)",
        CIV,
        country="MY",
        tags=("cybersecurity",),
        text={
            "en": "A partnership of governments, industry and experts against cyber threats, "
            "based in Malaysia.",
            "fr": "Partenariat de gouvernements, d’entreprises et d’experts contre les "
            "cybermenaces, établi en Malaisie.",
            "es": "Asociación de gobiernos, empresas y expertos contra las ciberamenazas, con "
            "sede en Malasia.",
        },
    ),
    demo_partner(
        "icmec",
        "International Centre for Missing & Exploited Children (ICMEC)",
        CIV,
        country="US",
        website="https://www.icmec.org",
        tags=("policy", "law-enforcement", "childrens-rights"),
        text={
            "en": "A non-profit organisation that works with governments, police and "
            "industry to protect children from abduction and sexual exploitation.",
            "fr": "Organisation à but non lucratif qui travaille avec les gouvernements, la "
            "police et l’industrie pour protéger les enfants de l’enlèvement et de "
            "l’exploitation sexuelle.",
            "es": "Organización sin fines de lucro que colabora con gobiernos, policía e "
            "industria para proteger a los niños del secuestro y la explotación sexual.",
        },
    ),
    demo_partner(
        "inhope",
        "INHOPE",
        CIV,
        country="NL",
        website="https://www.inhope.org",
        tags=("reporting",),
        text={
            "en": "The international association of internet hotlines where the public can "
            "report child sexual abuse material found online.",
            "fr": "L’association internationale des services de signalement où le public peut "
            "dénoncer les contenus d’abus sexuels sur enfants trouvés en ligne.",
            "es": "La asociación internacional de líneas de denuncia donde el público puede "
            "informar del material de abuso sexual infantil hallado en internet.",
        },
    ),
    demo_partner(
        "save-the-children",
        "Save the Children",
        CIV,
        country="GB",
        website="https://www.savethechildren.net",
        tags=("childrens-rights",),
        text={
            "en": "An international organisation that works in many countries so that "
            "children survive, learn and are protected.",
            "fr": "Organisation internationale qui agit dans de nombreux pays pour que les "
            "enfants survivent, apprennent et soient protégés.",
            "es": "Organización internacional que trabaja en muchos países para que los niños "
            "sobrevivan, aprendan y estén protegidos.",
        },
    ),
    demo_partner("e-crime-expert", "E-crime expert", CIV),
    demo_partner(
        "wise-kids",
        "WISE KIDS",
        CIV,
        country="GB",
        tags=("awareness",),
        text={
            "en": "An organisation from Wales that promotes positive and safe use of the "
            "internet by young people.",
            "fr": "Organisation galloise qui promeut un usage positif et sûr d’internet par "
            "les jeunes.",
            "es": "Organización de Gales que promueve un uso positivo y seguro de internet "
            "entre los jóvenes.",
        },
    ),
    demo_partner("kids-and-media", "Kids and Media", CIV),
    demo_partner(
        "african-child-online-protection-education-awareness-centre",
        "African Child Online Protection Education & Awareness Centre",
        CIV,
        tags=("awareness",),
        text={
            "en": "A centre for education and awareness on child online protection in Africa.",
            "fr": "Centre d’éducation et de sensibilisation à la protection des enfants en "
            "ligne en Afrique.",
            "es": "Centro de educación y sensibilización sobre la protección de la infancia en "
            "línea en África.",
        },
    ),
    demo_partner(
        "together-against-cybercrime", "Together against Cybercrime", CIV, tags=("cybersecurity",)
    ),
    demo_partner(
        "omar-dengo-foundation",
        "Omar Dengo Foundation",
        CIV,
        country="CR",
        tags=("awareness",),
        text={
            "en": "A Costa Rican foundation that brings digital skills and technology into "
            "education.",
            "fr": "Fondation costaricienne qui fait entrer les compétences numériques et la "
            "technologie dans l’éducation.",
            "es": "Fundación costarricense que lleva las competencias digitales y la "
            "tecnología a la educación.",
        },
    ),
    demo_partner(
        "ec-council",
        "EC-Council",
        CIV,
        country="US",
        website="https://www.eccouncil.org",
        tags=("cybersecurity",),
        text={
            "en": "An organisation that trains and certifies information security professionals.",
            "fr": "Organisation qui forme et certifie des professionnels de la sécurité de "
            "l’information.",
            "es": "Organización que forma y certifica a profesionales de la seguridad de la "
            "información.",
        },
    ),
    demo_partner(
        "iwf",
        "Internet Watch Foundation (IWF)",
        CIV,
        country="GB",
        website="https://www.iwf.org.uk",
        tags=("reporting",),
        featured=True,
        text={
            "en": "The United Kingdom’s hotline for reporting child sexual abuse images and "
            "videos online; it has them removed and helps other countries set up reporting.",
            "fr": "Le service de signalement britannique pour les images et vidéos d’abus "
            "sexuels sur enfants en ligne ; il les fait retirer et aide d’autres pays à créer "
            "leur propre service.",
            "es": "La línea de denuncia del Reino Unido para imágenes y vídeos de abuso sexual "
            "infantil en internet; logra su retirada y ayuda a otros países a crear la suya.",
            "ru": "Британская горячая линия для сообщений об изображениях и видео "
            "сексуального насилия над детьми в интернете; она добивается их удаления и "
            "помогает другим странам создавать свои линии.",
        },
    ),
    demo_partner(
        "common-sense-media",
        "Common Sense Media",
        CIV,
        country="US",
        website="https://www.commonsensemedia.org",
        tags=("awareness",),
        text={
            "en": "A non-profit organisation that helps families and schools choose and use "
            "media and technology wisely.",
            "fr": "Organisation à but non lucratif qui aide familles et écoles à choisir et "
            "utiliser médias et technologies avec discernement.",
            "es": "Organización sin fines de lucro que ayuda a familias y escuelas a elegir y "
            "usar los medios y la tecnología con criterio.",
        },
    ),
    demo_partner(
        "bupt-institute-of-internet-governance-and-law",
        "Institute of Internet Governance & Law, BUPT",
        CIV,
        country="CN",
        tags=("research", "policy"),
        text={
            "en": "A research institute of the Beijing University of Posts and "
            "Telecommunications that studies internet governance and law.",
            "fr": "Institut de recherche de l’Université des postes et télécommunications de "
            "Pékin consacré à la gouvernance et au droit de l’internet.",
            "es": "Instituto de investigación de la Universidad de Correos y "
            "Telecomunicaciones de Pekín dedicado a la gobernanza y el derecho de internet.",
            "zh_hans": "北京邮电大学下属研究机构，研究互联网治理与法律。",
        },
    ),
    demo_partner(
        "ctic-technology-center",
        "CTIC Technology Center",
        CIV,
        country="ES",
        tags=("research",),
        text={
            "en": "A Spanish technology centre for information and communication technologies.",
            "fr": "Centre technologique espagnol consacré aux technologies de l’information "
            "et de la communication.",
            "es": "Centro tecnológico español dedicado a las tecnologías de la información y "
            "la comunicación.",
        },
    ),
    demo_partner(
        "youth-crime-watch-of-nigeria",
        "Youth Crime Watch of Nigeria",
        CIV,
        country="NG",
        tags=("awareness",),
        text={
            "en": "A Nigerian organisation that involves young people in preventing crime, "
            "including online.",
            "fr": "Organisation nigériane qui associe les jeunes à la prévention de la "
            "criminalité, y compris en ligne.",
            "es": "Organización nigeriana que implica a los jóvenes en la prevención del "
            "delito, también en línea.",
        },
    ),
    demo_partner("rights-of-young-foundation", "Rights of Young Foundation", CIV),
    demo_partner("gkp-foundation", "GKP Foundation", CIV),
    demo_partner(
        "cibervoluntarios",
        "Cybervoluntarios",
        CIV,
        country="ES",
        tags=("awareness",),
        text={
            "en": "A Spanish network of volunteers who teach people to use technology safely "
            "and to their benefit.",
            "fr": "Réseau espagnol de bénévoles qui apprennent à chacun à utiliser la "
            "technologie en sécurité et à son avantage.",
            "es": "Red española de voluntarios que enseñan a usar la tecnología con seguridad "
            "y en beneficio propio.",
        },
    ),
    demo_partner(
        "paniamor-foundation",
        "Paniamor Foundation",
        CIV,
        country="CR",
        tags=("childrens-rights",),
        text={
            "en": "A Costa Rican foundation that works for the rights of children and adolescents.",
            "fr": "Fondation costaricienne qui œuvre pour les droits des enfants et des "
            "adolescents.",
            "es": "Fundación costarricense que trabaja por los derechos de la niñez y la "
            "adolescencia.",
        },
    ),
    demo_partner("disc-foundation", "DISC Foundation", CIV),
    demo_partner(
        "halley-movement",
        "Halley Movement",
        CIV,
        country="MU",
        tags=("awareness",),
        text={
            "en": "A civil-society organisation in Mauritius that works on child and family "
            "welfare, including safety online.",
            "fr": "Organisation de la société civile mauricienne qui travaille sur le "
            "bien-être des enfants et des familles, y compris la sécurité en ligne.",
            "es": "Organización de la sociedad civil de Mauricio que trabaja por el bienestar "
            "de la infancia y la familia, incluida la seguridad en línea.",
        },
    ),
    # --- Private sector ------------------------------------------------------------------
    demo_partner(
        "gsma",
        "GSM Association (GSMA)",
        PRI,
        country="GB",
        website="https://www.gsma.com",
        tags=("industry",),
        featured=True,
        text={
            "en": "The association of mobile network operators worldwide; it helps its "
            "members protect children who use mobile services.",
            "fr": "L’association mondiale des opérateurs de réseaux mobiles ; elle aide ses "
            "membres à protéger les enfants qui utilisent les services mobiles.",
            "es": "La asociación mundial de operadores de redes móviles; ayuda a sus miembros "
            "a proteger a los niños que usan servicios móviles.",
        },
    ),
    demo_partner(
        "optenet",
        "Optenet",
        PRI,
        country="ES",
        tags=("industry",),
        text={
            "en": "A Spanish company that made internet filtering and security software.",
            "fr": "Entreprise espagnole qui a conçu des logiciels de filtrage et de sécurité "
            "pour internet.",
            "es": "Empresa española que desarrolló software de filtrado y seguridad para internet.",
        },
    ),
    demo_partner(
        "microsoft",
        "Microsoft",
        PRI,
        country="US",
        website="https://www.microsoft.com",
        tags=("industry",),
        text={
            "en": "A technology company that makes software, online services and devices, "
            "with family safety settings among them.",
            "fr": "Entreprise technologique qui conçoit logiciels, services en ligne et "
            "appareils, dont des réglages de sécurité pour les familles.",
            "es": "Empresa tecnológica que crea software, servicios en línea y dispositivos, "
            "entre ellos ajustes de seguridad para las familias.",
        },
    ),
    demo_partner(
        "telecom-italia",
        "Telecom Italia",
        PRI,
        country="IT",
        tags=("industry",),
        text={
            "en": "Italy’s largest telecommunications operator.",
            "fr": "Le principal opérateur de télécommunications d’Italie.",
            "es": "El mayor operador de telecomunicaciones de Italia.",
        },
    ),
    demo_partner(
        "telefonica",
        "Telefónica",
        PRI,
        country="ES",
        website="https://www.telefonica.com",
        tags=("industry",),
        text={
            "en": "A Spanish telecommunications company with operations in Europe and Latin "
            "America.",
            "fr": "Entreprise espagnole de télécommunications présente en Europe et en "
            "Amérique latine.",
            "es": "Empresa española de telecomunicaciones con actividad en Europa y "
            "América Latina.",
        },
    ),
    demo_partner(
        "vodafone-group",
        "Vodafone Group",
        PRI,
        country="GB",
        website="https://www.vodafone.com",
        tags=("industry",),
        text={
            "en": "A British mobile telecommunications group with networks in many countries.",
            "fr": "Groupe britannique de télécommunications mobiles présent dans de nombreux pays.",
            "es": "Grupo británico de telecomunicaciones móviles con redes en muchos países.",
        },
    ),
    demo_partner(
        "mahindra-special-services-group",
        "Mahindra Special Services Group",
        PRI,
        country="IN",
        tags=("cybersecurity",),
        text={
            "en": "An Indian company that provides security and risk consulting, including "
            "information security.",
            "fr": "Entreprise indienne de conseil en sécurité et en gestion des risques, y "
            "compris la sécurité de l’information.",
            "es": "Empresa india de consultoría en seguridad y riesgos, incluida la seguridad "
            "de la información.",
        },
    ),
    demo_partner("iahs-academy", "IAHS Academy", PRI),
    demo_partner(
        "trend-micro",
        "Trend Micro",
        PRI,
        country="JP",
        website="https://www.trendmicro.com",
        tags=("cybersecurity", "awareness"),
        text={
            "en": "A cybersecurity company that has written guides for families on "
            "protecting privacy and data on mobile devices.",
            "fr": "Entreprise de cybersécurité qui a rédigé des guides pour les familles sur "
            "la protection de la vie privée et des données sur les appareils mobiles.",
            "es": "Empresa de ciberseguridad que ha escrito guías para las familias sobre cómo "
            "proteger la privacidad y los datos en los dispositivos móviles.",
        },
    ),
    demo_partner("the-cyber-guardian", "The Cyber Guardian", PRI),
    demo_partner(
        "abi-research",
        "ABI Research",
        PRI,
        country="US",
        website="https://www.abiresearch.com",
        tags=("research",),
        text={
            "en": "A market research company on technology and its uses.",
            "fr": "Société d’études de marché sur les technologies et leurs usages.",
            "es": "Empresa de estudios de mercado sobre la tecnología y sus usos.",
        },
    ),
]

SERVICES = [
    {
        "partner": "child-helpline-international",
        "key": "chi-find-a-helpline",
        "kind": "helpline",
        "worldwide": True,
        "url": "https://childhelplineinternational.org/",
        "languages": ["en", "fr", "es"],
        "name": {
            "en": "Find a child helpline",
            "fr": "Trouver une ligne d’écoute pour enfants",
            "es": "Encontrar una línea de ayuda a la infancia",
            "ar": "ابحث عن خط لمساعدة الأطفال",
            "ru": "Найти детский телефон доверия",
            "zh_hans": "查找儿童求助热线",
        },
        "description": {
            "en": "Child Helpline International lists its member helplines country by country.",
            "fr": "Child Helpline International répertorie ses lignes membres pays par pays.",
            "es": "Child Helpline International enumera sus líneas miembro país por país.",
        },
    },
    {
        "partner": "child-helpline-international",
        "key": "childline-uk",
        "kind": "helpline",
        "countries": ["GB"],
        "phone": "0800 1111",
        "url": "https://www.childline.org.uk/",
        "languages": ["en"],
        "name": {
            "en": "Childline",
            "fr": "Childline",
            "es": "Childline",
            "ar": "Childline",
            "ru": "Childline",
            "zh_hans": "Childline",
        },
        "hours": {
            "en": "24 hours a day",
            "fr": "24 heures sur 24",
            "es": "Las 24 horas del día",
            "ar": "على مدار 24 ساعة",
            "ru": "Круглосуточно",
            "zh_hans": "全天24小时",
        },
        "description": {
            "en": "A member of Child Helpline International, free for children and young "
            "people in the United Kingdom.",
            "fr": "Membre de Child Helpline International, gratuit pour les enfants et les "
            "jeunes au Royaume-Uni.",
            "es": "Miembro de Child Helpline International, gratuito para niños y jóvenes "
            "en el Reino Unido.",
        },
    },
    {
        "partner": "child-helpline-international",
        "key": "nummer-gegen-kummer",
        "kind": "helpline",
        "countries": ["DE"],
        "phone": "116 111",
        "url": "https://www.nummergegenkummer.de/",
        "languages": ["de"],
        "name": {
            "en": "Nummer gegen Kummer",
            "fr": "Nummer gegen Kummer",
            "es": "Nummer gegen Kummer",
            "ar": "Nummer gegen Kummer",
            "ru": "Nummer gegen Kummer",
            "zh_hans": "Nummer gegen Kummer",
        },
        "description": {
            "en": "A member of Child Helpline International: the children’s and young "
            "people’s helpline in Germany.",
            "fr": "Membre de Child Helpline International : la ligne d’écoute des enfants et "
            "des jeunes en Allemagne.",
            "es": "Miembro de Child Helpline International: la línea de ayuda a niños y "
            "jóvenes en Alemania.",
        },
    },
    {
        "partner": "child-helpline-international",
        "key": "childline-kenya",
        "kind": "helpline",
        "countries": ["KE"],
        "phone": "116",
        "languages": ["en", "sw"],
        "name": {
            "en": "Childline Kenya",
            "fr": "Childline Kenya",
            "es": "Childline Kenya",
            "ar": "Childline Kenya",
            "ru": "Childline Kenya",
            "zh_hans": "Childline Kenya",
        },
        "hours": {
            "en": "24 hours a day",
            "fr": "24 heures sur 24",
            "es": "Las 24 horas del día",
            "ar": "على مدار 24 ساعة",
            "ru": "Круглосуточно",
            "zh_hans": "全天24小时",
        },
        "description": {
            "en": "A member of Child Helpline International; the call is free.",
            "fr": "Membre de Child Helpline International ; l’appel est gratuit.",
            "es": "Miembro de Child Helpline International; la llamada es gratuita.",
        },
    },
    {
        "partner": "child-helpline-international",
        "key": "sauti-uganda",
        "kind": "helpline",
        "countries": ["UG"],
        "phone": "116",
        "languages": ["en", "sw"],
        "name": {
            "en": "Sauti child helpline",
            "fr": "Ligne d’écoute pour enfants Sauti",
            "es": "Línea de ayuda a la infancia Sauti",
        },
        "description": {
            "en": "A member of Child Helpline International; the call is free.",
            "fr": "Membre de Child Helpline International ; l’appel est gratuit.",
            "es": "Miembro de Child Helpline International; la llamada es gratuita.",
        },
    },
    {
        "partner": "iwf",
        "key": "iwf-report",
        "kind": "hotline",
        "countries": ["GB"],
        "url": "https://report.iwf.org.uk/",
        "languages": ["en"],
        "name": {
            "en": "Report child sexual abuse images",
            "fr": "Signaler des images d’abus sexuels sur enfants",
            "es": "Denunciar imágenes de abuso sexual infantil",
            "ar": "الإبلاغ عن صور الاعتداء الجنسي على الأطفال",
            "ru": "Сообщить об изображениях сексуального насилия над детьми",
            "zh_hans": "举报儿童性虐待图像",
        },
        "description": {
            "en": "Anonymous reporting of images and videos found online.",
            "fr": "Signalement anonyme des images et vidéos trouvées en ligne.",
            "es": "Denuncia anónima de imágenes y vídeos hallados en internet.",
            "ru": "Анонимные сообщения об изображениях и видео, найденных в интернете.",
        },
    },
]

REPRESENTATIVES = [
    ("chi-representative", "child-helpline-international"),
    ("iwf-representative", "iwf"),
]
REPRESENTATIVE_PASSWORD = "cop-demo-partner"


def _localized(field, texts):
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGE_SUFFIXES}


LANGUAGE_SUFFIXES = ("ar", "zh_hans", "en", "fr", "ru", "es")


def load(command):
    tags = {}
    for slug, names in TAGS.items():
        tags[slug], _created = FocusTag.objects.update_or_create(
            slug=slug, defaults={"name": names["en"], **_localized("name", names)}
        )
    command.step(f"{len(tags)} focus tags")

    partners = {}
    for entry in PARTNERS:
        description = {code: f"<p>{text}</p>" for code, text in entry["text"].items()}
        partner, _created = Partner.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "kind": entry["kind"],
                "country": entry["country"],
                "worldwide": entry["worldwide"],
                "website": entry["website"],
                "featured": entry["featured"],
                "published": True,
                "description": description["en"],
                **_localized("description", description),
            },
        )
        partner.tags.set([tags[slug] for slug in entry["tags"]])
        partners[entry["slug"]] = partner
    counts = {kind: sum(1 for e in PARTNERS if e["kind"] == kind) for kind in PartnerKind}
    command.step(
        f"{len(partners)} partners ("
        + ", ".join(f"{count} {kind.label.lower()}" for kind, count in counts.items() if count)
        + ")"
    )

    for entry in SERVICES:
        defaults = {
            "partner": partners[entry["partner"]],
            "kind": entry["kind"],
            "worldwide": entry.get("worldwide", False),
            "countries": entry.get("countries", []),
            "phone": entry.get("phone", ""),
            "url": entry.get("url", ""),
            "languages": entry.get("languages", []),
            **_localized("name", entry["name"]),
            **_localized("description", entry.get("description", {})),
            **_localized("opening_hours", entry.get("hours", {})),
        }
        # The English name identifies a demo service (services have no slug).
        HelpService.objects.update_or_create(
            partner=partners[entry["partner"]], name_en=entry["name"]["en"], defaults=defaults
        )
    worldwide = sum(1 for entry in SERVICES if entry.get("worldwide"))
    countries = sorted({code for entry in SERVICES for code in entry.get("countries", [])})
    command.step(
        f"{len(SERVICES)} help services ({worldwide} worldwide; countries: {', '.join(countries)})"
    )

    group = representatives_group_apply()
    User = get_user_model()
    logins = []
    for username, partner_slug in REPRESENTATIVES:
        partner = partners[partner_slug]
        user, _created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = True
        user.is_superuser = False
        user.set_password(REPRESENTATIVE_PASSWORD)
        user.save()
        user.groups.add(group)
        Representative.objects.update_or_create(user=user, defaults={"partner": partner})
        command.step(f"representative '{username}' for {partner.name}")
        logins.append(
            DemoLogin(
                f"Partner representative ({partner.name.split('(')[-1].rstrip(')')})",
                username,
                REPRESENTATIVE_PASSWORD,
                f"sees and edits only {partner.name}",
            )
        )
    return logins
