"""The demo news items, written for the portal from the facts of the reference page.

Each item gives its publication date. ``date_is_estimate`` is True where the reference
page gives no date for the item: the date is then a plausible one worked out from the
context (``date_note`` says how), and the page says nothing more precise. ``partners``
names the partners an item is about (matched by name in the partner directory) and
``events`` the events (by their slug in the events demo); those not loaded are skipped.
"""

import datetime

UTC = datetime.UTC


def moment(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=UTC)


NEWS_ITEMS = [
    {
        "slug": "call-to-action-2009",
        "published_at": moment(2009, 5, 17),
        "date_is_estimate": True,
        "date_note": "announced on World Telecommunication and Information Society Day, "
        "held every year on 17 May",
        "tags": ["awareness", "policy"],
        "texts": {
            "en": (
                "A year-long call to action for children's safety online",
                "On World Telecommunication and Information Society Day 2009, the ITU "
                "Secretary-General asked governments, industry and civil society to work "
                "together on child online protection for a whole year.",
                "<p>Dr Hamadoun Touré used World Telecommunication and Information Society "
                "Day 2009 to open a call to action lasting twelve months, devoted to the "
                "protection of children in cyberspace.</p><p>ITU Member States and partners "
                "answered, and their contributions were gathered in a report on working "
                "together to protect children online.</p>",
            ),
            "fr": (
                "Un appel à l'action d'un an pour la sécurité des enfants en ligne",
                "À l'occasion de la Journée mondiale des télécommunications et de la société "
                "de l'information 2009, le Secrétaire général de l'UIT a invité "
                "gouvernements, entreprises et société civile à agir ensemble pendant un an "
                "pour protéger les enfants en ligne.",
                "<p>Le Dr Hamadoun Touré a profité de la Journée mondiale des "
                "télécommunications et de la société de l'information 2009 pour lancer un "
                "appel à l'action de douze mois consacré à la protection des enfants dans le "
                "cyberespace.</p><p>Les États Membres de l'UIT et ses partenaires y ont "
                "répondu ; leurs contributions ont été réunies dans un rapport sur l'action "
                "commune pour protéger les enfants en ligne.</p>",
            ),
            "es": (
                "Un llamamiento a la acción de un año por la seguridad infantil en línea",
                "Con motivo del Día Mundial de las Telecomunicaciones y la Sociedad de la "
                "Información 2009, el Secretario General de la UIT pidió a gobiernos, "
                "industria y sociedad civil trabajar juntos durante un año en la protección "
                "de la infancia en línea.",
                "<p>El Dr. Hamadoun Touré aprovechó el Día Mundial de las Telecomunicaciones "
                "y la Sociedad de la Información 2009 para abrir un llamamiento a la acción "
                "de doce meses dedicado a la protección de los niños en el "
                "ciberespacio.</p><p>Los Estados Miembros de la UIT y sus socios "
                "respondieron, y sus aportaciones se recogieron en un informe sobre el "
                "trabajo conjunto para proteger a los niños en línea.</p>",
            ),
            "ru": (
                "Годовой призыв к действиям ради безопасности детей в интернете",
                "Во Всемирный день электросвязи и информационного общества 2009 года "
                "Генеральный секретарь МСЭ призвал правительства, отрасль и гражданское "
                "общество в течение целого года совместно работать над защитой детей в "
                "онлайн-среде.",
                "<p>Д-р Хамадун Туре использовал Всемирный день электросвязи и "
                "информационного общества 2009 года, чтобы объявить двенадцатимесячный "
                "призыв к действиям, посвящённый защите детей в киберпространстве.</p><p>"
                "Государства — Члены МСЭ и партнёры откликнулись, и их вклад был собран в "
                "докладе о совместной работе по защите детей в интернете.</p>",
            ),
            "ar": (
                "دعوة إلى العمل لمدة عام من أجل سلامة الأطفال على الإنترنت",
                "بمناسبة اليوم العالمي للاتصالات ومجتمع المعلومات لعام 2009، دعا الأمين العام "
                "للاتحاد الدولي للاتصالات الحكومات والصناعة والمجتمع المدني إلى العمل معاً "
                "طوال عام كامل على حماية الأطفال على الإنترنت.",
                "<p>اغتنم الدكتور حمدون توريه اليوم العالمي للاتصالات ومجتمع المعلومات لعام "
                "2009 لإطلاق دعوة إلى العمل مدتها اثنا عشر شهراً، مخصصة لحماية الأطفال في "
                "الفضاء السيبراني.</p><p>واستجابت الدول الأعضاء في الاتحاد وشركاؤه، وجُمعت "
                "مساهماتهم في تقرير عن العمل المشترك لحماية الأطفال على الإنترنت.</p>",
            ),
            "zh-hans": (
                "为期一年的儿童上网安全行动呼吁",
                "在2009年世界电信和信息社会日，国际电联秘书长呼吁各国政府、业界和民间社会在"
                "一整年里携手开展儿童在线保护工作。",
                "<p>哈马德·图埃博士借2009年世界电信和信息社会日之机，发起了为期十二个月、"
                "专门针对网络空间儿童保护的行动呼吁。</p><p>国际电联成员国和合作伙伴积极响应，"
                "他们的贡献被汇编成一份关于携手保护儿童上网安全的报告。</p>",
            ),
        },
    },
    {
        "slug": "standards-for-child-online-protection",
        "published_at": moment(2010, 9, 15),
        "date_is_estimate": True,
        "date_note": "listed on the reference page between items of 2010; month chosen "
        "before the Plenipotentiary Conference of October 2010",
        "tags": ["standards", "industry"],
        "texts": {
            "en": (
                "Standardization experts turn to child online protection",
                "ITU's standardization experts have started to examine security guidelines "
                "and standards that can help keep children safe online.",
                "<p>Technical standards shape the devices and services children use every "
                "day. ITU's standardization experts are now looking at which security-related "
                "guidelines and standards bear on child online protection.</p><p>The aim is "
                "to see where existing standards already help and where new guidance is "
                "needed.</p>",
            ),
            "fr": (
                "Les experts de la normalisation se penchent sur la protection des enfants "
                "en ligne",
                "Les experts de la normalisation de l'UIT ont commencé à examiner les lignes "
                "directrices et normes de sécurité qui peuvent aider à protéger les enfants "
                "en ligne.",
                "<p>Les normes techniques façonnent les appareils et services que les enfants "
                "utilisent chaque jour. Les experts de la normalisation de l'UIT étudient "
                "désormais les lignes directrices et normes liées à la sécurité qui "
                "concernent la protection des enfants en ligne.</p><p>Il s'agit de voir où "
                "les normes existantes aident déjà et où de nouvelles orientations sont "
                "nécessaires.</p>",
            ),
            "es": (
                "Los expertos en normalización se ocupan de la protección infantil en línea",
                "Los expertos en normalización de la UIT han empezado a examinar directrices "
                "y normas de seguridad que pueden ayudar a proteger a los niños en línea.",
                "<p>Las normas técnicas dan forma a los dispositivos y servicios que los "
                "niños usan a diario. Los expertos en normalización de la UIT estudian ahora "
                "qué directrices y normas de seguridad afectan a la protección de la infancia "
                "en línea.</p><p>El objetivo es ver dónde ayudan ya las normas existentes y "
                "dónde hace falta nueva orientación.</p>",
            ),
            "ru": (
                "Эксперты по стандартизации берутся за защиту детей в интернете",
                "Эксперты МСЭ по стандартизации начали изучать руководящие указания и "
                "стандарты в области безопасности, которые могут помочь защитить детей в "
                "интернете.",
                "<p>Технические стандарты определяют устройства и услуги, которыми дети "
                "пользуются каждый день. Эксперты МСЭ по стандартизации изучают, какие "
                "руководящие указания и стандарты безопасности связаны с защитой детей в "
                "онлайн-среде.</p><p>Цель — понять, где существующие стандарты уже "
                "помогают, а где нужны новые рекомендации.</p>",
            ),
            "ar": (
                "خبراء التقييس يتناولون حماية الأطفال على الإنترنت",
                "بدأ خبراء التقييس في الاتحاد الدولي للاتصالات دراسة المبادئ التوجيهية "
                "والمعايير الأمنية التي يمكن أن تساعد على حماية الأطفال على الإنترنت.",
                "<p>تحدد المعايير التقنية شكل الأجهزة والخدمات التي يستخدمها الأطفال كل يوم. "
                "ويدرس خبراء التقييس في الاتحاد الآن المبادئ التوجيهية والمعايير الأمنية "
                "المتصلة بحماية الأطفال على الإنترنت.</p><p>والهدف هو معرفة أين تساعد "
                "المعايير القائمة بالفعل وأين تلزم توجيهات جديدة.</p>",
            ),
            "zh-hans": (
                "标准化专家着手研究儿童在线保护",
                "国际电联的标准化专家已开始研究有助于保护儿童上网安全的安全指南和标准。",
                "<p>技术标准决定着儿童每天使用的设备和服务。国际电联的标准化专家正在研究哪些"
                "与安全相关的指南和标准涉及儿童在线保护。</p><p>目的是弄清现有标准在哪些方面"
                "已经发挥作用，又在哪些方面需要新的指导。</p>",
            ),
        },
    },
    {
        "slug": "costa-rica-president-becomes-patron",
        "published_at": moment(2010, 10, 28),
        "date_is_estimate": True,
        "date_note": "the Patron accepted her role before the launch of 17 November 2010",
        "tags": ["patron"],
        "texts": {
            "en": (
                "President of Costa Rica becomes Patron of COP",
                "H.E. Laura Chinchilla, President of Costa Rica, has accepted the role of "
                "Patron of ITU's Child Online Protection initiative.",
                "<p>ITU welcomes President Laura Chinchilla's decision to lend her voice to "
                "child online protection as the initiative's Patron.</p><p>As Patron she "
                "will help bring the COP guidelines to the attention of governments and the "
                "public around the world.</p>",
            ),
            "fr": (
                "La Présidente du Costa Rica devient Marraine de la COP",
                "S.E. Laura Chinchilla, Présidente du Costa Rica, a accepté d'être la "
                "Marraine de l'initiative de l'UIT pour la protection des enfants en ligne.",
                "<p>L'UIT salue la décision de la Présidente Laura Chinchilla de prêter sa "
                "voix à la protection des enfants en ligne en tant que Marraine de "
                "l'initiative.</p><p>À ce titre, elle aidera à faire connaître les lignes "
                "directrices de la COP aux gouvernements et au public du monde "
                "entier.</p>",
            ),
            "es": (
                "La Presidenta de Costa Rica, Patrocinadora de la COP",
                "S.E. Laura Chinchilla, Presidenta de Costa Rica, ha aceptado ser "
                "Patrocinadora de la iniciativa de la UIT para la Protección de la Infancia "
                "en Línea.",
                "<p>La UIT celebra la decisión de la Presidenta Laura Chinchilla de prestar "
                "su voz a la protección de la infancia en línea como Patrocinadora de la "
                "iniciativa.</p><p>En ese papel ayudará a dar a conocer las directrices de "
                "la COP a los gobiernos y al público de todo el mundo.</p>",
            ),
            "ru": (
                "Президент Коста-Рики стала патроном COP",
                "Её Превосходительство Лаура Чинчилья, Президент Коста-Рики, согласилась "
                "стать патроном инициативы МСЭ «Защита ребёнка в онлайновой среде».",
                "<p>МСЭ приветствует решение Президента Лауры Чинчильи поддержать защиту "
                "детей в интернете в качестве патрона инициативы.</p><p>В этой роли она "
                "поможет донести руководящие принципы COP до правительств и общественности "
                "во всём мире.</p>",
            ),
            "ar": (
                "رئيسة كوستاريكا راعيةً لمبادرة حماية الأطفال على الإنترنت",
                "قبلت فخامة السيدة لورا تشينشيلا، رئيسة كوستاريكا، أن تكون راعيةً لمبادرة "
                "الاتحاد الدولي للاتصالات لحماية الأطفال على الإنترنت.",
                "<p>يرحب الاتحاد بقرار الرئيسة لورا تشينشيلا أن تضم صوتها إلى جهود حماية "
                "الأطفال على الإنترنت بصفتها راعيةً للمبادرة.</p><p>وبهذه الصفة ستساعد على "
                "تعريف الحكومات والجمهور في أنحاء العالم بالمبادئ التوجيهية للمبادرة.</p>",
            ),
            "zh-hans": (
                "哥斯达黎加总统出任儿童在线保护倡议赞助人",
                "哥斯达黎加总统劳拉·钦奇利亚阁下已接受出任国际电联儿童在线保护倡议赞助人。",
                "<p>国际电联欢迎劳拉·钦奇利亚总统决定以倡议赞助人的身份为儿童在线保护发声。"
                "</p><p>作为赞助人，她将帮助世界各国政府和公众了解儿童在线保护指南。</p>",
            ),
        },
    },
    {
        "slug": "resolution-179-guadalajara",
        "published_at": moment(2010, 10, 22),
        "date_is_estimate": True,
        "date_note": "the page says October 2010; the day is the last day of the "
        "Guadalajara Plenipotentiary Conference",
        "tags": ["policy"],
        "texts": {
            "en": (
                "Resolution 179: ITU's role in child online protection",
                "Meeting in Guadalajara in October 2010, ITU Member States adopted a new "
                "resolution on the Union's role in child online protection.",
                "<p>Resolution 179 (Guadalajara, 2010) of the Plenipotentiary Conference "
                "describes what ITU should do to protect children online and asks it to "
                "keep working with other UN agencies and partners.</p><p>It gives the Child "
                "Online Protection initiative a firm place in the Union's work for the years "
                "ahead.</p>",
            ),
            "fr": (
                "Résolution 179 : le rôle de l'UIT dans la protection des enfants en ligne",
                "Réunis à Guadalajara en octobre 2010, les États Membres de l'UIT ont adopté "
                "une nouvelle résolution sur le rôle de l'Union dans la protection des "
                "enfants en ligne.",
                "<p>La Résolution 179 (Guadalajara, 2010) de la Conférence de "
                "plénipotentiaires décrit ce que l'UIT doit faire pour protéger les enfants "
                "en ligne et lui demande de poursuivre sa collaboration avec les autres "
                "institutions des Nations Unies et ses partenaires.</p><p>Elle donne à "
                "l'initiative une place solide dans les travaux de l'Union pour les années à "
                "venir.</p>",
            ),
            "es": (
                "Resolución 179: el papel de la UIT en la protección de la infancia en línea",
                "Reunidos en Guadalajara en octubre de 2010, los Estados Miembros de la UIT "
                "adoptaron una nueva resolución sobre el papel de la Unión en la protección "
                "de la infancia en línea.",
                "<p>La Resolución 179 (Guadalajara, 2010) de la Conferencia de "
                "Plenipotenciarios describe lo que la UIT debe hacer para proteger a los "
                "niños en línea y le pide seguir trabajando con otros organismos de las "
                "Naciones Unidas y con sus socios.</p><p>Da a la iniciativa un lugar firme "
                "en el trabajo de la Unión en los próximos años.</p>",
            ),
            "ru": (
                "Резолюция 179: роль МСЭ в защите детей в онлайновой среде",
                "На Полномочной конференции в Гвадалахаре в октябре 2010 года Государства — "
                "Члены МСЭ приняли новую резолюцию о роли Союза в защите детей в онлайновой "
                "среде.",
                "<p>Резолюция 179 (Гвадалахара, 2010 г.) описывает, что МСЭ должен делать "
                "для защиты детей в интернете, и предлагает ему продолжать работу с другими "
                "учреждениями ООН и партнёрами.</p><p>Она прочно закрепляет инициативу в "
                "работе Союза на ближайшие годы.</p>",
            ),
            "ar": (
                "القرار 179: دور الاتحاد في حماية الأطفال على الإنترنت",
                "اعتمدت الدول الأعضاء في الاتحاد الدولي للاتصالات، خلال اجتماعها في غوادالاخارا "
                "في أكتوبر 2010، قراراً جديداً بشأن دور الاتحاد في حماية الأطفال على الإنترنت.",
                "<p>يحدد القرار 179 (غوادالاخارا، 2010) الصادر عن مؤتمر المندوبين المفوضين ما "
                "ينبغي للاتحاد أن يفعله لحماية الأطفال على الإنترنت، ويطلب منه مواصلة العمل مع "
                "وكالات الأمم المتحدة الأخرى والشركاء.</p><p>ويمنح القرار المبادرة مكانة راسخة "
                "في عمل الاتحاد في السنوات المقبلة.</p>",
            ),
            "zh-hans": (
                "第179号决议：国际电联在儿童在线保护中的作用",
                "2010年10月，国际电联成员国在瓜达拉哈拉通过了一项关于国际电联在儿童在线保护"
                "中作用的新决议。",
                "<p>全权代表大会第179号决议（2010年，瓜达拉哈拉）阐明了国际电联为保护儿童上网"
                "安全应开展的工作，并要求其继续与联合国其他机构及合作伙伴合作。</p><p>该决议"
                "使儿童在线保护倡议在未来几年的国际电联工作中占据稳固地位。</p>",
            ),
        },
    },
    {
        "slug": "cop-global-initiative-launched",
        "published_at": moment(2010, 11, 17),
        "date_is_estimate": False,
        "tags": ["patron", "policy"],
        "image": True,
        "texts": {
            "en": (
                "COP Global Initiative launched in San José",
                "The Patron of COP, President Laura Chinchilla, and ITU Secretary-General "
                "Hamadoun Touré launched the COP Global Initiative in Costa Rica on "
                "17 November 2010.",
                "<p>The Global Initiative is meant to turn the COP guidelines into concrete "
                "action with the support of COP members. It works in five areas: legal "
                "measures, technical and procedural measures, organizational structures, "
                "capacity building and international cooperation.</p><p>Its goals include "
                "industry codes of conduct, national hotlines, national roadmaps and "
                "legislative toolkits, and training for parents, guardians and "
                "educators.</p>",
            ),
            "fr": (
                "Lancement de l'Initiative mondiale COP à San José",
                "La Marraine de la COP, la Présidente Laura Chinchilla, et le Secrétaire "
                "général de l'UIT, Hamadoun Touré, ont lancé l'Initiative mondiale COP au "
                "Costa Rica le 17 novembre 2010.",
                "<p>L'Initiative mondiale doit traduire les lignes directrices de la COP en "
                "actions concrètes avec le soutien de ses membres. Elle couvre cinq "
                "domaines : mesures juridiques, mesures techniques et procédurales, "
                "structures organisationnelles, renforcement des capacités et coopération "
                "internationale.</p><p>Parmi ses objectifs : des codes de conduite pour les "
                "entreprises, des lignes d'assistance nationales, des feuilles de route et "
                "des outils législatifs nationaux, et la formation des parents, tuteurs et "
                "éducateurs.</p>",
            ),
            "es": (
                "Se lanza en San José la Iniciativa Mundial COP",
                "La Patrocinadora de la COP, la Presidenta Laura Chinchilla, y el Secretario "
                "General de la UIT, Hamadoun Touré, lanzaron la Iniciativa Mundial COP en "
                "Costa Rica el 17 de noviembre de 2010.",
                "<p>La Iniciativa Mundial busca convertir las directrices de la COP en "
                "acciones concretas con el apoyo de sus miembros. Trabaja en cinco ámbitos: "
                "medidas jurídicas, medidas técnicas y de procedimiento, estructuras "
                "institucionales, creación de capacidad y cooperación internacional.</p><p>"
                "Entre sus metas figuran códigos de conducta para la industria, líneas "
                "directas nacionales, hojas de ruta y herramientas legislativas nacionales, "
                "y formación para padres, tutores y educadores.</p>",
            ),
            "ru": (
                "В Сан-Хосе дан старт Глобальной инициативе COP",
                "Патрон COP Президент Лаура Чинчилья и Генеральный секретарь МСЭ Хамадун "
                "Туре 17 ноября 2010 года дали старт Глобальной инициативе COP в "
                "Коста-Рике.",
                "<p>Глобальная инициатива призвана превратить руководящие принципы COP в "
                "конкретные действия при поддержке её участников. Она охватывает пять "
                "направлений: правовые меры, технические и процедурные меры, "
                "организационные структуры, наращивание потенциала и международное "
                "сотрудничество.</p><p>Среди её целей — кодексы поведения для отрасли, "
                "национальные горячие линии, национальные дорожные карты и наборы "
                "законодательных инструментов, а также обучение родителей, опекунов и "
                "педагогов.</p>",
            ),
            "ar": (
                "إطلاق المبادرة العالمية لحماية الأطفال على الإنترنت في سان خوسيه",
                "أطلقت راعية المبادرة الرئيسة لورا تشينشيلا والأمين العام للاتحاد الدولي "
                "للاتصالات حمدون توريه المبادرة العالمية في كوستاريكا في 17 نوفمبر 2010.",
                "<p>تهدف المبادرة العالمية إلى تحويل المبادئ التوجيهية إلى أعمال ملموسة بدعم "
                "من أعضائها. وهي تعمل في خمسة مجالات: التدابير القانونية، والتدابير التقنية "
                "والإجرائية، والهياكل التنظيمية، وبناء القدرات، والتعاون الدولي.</p><p>ومن "
                "أهدافها وضع مدونات سلوك للصناعة، وإنشاء خطوط مساعدة وطنية، وخرائط طريق "
                "ومجموعات أدوات تشريعية وطنية، وتدريب الآباء والأوصياء والمربين.</p>",
            ),
            "zh-hans": (
                "儿童在线保护全球倡议在圣何塞启动",
                "2010年11月17日，儿童在线保护倡议赞助人劳拉·钦奇利亚总统与国际电联秘书长"
                "哈马德·图埃在哥斯达黎加启动了儿童在线保护全球倡议。",
                "<p>全球倡议旨在依靠成员的支持，将儿童在线保护指南转化为具体行动。其工作涵盖"
                "五个领域：法律措施、技术和程序措施、组织架构、能力建设以及国际合作。</p><p>"
                "其目标包括制定业界行为准则、设立国家热线、制定国家路线图和立法工具包，以及为"
                "家长、监护人和教育工作者提供培训。</p>",
            ),
        },
        "image_alt": {
            "en": "Illustration: five circles joined by lines, a network of partners.",
            "fr": "Illustration : cinq cercles reliés par des lignes, un réseau de partenaires.",
            "es": "Ilustración: cinco círculos unidos por líneas, una red de socios.",
            "ru": "Иллюстрация: пять кругов, соединённых линиями, — сеть партнёров.",
            "ar": "رسم توضيحي: خمس دوائر تربط بينها خطوط، شبكة من الشركاء.",
            "zh-hans": "插图：五个圆圈由线条相连，象征合作伙伴网络。",
        },
    },
    {
        "slug": "statistical-framework-and-indicators",
        "published_at": moment(2010, 11, 25),
        "date_is_estimate": True,
        "date_note": "the page says the report was released in November 2010; day chosen",
        "tags": ["research"],
        "texts": {
            "en": (
                "A statistical framework for child online protection",
                "ITU has released a report proposing the first statistical framework and "
                "indicators for measuring child online protection in a way countries can "
                "compare.",
                "<p>Countries cannot compare what they do not measure. The report suggests "
                "indicators that can be collected in the same way from one country to "
                "another.</p><p>It is meant as a starting point for statistics offices, "
                "regulators and researchers.</p>",
            ),
            "fr": (
                "Un cadre statistique pour la protection des enfants en ligne",
                "L'UIT a publié un rapport qui propose le premier cadre statistique et les "
                "premiers indicateurs permettant de mesurer la protection des enfants en "
                "ligne de façon comparable entre pays.",
                "<p>On ne peut comparer ce que l'on ne mesure pas. Le rapport propose des "
                "indicateurs qui peuvent être recueillis de la même manière d'un pays à "
                "l'autre.</p><p>Il se veut un point de départ pour les instituts de "
                "statistique, les régulateurs et les chercheurs.</p>",
            ),
            "es": (
                "Un marco estadístico para la protección de la infancia en línea",
                "La UIT ha publicado un informe que propone el primer marco estadístico e "
                "indicadores para medir la protección de la infancia en línea de forma "
                "comparable entre países.",
                "<p>Los países no pueden comparar lo que no miden. El informe propone "
                "indicadores que pueden recopilarse del mismo modo en cada país.</p><p>Está "
                "pensado como punto de partida para oficinas de estadística, reguladores e "
                "investigadores.</p>",
            ),
            "ru": (
                "Статистическая основа для защиты детей в онлайновой среде",
                "МСЭ опубликовал доклад, в котором предлагаются первая статистическая основа "
                "и показатели для измерения защиты детей в интернете, сопоставимые между "
                "странами.",
                "<p>Нельзя сравнить то, что не измеряется. В докладе предлагаются "
                "показатели, которые можно собирать одинаково в разных странах.</p><p>Он "
                "задуман как отправная точка для статистических служб, регуляторных органов "
                "и исследователей.</p>",
            ),
            "ar": (
                "إطار إحصائي لحماية الأطفال على الإنترنت",
                "أصدر الاتحاد الدولي للاتصالات تقريراً يقترح أول إطار إحصائي ومؤشرات لقياس "
                "حماية الأطفال على الإنترنت بطريقة تتيح المقارنة بين البلدان.",
                "<p>لا يمكن للبلدان أن تقارن ما لا تقيسه. ويقترح التقرير مؤشرات يمكن جمعها "
                "بالطريقة نفسها من بلد إلى آخر.</p><p>وهو نقطة انطلاق لمكاتب الإحصاء والهيئات "
                "التنظيمية والباحثين.</p>",
            ),
            "zh-hans": (
                "儿童在线保护统计框架",
                "国际电联发布报告，首次提出可供各国比较的儿童在线保护统计框架和指标。",
                "<p>没有衡量就无法比较。报告提出了各国可以用同样方式收集的指标。</p><p>它旨在"
                "为统计机构、监管机构和研究人员提供一个起点。</p>",
            ),
        },
    },
    {
        "slug": "new-partners-and-sponsors-welcome",
        "published_at": moment(2010, 12, 1),
        "date_is_estimate": True,
        "date_note": "listed with the items about the launch of November 2010",
        "tags": ["partners"],
        "texts": {
            "en": (
                "COP Global Initiative welcomes new partners and sponsors",
                "ITU invites organizations that share the aims of Child Online Protection to "
                "join the Global Initiative as partners or sponsors.",
                "<p>The initiative brings together UN agencies, governments, civil society "
                "and industry. New partners bring expertise, reach and resources to its "
                "projects.</p><p>Organizations interested in joining can contact the COP "
                "team at ITU.</p>",
            ),
            "fr": (
                "L'Initiative mondiale COP accueille de nouveaux partenaires et sponsors",
                "L'UIT invite les organisations qui partagent les objectifs de la protection "
                "des enfants en ligne à rejoindre l'Initiative mondiale comme partenaires ou "
                "sponsors.",
                "<p>L'initiative réunit des institutions des Nations Unies, des "
                "gouvernements, la société civile et des entreprises. Les nouveaux "
                "partenaires apportent à ses projets leur expertise, leur audience et leurs "
                "moyens.</p><p>Les organisations intéressées peuvent contacter l'équipe COP "
                "de l'UIT.</p>",
            ),
            "es": (
                "La Iniciativa Mundial COP da la bienvenida a nuevos socios y patrocinadores",
                "La UIT invita a las organizaciones que comparten los objetivos de la "
                "Protección de la Infancia en Línea a sumarse a la Iniciativa Mundial como "
                "socios o patrocinadores.",
                "<p>La iniciativa reúne a organismos de las Naciones Unidas, gobiernos, "
                "sociedad civil e industria. Los nuevos socios aportan a sus proyectos "
                "conocimientos, alcance y recursos.</p><p>Las organizaciones interesadas "
                "pueden ponerse en contacto con el equipo COP de la UIT.</p>",
            ),
            "ru": (
                "Глобальная инициатива COP приглашает новых партнёров и спонсоров",
                "МСЭ приглашает организации, разделяющие цели защиты детей в онлайновой "
                "среде, присоединиться к Глобальной инициативе в качестве партнёров или "
                "спонсоров.",
                "<p>Инициатива объединяет учреждения ООН, правительства, гражданское "
                "общество и отрасль. Новые партнёры приносят в её проекты опыт, охват и "
                "ресурсы.</p><p>Заинтересованные организации могут связаться с группой COP "
                "в МСЭ.</p>",
            ),
            "ar": (
                "المبادرة العالمية ترحب بشركاء ورعاة جدد",
                "يدعو الاتحاد الدولي للاتصالات المنظمات التي تشاركه أهداف حماية الأطفال على "
                "الإنترنت إلى الانضمام إلى المبادرة العالمية شركاءً أو رعاة.",
                "<p>تجمع المبادرة وكالات الأمم المتحدة والحكومات والمجتمع المدني والصناعة. "
                "ويقدم الشركاء الجدد لمشاريعها الخبرة والانتشار والموارد.</p><p>ويمكن للمنظمات "
                "الراغبة في الانضمام الاتصال بفريق المبادرة في الاتحاد.</p>",
            ),
            "zh-hans": (
                "儿童在线保护全球倡议欢迎新的合作伙伴和赞助方",
                "国际电联邀请认同儿童在线保护目标的组织以合作伙伴或赞助方身份加入全球倡议。",
                "<p>该倡议汇聚了联合国机构、各国政府、民间社会和业界。新的合作伙伴为其项目带来"
                "专业知识、影响力和资源。</p><p>有意加入的组织可与国际电联儿童在线保护团队联系。"
                "</p>",
            ),
        },
    },
    {
        "slug": "cop-survey-2010-results",
        "published_at": moment(2010, 12, 15),
        "date_is_estimate": False,
        "tags": ["research", "policy"],
        "texts": {
            "en": (
                "COP Survey 2010: 71 Member States respond",
                "By 15 December 2010, 71 ITU Member States had completed the COP "
                "questionnaire on child online safety policy and practice.",
                "<p>The questionnaire covered a wide range of subjects, from legislation and "
                "reporting mechanisms to awareness raising and education.</p><p>The answers "
                "give a first picture of how countries approach child online protection and "
                "where they would welcome support.</p>",
            ),
            "fr": (
                "Enquête COP 2010 : 71 États Membres ont répondu",
                "Au 15 décembre 2010, 71 États Membres de l'UIT avaient rempli le "
                "questionnaire de la COP sur les politiques et pratiques de sécurité des "
                "enfants en ligne.",
                "<p>Le questionnaire portait sur de nombreux sujets, de la législation et "
                "des mécanismes de signalement à la sensibilisation et à "
                "l'éducation.</p><p>Les réponses donnent une première image de la façon dont "
                "les pays abordent la protection des enfants en ligne et des domaines où ils "
                "souhaitent un soutien.</p>",
            ),
            "es": (
                "Encuesta COP 2010: responden 71 Estados Miembros",
                "A 15 de diciembre de 2010, 71 Estados Miembros de la UIT habían completado "
                "el cuestionario de la COP sobre políticas y prácticas de seguridad infantil "
                "en línea.",
                "<p>El cuestionario abarcaba muchos temas, desde la legislación y los "
                "mecanismos de denuncia hasta la sensibilización y la educación.</p><p>Las "
                "respuestas ofrecen una primera imagen de cómo abordan los países la "
                "protección de la infancia en línea y dónde agradecerían apoyo.</p>",
            ),
            "ru": (
                "Обследование COP 2010: ответили 71 Государство-Член",
                "К 15 декабря 2010 года 71 Государство — Член МСЭ заполнило вопросник COP о "
                "политике и практике обеспечения безопасности детей в интернете.",
                "<p>Вопросник охватывал широкий круг тем — от законодательства и механизмов "
                "сообщения о нарушениях до повышения осведомлённости и обучения.</p><p>"
                "Ответы дают первое представление о том, как страны подходят к защите детей "
                "в интернете и в чём им нужна поддержка.</p>",
            ),
            "ar": (
                "استبيان المبادرة لعام 2010: 71 دولة عضواً تجيب",
                "حتى 15 ديسمبر 2010، كانت 71 دولة عضواً في الاتحاد الدولي للاتصالات قد أكملت "
                "استبيان المبادرة بشأن سياسات سلامة الأطفال على الإنترنت وممارساتها.",
                "<p>تناول الاستبيان موضوعات كثيرة، من التشريعات وآليات الإبلاغ إلى التوعية "
                "والتعليم.</p><p>وتقدم الإجابات صورة أولى عن كيفية تعامل البلدان مع حماية "
                "الأطفال على الإنترنت وعن المجالات التي ترحب فيها بالدعم.</p>",
            ),
            "zh-hans": (
                "2010年儿童在线保护调查：71个成员国作答",
                "截至2010年12月15日，已有71个国际电联成员国填写了关于儿童上网安全政策和做法的"
                "调查问卷。",
                "<p>问卷涉及广泛议题，从立法和举报机制到宣传和教育。</p><p>答复初步展现了各国"
                "如何开展儿童在线保护，以及它们希望在哪些方面获得支持。</p>",
            ),
        },
    },
    {
        "slug": "council-working-group",
        "events": [
            "council-working-group-cop-2012-06",
            "council-working-group-cop-2013-02",
            "council-working-group-cop-2013-10",
            "council-working-group-cop-2014-02",
        ],
        "published_at": moment(2011, 3, 1),
        "date_is_estimate": True,
        "date_note": "listed between Resolution 179 (October 2010) and the Special "
        "Envoy's nomination; no date on the page",
        "tags": ["policy"],
        "texts": {
            "en": (
                "Council Working Group on Child Online Protection",
                "Member States follow ITU's work on child online protection through a "
                "working group of the ITU Council that meets in Geneva.",
                "<p>The working group brings Member States and Sector Members together to "
                "discuss ITU's activities on child online protection and to share national "
                "experience.</p><p>Its meetings are listed in the events calendar of this "
                "portal.</p>",
            ),
            "fr": (
                "Groupe de travail du Conseil sur la protection des enfants en ligne",
                "Les États Membres suivent les travaux de l'UIT sur la protection des "
                "enfants en ligne au sein d'un groupe de travail du Conseil de l'UIT qui se "
                "réunit à Genève.",
                "<p>Le groupe de travail réunit États Membres et Membres de Secteur pour "
                "examiner les activités de l'UIT dans ce domaine et partager les expériences "
                "nationales.</p><p>Ses réunions figurent dans le calendrier des événements "
                "de ce portail.</p>",
            ),
            "es": (
                "Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea",
                "Los Estados Miembros siguen el trabajo de la UIT en la protección de la "
                "infancia en línea a través de un grupo de trabajo del Consejo de la UIT que "
                "se reúne en Ginebra.",
                "<p>El grupo de trabajo reúne a Estados Miembros y Miembros de Sector para "
                "debatir las actividades de la UIT en este ámbito y compartir experiencias "
                "nacionales.</p><p>Sus reuniones figuran en el calendario de eventos de "
                "este portal.</p>",
            ),
            "ru": (
                "Рабочая группа Совета по защите ребёнка в онлайновой среде",
                "Государства-Члены следят за работой МСЭ по защите детей в интернете через "
                "рабочую группу Совета МСЭ, которая собирается в Женеве.",
                "<p>Рабочая группа объединяет Государства-Члены и Членов Секторов для "
                "обсуждения деятельности МСЭ в этой области и обмена национальным "
                "опытом.</p><p>Её собрания указаны в календаре мероприятий этого "
                "портала.</p>",
            ),
            "ar": (
                "فريق عمل المجلس المعني بحماية الأطفال على الإنترنت",
                "تتابع الدول الأعضاء عمل الاتحاد الدولي للاتصالات في حماية الأطفال على "
                "الإنترنت من خلال فريق عمل تابع لمجلس الاتحاد يجتمع في جنيف.",
                "<p>يجمع فريق العمل الدول الأعضاء وأعضاء القطاعات لمناقشة أنشطة الاتحاد في "
                "هذا المجال وتبادل التجارب الوطنية.</p><p>وترد اجتماعاته في تقويم الفعاليات "
                "في هذه البوابة.</p>",
            ),
            "zh-hans": (
                "理事会儿童在线保护工作组",
                "成员国通过在日内瓦召开会议的国际电联理事会工作组跟进国际电联的儿童在线保护工作。",
                "<p>工作组召集成员国和部门成员，讨论国际电联在这一领域的活动并交流各国经验。"
                "</p><p>工作组的会议列在本门户的活动日历中。</p>",
            ),
        },
    },
    {
        "slug": "first-cop-special-envoy",
        "published_at": moment(2011, 9, 1),
        "date_is_estimate": True,
        "date_note": "listed after the items of 2010 and before those of May 2012; "
        "no date on the page",
        "tags": ["special envoy"],
        "texts": {
            "en": (
                "Deborah Taylor Tate named first COP Special Envoy",
                "Former US Commissioner Deborah Taylor Tate, ITU's 2009 laureate for child "
                "online protection, is the first Special Envoy of the COP initiative.",
                "<p>Ms Tate was honoured by ITU on World Telecommunication and Information "
                "Society Day 2009 for her work on child online protection. As Special Envoy "
                "she speaks for the initiative at international meetings and supports its "
                "partners.</p><p>Her nomination gives COP a dedicated advocate on the world "
                "stage.</p>",
            ),
            "fr": (
                "Deborah Taylor Tate, première Envoyée spéciale de la COP",
                "L'ancienne Commissaire américaine Deborah Taylor Tate, lauréate 2009 de "
                "l'UIT pour la protection des enfants en ligne, est la première Envoyée "
                "spéciale de l'initiative COP.",
                "<p>Mme Tate avait été distinguée par l'UIT lors de la Journée mondiale des "
                "télécommunications et de la société de l'information 2009 pour son action "
                "en faveur de la protection des enfants en ligne. Envoyée spéciale, elle "
                "porte la voix de l'initiative dans les rencontres internationales et "
                "soutient ses partenaires.</p><p>Sa nomination donne à la COP une "
                "ambassadrice sur la scène mondiale.</p>",
            ),
            "es": (
                "Deborah Taylor Tate, primera Enviada Especial de la COP",
                "La ex Comisionada estadounidense Deborah Taylor Tate, galardonada por la UIT "
                "en 2009 por la protección de la infancia en línea, es la primera Enviada "
                "Especial de la iniciativa COP.",
                "<p>La Sra. Tate fue distinguida por la UIT en el Día Mundial de las "
                "Telecomunicaciones y la Sociedad de la Información 2009 por su labor en la "
                "protección de la infancia en línea. Como Enviada Especial, representa a la "
                "iniciativa en reuniones internacionales y apoya a sus socios.</p><p>Su "
                "nombramiento da a la COP una defensora dedicada en la escena mundial.</p>",
            ),
            "ru": (
                "Дебора Тейлор Тейт — первый Специальный посланник COP",
                "Бывший член Федеральной комиссии связи США Дебора Тейлор Тейт, лауреат "
                "премии МСЭ 2009 года за защиту детей в интернете, стала первым Специальным "
                "посланником инициативы COP.",
                "<p>Г-жа Тейт была отмечена МСЭ во Всемирный день электросвязи и "
                "информационного общества 2009 года за работу по защите детей в интернете. "
                "Как Специальный посланник она представляет инициативу на международных "
                "встречах и поддерживает её партнёров.</p><p>Её назначение даёт COP "
                "преданного защитника на мировой арене.</p>",
            ),
            "ar": (
                "ديبورا تايلور تيت أول مبعوثة خاصة للمبادرة",
                "أصبحت المفوضة الأمريكية السابقة ديبورا تايلور تيت، الحائزة جائزة الاتحاد لعام "
                "2009 في مجال حماية الأطفال على الإنترنت، أول مبعوثة خاصة للمبادرة.",
                "<p>كرّم الاتحاد السيدة تيت في اليوم العالمي للاتصالات ومجتمع المعلومات لعام "
                "2009 تقديراً لعملها في حماية الأطفال على الإنترنت. وبصفتها مبعوثة خاصة، تتحدث "
                "باسم المبادرة في الاجتماعات الدولية وتدعم شركاءها.</p><p>ويمنح تعيينها "
                "المبادرة مدافعة متفرغة على الساحة العالمية.</p>",
            ),
            "zh-hans": (
                "德博拉·泰勒·泰特获任首位儿童在线保护特使",
                "美国前委员、2009年国际电联儿童在线保护获奖者德博拉·泰勒·泰特成为儿童在线保护"
                "倡议的首位特使。",
                "<p>泰特女士因其在儿童在线保护方面的工作，在2009年世界电信和信息社会日获得国际"
                "电联表彰。作为特使，她在国际会议上代表该倡议发言，并为其合作伙伴提供支持。"
                "</p><p>她的任命使儿童在线保护倡议在国际舞台上拥有了一位专职倡导者。</p>",
            ),
        },
    },
    {
        "slug": "patron-visits-itu-2012",
        "events": ["visit-cop-patron-2012"],
        "published_at": moment(2012, 5, 30),
        "date_is_estimate": False,
        "tags": ["patron"],
        "texts": {
            "en": (
                "President Chinchilla reaffirms her role as COP Patron in Geneva",
                "Visiting ITU headquarters in May 2012, the President of Costa Rica, Laura "
                "Chinchilla Miranda, confirmed her commitment as Patron of Child Online "
                "Protection.",
                "<p>During her visit the President spoke about Costa Rica's own experience "
                "of protecting children online.</p><p>She encouraged other leaders to make "
                "child online protection part of their national plans.</p>",
            ),
            "fr": (
                "À Genève, la Présidente Chinchilla réaffirme son rôle de Marraine de la COP",
                "En visite au siège de l'UIT en mai 2012, la Présidente du Costa Rica, Laura "
                "Chinchilla Miranda, a confirmé son engagement de Marraine de la protection "
                "des enfants en ligne.",
                "<p>Lors de sa visite, la Présidente a évoqué l'expérience du Costa Rica en "
                "matière de protection des enfants en ligne.</p><p>Elle a encouragé d'autres "
                "dirigeants à inscrire cette protection dans leurs plans nationaux.</p>",
            ),
            "es": (
                "En Ginebra, la Presidenta Chinchilla reafirma su papel de Patrocinadora de la COP",
                "En su visita a la sede de la UIT en mayo de 2012, la Presidenta de Costa "
                "Rica, Laura Chinchilla Miranda, confirmó su compromiso como Patrocinadora de "
                "la Protección de la Infancia en Línea.",
                "<p>Durante su visita, la Presidenta habló de la experiencia de Costa Rica "
                "en la protección de los niños en línea.</p><p>Animó a otros dirigentes a "
                "incluir la protección de la infancia en línea en sus planes "
                "nacionales.</p>",
            ),
            "ru": (
                "В Женеве Президент Чинчилья подтвердила свою роль патрона COP",
                "Посетив штаб-квартиру МСЭ в мае 2012 года, Президент Коста-Рики Лаура "
                "Чинчилья Миранда подтвердила свою приверженность роли патрона инициативы.",
                "<p>Во время визита Президент рассказала об опыте Коста-Рики в защите детей "
                "в интернете.</p><p>Она призвала других руководителей включить защиту детей "
                "в онлайновой среде в свои национальные планы.</p>",
            ),
            "ar": (
                "الرئيسة تشينشيلا تؤكد في جنيف دورها راعيةً للمبادرة",
                "أكدت رئيسة كوستاريكا لورا تشينشيلا ميراندا، خلال زيارتها مقر الاتحاد الدولي "
                "للاتصالات في مايو 2012، التزامها بصفتها راعيةً لمبادرة حماية الأطفال على "
                "الإنترنت.",
                "<p>تحدثت الرئيسة خلال زيارتها عن تجربة كوستاريكا في حماية الأطفال على "
                "الإنترنت.</p><p>وشجعت قادة آخرين على إدراج حماية الأطفال على الإنترنت في "
                "خططهم الوطنية.</p>",
            ),
            "zh-hans": (
                "钦奇利亚总统在日内瓦重申其儿童在线保护倡议赞助人角色",
                "2012年5月，哥斯达黎加总统劳拉·钦奇利亚·米兰达访问国际电联总部，确认将继续"
                "担任儿童在线保护倡议赞助人。",
                "<p>访问期间，总统介绍了哥斯达黎加在保护儿童上网安全方面的经验。</p><p>她鼓励"
                "其他领导人将儿童在线保护纳入本国规划。</p>",
            ),
        },
    },
    {
        "slug": "global-cyberlympics",
        "published_at": moment(2012, 6, 15),
        "date_is_estimate": True,
        "date_note": "listed between the Patron's visit (May 2012) and the awards of 2012",
        "tags": ["education"],
        "texts": {
            "en": (
                "Join the first Global Cyberlympics",
                "ITU invites the international community to take part in the Global "
                "Cyberlympics, a non-profit competition that promotes child online "
                "protection through education.",
                "<p>The Cyberlympics bring teams together to test and build their skills in "
                "information security.</p><p>By taking part, organizations support education "
                "that helps create a safer online environment for children.</p>",
            ),
            "fr": (
                "Participez aux premières Cyberlympics mondiales",
                "L'UIT invite la communauté internationale à participer aux Cyberlympics "
                "mondiales, une compétition à but non lucratif qui favorise la protection "
                "des enfants en ligne par l'éducation.",
                "<p>Les Cyberlympics réunissent des équipes qui mettent à l'épreuve et "
                "développent leurs compétences en sécurité de l'information.</p><p>En y "
                "participant, les organisations soutiennent une éducation qui contribue à "
                "un environnement en ligne plus sûr pour les enfants.</p>",
            ),
            "es": (
                "Participe en las primeras Cyberlympics mundiales",
                "La UIT invita a la comunidad internacional a participar en las Cyberlympics "
                "mundiales, una competición sin ánimo de lucro que promueve la protección de "
                "la infancia en línea mediante la educación.",
                "<p>Las Cyberlympics reúnen a equipos que ponen a prueba y desarrollan sus "
                "habilidades en seguridad de la información.</p><p>Al participar, las "
                "organizaciones apoyan una educación que ayuda a crear un entorno en línea "
                "más seguro para los niños.</p>",
            ),
            "ru": (
                "Примите участие в первых Глобальных киберолимпийских играх",
                "МСЭ приглашает международное сообщество принять участие в Глобальных "
                "киберолимпийских играх — некоммерческом соревновании, которое содействует "
                "защите детей в интернете через образование.",
                "<p>Киберолимпийские игры собирают команды, которые проверяют и развивают "
                "свои навыки в области информационной безопасности.</p><p>Участвуя в них, "
                "организации поддерживают образование, помогающее сделать онлайновую среду "
                "безопаснее для детей.</p>",
            ),
            "ar": (
                "شاركوا في أول أولمبياد سيبراني عالمي",
                "يدعو الاتحاد الدولي للاتصالات المجتمع الدولي إلى المشاركة في الأولمبياد "
                "السيبراني العالمي، وهو مسابقة غير ربحية تعزز حماية الأطفال على الإنترنت عن "
                "طريق التعليم.",
                "<p>يجمع الأولمبياد السيبراني فرقاً تختبر مهاراتها في أمن المعلومات "
                "وتطورها.</p><p>وبالمشاركة فيه تدعم المنظمات تعليماً يساعد على تهيئة بيئة "
                "أكثر أماناً للأطفال على الإنترنت.</p>",
            ),
            "zh-hans": (
                "欢迎参加首届全球网络奥林匹克竞赛",
                "国际电联邀请国际社会参加全球网络奥林匹克竞赛。这是一项非营利赛事，通过教育推动"
                "儿童在线保护。",
                "<p>网络奥林匹克竞赛汇聚各支队伍，检验并提升他们的信息安全技能。</p><p>各组织"
                "通过参赛支持教育，帮助为儿童营造更安全的网络环境。</p>",
            ),
        },
    },
    {
        "slug": "special-envoy-advocacy-award-2012",
        "published_at": moment(2012, 7, 16),
        "date_is_estimate": True,
        "date_note": "the page gives only the year 2012; listed between May and September 2012",
        "tags": ["special envoy", "awards"],
        "texts": {
            "en": (
                "Special Envoy receives the 2012 Advocacy Award",
                "COP Special Envoy Deborah Taylor Tate received the 2012 Advocacy Award in "
                "Washington DC for her leadership in the public interest.",
                "<p>The award recognizes her dedication to the public interest and her "
                "support for initiatives that benefit women and girls.</p><p>ITU and the COP "
                "partners congratulate the Special Envoy.</p>",
            ),
            "fr": (
                "L'Envoyée spéciale reçoit le prix Advocacy 2012",
                "L'Envoyée spéciale de la COP, Deborah Taylor Tate, a reçu à Washington le "
                "prix Advocacy 2012 pour son engagement au service de l'intérêt général.",
                "<p>Ce prix salue son dévouement à l'intérêt général et son soutien aux "
                "initiatives en faveur des femmes et des filles.</p><p>L'UIT et les "
                "partenaires de la COP félicitent l'Envoyée spéciale.</p>",
            ),
            "es": (
                "La Enviada Especial recibe el Premio de Defensa 2012",
                "La Enviada Especial de la COP, Deborah Taylor Tate, recibió en Washington "
                "el Premio de Defensa 2012 por su liderazgo en favor del interés público.",
                "<p>El premio reconoce su dedicación al interés público y su apoyo a "
                "iniciativas que benefician a mujeres y niñas.</p><p>La UIT y los socios de "
                "la COP felicitan a la Enviada Especial.</p>",
            ),
            "ru": (
                "Специальный посланник получила премию Advocacy Award 2012",
                "Специальный посланник COP Дебора Тейлор Тейт получила в Вашингтоне премию "
                "Advocacy Award 2012 за лидерство в защите общественных интересов.",
                "<p>Премия отмечает её преданность общественным интересам и поддержку "
                "инициатив в интересах женщин и девочек.</p><p>МСЭ и партнёры COP "
                "поздравляют Специального посланника.</p>",
            ),
            "ar": (
                "المبعوثة الخاصة تنال جائزة المناصرة لعام 2012",
                "نالت المبعوثة الخاصة للمبادرة ديبورا تايلور تيت جائزة المناصرة لعام 2012 في "
                "واشنطن تقديراً لقيادتها في خدمة المصلحة العامة.",
                "<p>تقدّر الجائزة تفانيها في خدمة المصلحة العامة ودعمها للمبادرات التي تفيد "
                "النساء والفتيات.</p><p>ويهنئ الاتحاد وشركاء المبادرة المبعوثة الخاصة.</p>",
            ),
            "zh-hans": (
                "特使荣获2012年倡导奖",
                "儿童在线保护特使德博拉·泰勒·泰特在华盛顿荣获2012年倡导奖，以表彰她在维护公共"
                "利益方面的领导作用。",
                "<p>该奖项表彰她对公共利益的奉献以及对惠及妇女和女童的倡议的支持。</p><p>国际"
                "电联和儿童在线保护合作伙伴向特使表示祝贺。</p>",
            ),
        },
    },
    {
        "slug": "special-envoy-diversity-advocate-award",
        "published_at": moment(2012, 9, 12),
        "date_is_estimate": False,
        "tags": ["special envoy", "awards"],
        "texts": {
            "en": (
                "Diversity Advocate Award for the COP Special Envoy",
                "Deborah Taylor Tate receives the Diversity Advocate Award at the 29th "
                "annual Walter Kaitz Foundation dinner on 12 September 2012.",
                "<p>The Walter Kaitz Foundation promotes diversity in the media and "
                "communications industry; its award honours Ms Tate's long commitment to "
                "that cause.</p><p>The COP partners join ITU in congratulating her.</p>",
            ),
            "fr": (
                "Le prix Diversity Advocate pour l'Envoyée spéciale de la COP",
                "Deborah Taylor Tate reçoit le prix Diversity Advocate lors du 29e dîner "
                "annuel de la Fondation Walter Kaitz, le 12 septembre 2012.",
                "<p>La Fondation Walter Kaitz promeut la diversité dans les médias et les "
                "communications ; son prix honore l'engagement de longue date de Mme Tate "
                "pour cette cause.</p><p>Les partenaires de la COP se joignent à l'UIT pour "
                "la féliciter.</p>",
            ),
            "es": (
                "Premio a la Defensa de la Diversidad para la Enviada Especial de la COP",
                "Deborah Taylor Tate recibe el Premio a la Defensa de la Diversidad en la 29.ª "
                "cena anual de la Fundación Walter Kaitz, el 12 de septiembre de 2012.",
                "<p>La Fundación Walter Kaitz promueve la diversidad en los medios y las "
                "comunicaciones; su premio honra el largo compromiso de la Sra. Tate con esa "
                "causa.</p><p>Los socios de la COP se unen a la UIT para felicitarla.</p>",
            ),
            "ru": (
                "Премия Diversity Advocate для Специального посланника COP",
                "Дебора Тейлор Тейт получает премию Diversity Advocate на 29-м ежегодном "
                "ужине Фонда Уолтера Кейтца 12 сентября 2012 года.",
                "<p>Фонд Уолтера Кейтца содействует многообразию в сфере СМИ и связи; его "
                "премия отмечает давнюю приверженность г-жи Тейт этому делу.</p><p>Партнёры "
                "COP вместе с МСЭ поздравляют её.</p>",
            ),
            "ar": (
                "جائزة مناصرة التنوع للمبعوثة الخاصة للمبادرة",
                "تتسلم ديبورا تايلور تيت جائزة مناصرة التنوع في العشاء السنوي التاسع والعشرين "
                "لمؤسسة والتر كايتز في 12 سبتمبر 2012.",
                "<p>تعمل مؤسسة والتر كايتز على تعزيز التنوع في قطاع الإعلام والاتصالات، "
                "وتكرّم جائزتها التزام السيدة تيت الطويل بهذه القضية.</p><p>وينضم شركاء "
                "المبادرة إلى الاتحاد في تهنئتها.</p>",
            ),
            "zh-hans": (
                "儿童在线保护特使获多元化倡导者奖",
                "2012年9月12日，德博拉·泰勒·泰特在第29届沃尔特·凯茨基金会年度晚宴上获颁多元化"
                "倡导者奖。",
                "<p>沃尔特·凯茨基金会致力于促进传媒和通信行业的多元化，该奖项表彰泰特女士长期"
                "以来对此事业的投入。</p><p>儿童在线保护合作伙伴与国际电联一道向她表示祝贺。"
                "</p>",
            ),
        },
    },
    {
        "slug": "country-assessment-pilot-uganda",
        "partners": ["Internet Watch Foundation"],
        "published_at": moment(2013, 6, 28),
        "date_is_estimate": True,
        "date_note": "the pilot ran in June 2013; published at the end of that month",
        "tags": ["reporting abuse", "research"],
        "texts": {
            "en": (
                "Assessing online child sexual abuse content: a pilot in Uganda",
                "ITU and the Internet Watch Foundation have built a template for assessing "
                "child sexual abuse content online in a country, tested in Uganda in June "
                "2013.",
                "<p>The template helps a country understand how much child sexual abuse "
                "material (images and video) can be found online, and propose ways to "
                "remove it.</p><p>The Internet Watch Foundation ran a pilot in Uganda in "
                "June 2013 to test how well the approach works.</p>",
            ),
            "fr": (
                "Évaluer les contenus pédopornographiques en ligne : un projet pilote en Ouganda",
                "L'UIT et l'Internet Watch Foundation ont conçu un modèle d'évaluation des "
                "contenus d'abus sexuels sur enfants en ligne dans un pays, testé en Ouganda "
                "en juin 2013.",
                "<p>Le modèle aide un pays à mesurer l'ampleur des images et vidéos d'abus "
                "sexuels sur enfants en ligne et à proposer des moyens de les faire "
                "disparaître.</p><p>L'Internet Watch Foundation a mené un projet pilote en "
                "Ouganda en juin 2013 pour vérifier l'efficacité de la démarche.</p>",
            ),
            "es": (
                "Evaluar el contenido de abuso sexual infantil en línea: un piloto en Uganda",
                "La UIT y la Internet Watch Foundation han elaborado un modelo para evaluar "
                "el contenido de abuso sexual infantil en línea en un país, probado en "
                "Uganda en junio de 2013.",
                "<p>El modelo ayuda a un país a conocer la magnitud del material de abuso "
                "sexual infantil (imágenes y vídeos) en línea y a proponer formas de "
                "eliminarlo.</p><p>La Internet Watch Foundation realizó un programa piloto "
                "en Uganda en junio de 2013 para comprobar la eficacia del enfoque.</p>",
            ),
            "ru": (
                "Оценка материалов сексуального насилия над детьми в интернете: пилотный "
                "проект в Уганде",
                "МСЭ и Internet Watch Foundation разработали шаблон для оценки материалов "
                "сексуального насилия над детьми в интернете на уровне страны; он был "
                "опробован в Уганде в июне 2013 года.",
                "<p>Шаблон помогает стране оценить масштаб таких материалов (изображений и "
                "видео) в интернете и предложить способы их удаления.</p><p>Internet Watch "
                "Foundation провела пилотный проект в Уганде в июне 2013 года, чтобы "
                "проверить, насколько хорошо работает этот подход.</p>",
            ),
            "ar": (
                "تقييم محتوى الاعتداء الجنسي على الأطفال على الإنترنت: مشروع تجريبي في أوغندا",
                "أعدّ الاتحاد الدولي للاتصالات ومؤسسة مراقبة الإنترنت نموذجاً لتقييم محتوى "
                "الاعتداء الجنسي على الأطفال على الإنترنت في بلد ما، وجُرّب في أوغندا في يونيو "
                "2013.",
                "<p>يساعد النموذج البلد على فهم حجم مواد الاعتداء الجنسي على الأطفال (صوراً "
                "ومقاطع فيديو) على الإنترنت واقتراح سبل إزالتها.</p><p>ونفذت مؤسسة مراقبة "
                "الإنترنت مشروعاً تجريبياً في أوغندا في يونيو 2013 لاختبار مدى نجاعة هذا "
                "النهج.</p>",
            ),
            "zh-hans": (
                "评估网上儿童性虐待内容：乌干达试点",
                "国际电联与互联网观察基金会制定了一套评估一国网上儿童性虐待内容的模板，并于2013"
                "年6月在乌干达进行了测试。",
                "<p>该模板帮助一个国家了解网上儿童性虐待材料（图片和视频）的规模，并提出清除"
                "办法。</p><p>互联网观察基金会于2013年6月在乌干达开展试点，以检验这一方法的"
                "效果。</p>",
            ),
        },
    },
    {
        "slug": "first-lady-of-nigeria-cop-champion",
        "events": ["visit-cop-champion-2013"],
        "published_at": moment(2013, 7, 22),
        "date_is_estimate": True,
        "date_note": "the page dates the Champion's visit to ITU 22 July 2013, not the appointment",
        "tags": ["champion"],
        "texts": {
            "en": (
                "First Lady of Nigeria appointed COP Champion",
                "Dame Patience Goodluck Jonathan, First Lady of Nigeria, has been appointed "
                "a Champion of ITU's Child Online Protection initiative.",
                "<p>As a COP Champion, the First Lady will raise awareness of the risks "
                "children face online, in Nigeria and across Africa.</p><p>She visited ITU "
                "headquarters in Geneva in July 2013.</p>",
            ),
            "fr": (
                "La Première Dame du Nigéria nommée Championne de la COP",
                "Dame Patience Goodluck Jonathan, Première Dame du Nigéria, a été nommée "
                "Championne de l'initiative de l'UIT pour la protection des enfants en "
                "ligne.",
                "<p>En tant que Championne de la COP, la Première Dame sensibilisera aux "
                "risques que courent les enfants en ligne, au Nigéria et dans toute "
                "l'Afrique.</p><p>Elle s'est rendue au siège de l'UIT à Genève en juillet "
                "2013.</p>",
            ),
            "es": (
                "La Primera Dama de Nigeria, nombrada Campeona de la COP",
                "Dame Patience Goodluck Jonathan, Primera Dama de Nigeria, ha sido nombrada "
                "Campeona de la iniciativa de la UIT para la Protección de la Infancia en "
                "Línea.",
                "<p>Como Campeona de la COP, la Primera Dama dará a conocer los riesgos que "
                "corren los niños en línea, en Nigeria y en toda África.</p><p>Visitó la "
                "sede de la UIT en Ginebra en julio de 2013.</p>",
            ),
            "ru": (
                "Первая леди Нигерии назначена Поборником COP",
                "Дама Пейшенс Гудлак Джонатан, первая леди Нигерии, назначена Поборником "
                "инициативы МСЭ «Защита ребёнка в онлайновой среде».",
                "<p>В этой роли первая леди будет рассказывать о рисках, с которыми "
                "сталкиваются дети в интернете, в Нигерии и по всей Африке.</p><p>В июле "
                "2013 года она посетила штаб-квартиру МСЭ в Женеве.</p>",
            ),
            "ar": (
                "تعيين السيدة الأولى في نيجيريا نصيرةً للمبادرة",
                "عُيّنت السيدة باشنس غودلاك جوناثان، السيدة الأولى في نيجيريا، نصيرةً لمبادرة "
                "الاتحاد الدولي للاتصالات لحماية الأطفال على الإنترنت.",
                "<p>ستعمل السيدة الأولى بصفتها نصيرةً للمبادرة على التوعية بالمخاطر التي "
                "يواجهها الأطفال على الإنترنت في نيجيريا وفي أنحاء أفريقيا.</p><p>وقد زارت "
                "مقر الاتحاد في جنيف في يوليو 2013.</p>",
            ),
            "zh-hans": (
                "尼日利亚第一夫人获任儿童在线保护倡导者",
                "尼日利亚第一夫人佩兴丝·古德勒克·乔纳森女爵获任国际电联儿童在线保护倡议倡导者。",
                "<p>作为倡导者，第一夫人将在尼日利亚乃至整个非洲提高人们对儿童上网风险的认识。"
                "</p><p>她于2013年7月访问了位于日内瓦的国际电联总部。</p>",
            ),
        },
    },
    {
        "slug": "wise-kids-welsh-hub-bynd",
        "events": ["bynd-2013-global-youth-summit"],
        "partners": ["Wise Kids"],
        "published_at": moment(2013, 9, 12),
        "date_is_estimate": True,
        "date_note": "the summit ran from 9 to 11 September 2013; published the day after",
        "tags": ["cyberbullying", "grooming", "sexting", "online reputation", "young people"],
        "texts": {
            "en": (
                "Wise Kids hosts a Welsh hub at the BYND 2015 youth summit",
                "At the BYND 2015 Global Youth Summit in Costa Rica, Wise Kids led a Welsh "
                "hub where young people discussed cyberbullying, grooming, sexting and "
                "online reputation.",
                "<p>The summit, held in Costa Rica in September 2013, connected young people "
                "around the world through local hubs. Wise Kids ran the hub for "
                "Wales.</p><p>The discussion covered cyberbullying, online grooming, "
                "self-exposure, sexting and online reputation, which the COP guidelines for "
                "children also address.</p>",
            ),
            "fr": (
                "Wise Kids anime un pôle gallois au sommet de la jeunesse BYND 2015",
                "Au Sommet mondial de la jeunesse BYND 2015, au Costa Rica, Wise Kids a "
                "animé un pôle gallois où des jeunes ont parlé de cyberharcèlement, de "
                "pédopiégeage, de sextos et de réputation en ligne.",
                "<p>Le sommet, tenu au Costa Rica en septembre 2013, reliait des jeunes du "
                "monde entier par des pôles locaux. Wise Kids animait celui du Pays de "
                "Galles.</p><p>Les échanges ont porté sur le cyberharcèlement, le "
                "pédopiégeage, la surexposition de soi, les sextos et la réputation en "
                "ligne, des sujets que traitent aussi les lignes directrices de la COP pour "
                "les enfants.</p>",
            ),
            "es": (
                "Wise Kids organiza un centro galés en la cumbre juvenil BYND 2015",
                "En la Cumbre Mundial de la Juventud BYND 2015, en Costa Rica, Wise Kids "
                "dirigió un centro galés donde jóvenes debatieron sobre ciberacoso, "
                "grooming, sexting y reputación en línea.",
                "<p>La cumbre, celebrada en Costa Rica en septiembre de 2013, conectó a "
                "jóvenes de todo el mundo mediante centros locales. Wise Kids se encargó del "
                "de Gales.</p><p>El debate abordó el ciberacoso, el grooming, la "
                "sobreexposición, el sexting y la reputación en línea, temas que también "
                "tratan las directrices de la COP para niños.</p>",
            ),
            "ru": (
                "Wise Kids провела валлийскую площадку на молодёжном саммите BYND 2015",
                "На Глобальном молодёжном саммите BYND 2015 в Коста-Рике Wise Kids провела "
                "валлийскую площадку, где молодые люди обсуждали кибербуллинг, груминг, "
                "секстинг и репутацию в интернете.",
                "<p>Саммит, прошедший в Коста-Рике в сентябре 2013 года, объединил молодёжь "
                "всего мира через местные площадки. Wise Kids вела площадку "
                "Уэльса.</p><p>Обсуждались кибербуллинг, онлайн-груминг, чрезмерное "
                "самораскрытие, секстинг и репутация в интернете — темы, которые затрагивают "
                "и руководящие принципы COP для детей.</p>",
            ),
            "ar": (
                "«وايز كيدز» تدير منصة ويلزية في قمة الشباب BYND 2015",
                "في القمة العالمية للشباب BYND 2015 في كوستاريكا، أدارت منظمة «وايز كيدز» "
                "منصة ويلزية ناقش فيها الشباب التنمر الإلكتروني والاستدراج والرسائل الجنسية "
                "والسمعة على الإنترنت.",
                "<p>ربطت القمة، التي عُقدت في كوستاريكا في سبتمبر 2013، بين شباب من أنحاء "
                "العالم عبر منصات محلية، وأدارت «وايز كيدز» منصة ويلز.</p><p>وتناول النقاش "
                "التنمر الإلكتروني والاستدراج عبر الإنترنت والإفراط في كشف الذات والرسائل "
                "الجنسية والسمعة على الإنترنت، وهي موضوعات تتناولها أيضاً المبادئ التوجيهية "
                "للمبادرة الموجهة إلى الأطفال.</p>",
            ),
            "zh-hans": (
                "Wise Kids在BYND 2015青年峰会上主持威尔士分会场",
                "在哥斯达黎加举行的BYND 2015全球青年峰会上，Wise Kids主持了威尔士分会场，青年们"
                "讨论了网络欺凌、网络诱骗、色情短信和网络声誉。",
                "<p>峰会于2013年9月在哥斯达黎加举行，通过各地分会场把世界各地的青年联系在一起。"
                "Wise Kids负责威尔士分会场。</p><p>讨论涉及网络欺凌、网络诱骗、过度自我暴露、"
                "色情短信和网络声誉，这些也是儿童在线保护儿童指南所涉及的主题。</p>",
            ),
        },
    },
    {
        "slug": "industry-guidelines-consultation",
        "partners": ["UNICEF"],
        "published_at": moment(2013, 11, 20),
        "date_is_estimate": True,
        "date_note": "the consultation closed on 20 December 2013; announced a month before",
        "tags": ["industry"],
        "texts": {
            "en": (
                "Have your say on the Guidelines for Industry",
                "ITU and UNICEF invite comments on the draft Guidelines for Industry on "
                "Child Online Protection until 20 December 2013.",
                "<p>The draft was prepared within the ITU COP initiative after a first "
                "consultation of COP members. It deals with the safety of children using "
                "information and communication technologies.</p><p>The wider consultation "
                "is open until 20 December 2013.</p>",
            ),
            "fr": (
                "Donnez votre avis sur les lignes directrices pour les entreprises",
                "L'UIT et l'UNICEF recueillent jusqu'au 20 décembre 2013 des commentaires "
                "sur le projet de lignes directrices pour les entreprises sur la protection "
                "des enfants en ligne.",
                "<p>Le projet a été préparé dans le cadre de l'initiative COP de l'UIT, "
                "après une première consultation de ses membres. Il traite de la sécurité "
                "des enfants qui utilisent les technologies de l'information et de la "
                "communication.</p><p>La consultation élargie est ouverte jusqu'au "
                "20 décembre 2013.</p>",
            ),
            "es": (
                "Opine sobre las Directrices para la Industria",
                "La UIT y UNICEF invitan a comentar el proyecto de Directrices para la "
                "Industria sobre la Protección de la Infancia en Línea hasta el 20 de "
                "diciembre de 2013.",
                "<p>El proyecto se preparó en el marco de la iniciativa COP de la UIT, tras "
                "una primera consulta a sus miembros. Trata de la seguridad de los niños que "
                "usan las tecnologías de la información y la comunicación.</p><p>La consulta "
                "ampliada está abierta hasta el 20 de diciembre de 2013.</p>",
            ),
            "ru": (
                "Выскажите мнение о Руководящих принципах для отрасли",
                "МСЭ и ЮНИСЕФ принимают до 20 декабря 2013 года замечания по проекту "
                "Руководящих принципов для отрасли по защите ребёнка в онлайновой среде.",
                "<p>Проект подготовлен в рамках инициативы МСЭ COP после первой консультации "
                "с её участниками. Он касается безопасности детей, пользующихся "
                "информационно-коммуникационными технологиями.</p><p>Широкая консультация "
                "открыта до 20 декабря 2013 года.</p>",
            ),
            "ar": (
                "أبدوا رأيكم في المبادئ التوجيهية للصناعة",
                "يدعو الاتحاد الدولي للاتصالات واليونيسف إلى تقديم التعليقات على مشروع "
                "المبادئ التوجيهية للصناعة بشأن حماية الأطفال على الإنترنت حتى 20 ديسمبر 2013.",
                "<p>أُعدّ المشروع في إطار مبادرة الاتحاد بعد مشاورة أولى لأعضائها، ويتناول "
                "سلامة الأطفال الذين يستخدمون تكنولوجيا المعلومات والاتصالات.</p><p>وتظل "
                "المشاورة الموسعة مفتوحة حتى 20 ديسمبر 2013.</p>",
            ),
            "zh-hans": (
                "就业界指南发表您的意见",
                "国际电联和联合国儿童基金会征集对《业界儿童在线保护指南》草案的意见，截止日期为"
                "2013年12月20日。",
                "<p>该草案由国际电联儿童在线保护倡议在首轮征求成员意见后编写，涉及儿童使用信息"
                "通信技术时的安全。</p><p>更广泛的意见征集将持续到2013年12月20日。</p>",
            ),
        },
    },
    {
        "slug": "safer-internet-day-2014",
        "events": ["safer-internet-day-2014"],
        "partners": ["UNICEF"],
        "published_at": moment(2014, 2, 11, hour=7),
        "date_is_estimate": False,
        "tags": ["awareness"],
        "texts": {
            "en": (
                "Safer Internet Day 2014: messages from ITU and UNICEF",
                "For Safer Internet Day on 11 February 2014, the ITU Secretary-General, the "
                "COP Special Envoy and UNICEF share their messages for a better Internet.",
                "<p>The day invites everyone to help make the Internet a better place "
                "together. The ITU Secretary-General and the COP Special Envoy recorded "
                "video messages for the occasion.</p><p>UNICEF reminds young people that a "
                "better Internet is in their hands.</p>",
            ),
            "fr": (
                "Journée pour un Internet plus sûr 2014 : les messages de l'UIT et de l'UNICEF",
                "Pour la Journée pour un Internet plus sûr, le 11 février 2014, le "
                "Secrétaire général de l'UIT, l'Envoyée spéciale de la COP et l'UNICEF "
                "partagent leurs messages pour un meilleur Internet.",
                "<p>La journée invite chacun à contribuer ensemble à un meilleur Internet. "
                "Le Secrétaire général de l'UIT et l'Envoyée spéciale de la COP ont "
                "enregistré des messages vidéo pour l'occasion.</p><p>L'UNICEF rappelle aux "
                "jeunes qu'un meilleur Internet est entre leurs mains.</p>",
            ),
            "es": (
                "Día de la Internet Segura 2014: mensajes de la UIT y UNICEF",
                "Con motivo del Día de la Internet Segura, el 11 de febrero de 2014, el "
                "Secretario General de la UIT, la Enviada Especial de la COP y UNICEF "
                "comparten sus mensajes por una Internet mejor.",
                "<p>El día invita a todos a construir juntos una Internet mejor. El "
                "Secretario General de la UIT y la Enviada Especial de la COP grabaron "
                "mensajes en vídeo para la ocasión.</p><p>UNICEF recuerda a los jóvenes que "
                "una Internet mejor está en sus manos.</p>",
            ),
            "ru": (
                "День безопасного интернета 2014: обращения МСЭ и ЮНИСЕФ",
                "В День безопасного интернета, 11 февраля 2014 года, Генеральный секретарь "
                "МСЭ, Специальный посланник COP и ЮНИСЕФ обращаются с призывом сделать "
                "интернет лучше.",
                "<p>Этот день приглашает всех вместе сделать интернет лучше. Генеральный "
                "секретарь МСЭ и Специальный посланник COP записали к нему "
                "видеообращения.</p><p>ЮНИСЕФ напоминает молодёжи, что лучший интернет — в "
                "их руках.</p>",
            ),
            "ar": (
                "يوم الإنترنت الأكثر أماناً 2014: رسائل من الاتحاد واليونيسف",
                "بمناسبة يوم الإنترنت الأكثر أماناً في 11 فبراير 2014، يوجه الأمين العام "
                "للاتحاد الدولي للاتصالات والمبعوثة الخاصة للمبادرة واليونيسف رسائلهم من أجل "
                "إنترنت أفضل.",
                "<p>يدعو هذا اليوم الجميع إلى العمل معاً من أجل إنترنت أفضل. وسجّل الأمين "
                "العام للاتحاد والمبعوثة الخاصة للمبادرة رسائل مصورة بهذه المناسبة.</p><p>"
                "وتذكّر اليونيسف الشباب بأن الإنترنت الأفضل بين أيديهم.</p>",
            ),
            "zh-hans": (
                "2014年更安全互联网日：国际电联和联合国儿童基金会的寄语",
                "在2014年2月11日更安全互联网日之际，国际电联秘书长、儿童在线保护特使和联合国"
                "儿童基金会发表寄语，呼吁共建更美好的互联网。",
                "<p>这一天邀请每个人携手让互联网变得更好。国际电联秘书长和儿童在线保护特使为此"
                "录制了视频寄语。</p><p>联合国儿童基金会提醒青少年：更好的互联网掌握在他们手中。"
                "</p>",
            ),
        },
    },
    {
        "slug": "trend-micro-mobile-privacy-guides",
        "partners": ["Trend Micro"],
        "published_at": moment(2014, 3, 20),
        "date_is_estimate": True,
        "date_note": "the page says the guides were made available in March 2014",
        "tags": ["privacy", "mobile", "industry"],
        "texts": {
            "en": (
                "Two Trend Micro guides on mobile privacy and data",
                "Following a 2013 agreement with ITU, Trend Micro has made two e-guides on "
                "protecting privacy and data on mobile devices available to ITU Member "
                "States and partners.",
                "<p>The first guide explains who wants the information on a phone or "
                "tablet, why, and how to protect your privacy from mobile threats. The "
                "second shows how much data a mobile device holds and what to do to keep it "
                "safe.</p><p>ITU and Trend Micro signed their agreement in 2013 to work "
                "together towards a safer information society.</p>",
            ),
            "fr": (
                "Deux guides de Trend Micro sur la vie privée et les données mobiles",
                "À la suite d'un accord conclu en 2013 avec l'UIT, Trend Micro met à la "
                "disposition des États Membres et des partenaires de l'UIT deux guides "
                "électroniques sur la protection de la vie privée et des données sur les "
                "appareils mobiles.",
                "<p>Le premier guide explique qui cherche à accéder aux informations d'un "
                "téléphone ou d'une tablette, pourquoi, et comment protéger sa vie privée "
                "contre les menaces mobiles. Le second montre combien de données un appareil "
                "mobile contient et comment les garder en sécurité.</p><p>L'UIT et Trend "
                "Micro ont signé leur accord en 2013 pour œuvrer ensemble à une société de "
                "l'information plus sûre.</p>",
            ),
            "es": (
                "Dos guías de Trend Micro sobre privacidad y datos en el móvil",
                "Tras un acuerdo de 2013 con la UIT, Trend Micro ha puesto a disposición de "
                "los Estados Miembros y socios de la UIT dos guías electrónicas sobre la "
                "protección de la privacidad y los datos en dispositivos móviles.",
                "<p>La primera guía explica quién quiere la información de un teléfono o una "
                "tableta, por qué, y cómo proteger la privacidad frente a las amenazas "
                "móviles. La segunda muestra cuántos datos guarda un dispositivo móvil y qué "
                "hacer para mantenerlos seguros.</p><p>La UIT y Trend Micro firmaron su "
                "acuerdo en 2013 para trabajar juntos por una sociedad de la información más "
                "segura.</p>",
            ),
            "ru": (
                "Два руководства Trend Micro о конфиденциальности и данных на мобильных "
                "устройствах",
                "По соглашению с МСЭ 2013 года компания Trend Micro предоставила "
                "Государствам — Членам и партнёрам МСЭ два электронных руководства о защите "
                "конфиденциальности и данных на мобильных устройствах.",
                "<p>Первое руководство объясняет, кому и зачем нужна информация с телефона "
                "или планшета и как защитить свою частную жизнь от мобильных угроз. Второе "
                "показывает, сколько данных хранит мобильное устройство и что делать, чтобы "
                "их обезопасить.</p><p>МСЭ и Trend Micro подписали соглашение в 2013 году, "
                "чтобы вместе работать над более безопасным информационным обществом.</p>",
            ),
            "ar": (
                "دليلان من «تريند مايكرو» عن الخصوصية والبيانات على الأجهزة المحمولة",
                "إثر اتفاق أُبرم في 2013 مع الاتحاد الدولي للاتصالات، أتاحت شركة «تريند مايكرو» "
                "للدول الأعضاء في الاتحاد وشركائه دليلين إلكترونيين عن حماية الخصوصية "
                "والبيانات على الأجهزة المحمولة.",
                "<p>يشرح الدليل الأول من يريد المعلومات الموجودة على الهاتف أو الجهاز اللوحي "
                "ولماذا، وكيف تحمي خصوصيتك من التهديدات. ويبيّن الثاني حجم البيانات التي "
                "يحفظها الجهاز المحمول وما يجب فعله لإبقائها آمنة.</p><p>ووقّع الاتحاد و«تريند "
                "مايكرو» اتفاقهما في 2013 للعمل معاً من أجل مجتمع معلومات أكثر أماناً.</p>",
            ),
            "zh-hans": (
                "趋势科技发布两份移动隐私与数据指南",
                "根据2013年与国际电联签署的协议，趋势科技向国际电联成员国和合作伙伴提供了两份"
                "关于保护移动设备隐私和数据的电子指南。",
                "<p>第一份指南说明谁想获取手机或平板电脑上的信息、出于什么目的，以及如何保护"
                "隐私免受移动威胁。第二份指南展示移动设备中存有多少数据，以及如何确保数据安全。"
                "</p><p>国际电联与趋势科技于2013年签署协议，携手建设更安全的信息社会。</p>",
            ),
        },
    },
]

# Shown by the demo as a draft: it stays invisible to the public.
DRAFT_ITEM = {
    "slug": "africa-summit-new-dates",
    "events": ["africa-cop-summit-kampala"],
    "tags": ["events"],
    "texts": {
        "en": (
            "Africa Child Online Protection Summit: new dates",
            "The Africa Child Online Protection Summit in Kampala, Uganda, has been "
            "postponed; the new dates will be announced here.",
            "<p>The summit has been moved from its first dates. ITU and its partners are "
            "agreeing on new ones.</p><p>This item will be published once the new dates are "
            "confirmed.</p>",
        ),
        "fr": (
            "Sommet africain sur la protection des enfants en ligne : nouvelles dates",
            "Le Sommet africain sur la protection des enfants en ligne, à Kampala (Ouganda), "
            "est reporté ; les nouvelles dates seront annoncées ici.",
            "<p>Le sommet a été déplacé de ses dates initiales. L'UIT et ses partenaires "
            "fixent de nouvelles dates.</p><p>Cet article sera publié dès qu'elles seront "
            "confirmées.</p>",
        ),
        "es": (
            "Cumbre africana sobre la protección de la infancia en línea: nuevas fechas",
            "La Cumbre africana sobre la protección de la infancia en línea, en Kampala "
            "(Uganda), se ha aplazado; las nuevas fechas se anunciarán aquí.",
            "<p>La cumbre se ha movido de sus fechas iniciales. La UIT y sus socios están "
            "acordando otras nuevas.</p><p>Esta noticia se publicará cuando se confirmen.</p>",
        ),
        "ru": (
            "Африканский саммит по защите детей в онлайновой среде: новые даты",
            "Африканский саммит по защите детей в онлайновой среде в Кампале (Уганда) "
            "перенесён; новые даты будут объявлены здесь.",
            "<p>Саммит перенесён с первоначальных дат. МСЭ и партнёры согласовывают "
            "новые.</p><p>Эта новость будет опубликована, когда даты будут "
            "подтверждены.</p>",
        ),
        "ar": (
            "قمة أفريقيا لحماية الأطفال على الإنترنت: مواعيد جديدة",
            "أُرجئت قمة أفريقيا لحماية الأطفال على الإنترنت في كمبالا بأوغندا، وستُعلن "
            "المواعيد الجديدة هنا.",
            "<p>نُقلت القمة عن مواعيدها الأولى، ويعمل الاتحاد وشركاؤه على تحديد مواعيد "
            "جديدة.</p><p>سيُنشر هذا الخبر عند تأكيد المواعيد الجديدة.</p>",
        ),
        "zh-hans": (
            "非洲儿童在线保护峰会：新日期",
            "在乌干达坎帕拉举行的非洲儿童在线保护峰会已推迟，新日期将在此公布。",
            "<p>峰会已从原定日期推迟，国际电联及其合作伙伴正在商定新的日期。</p><p>新日期确定"
            "后将发布本条新闻。</p>",
        ),
    },
}


# Shown by the demo as scheduled: published for the next Safer Internet Day (the second
# Tuesday of February) at 08:00 in Geneva, it appears by itself on that morning.
def scheduled_item(year):
    return {
        "slug": f"safer-internet-day-{year}",
        "events": [f"safer-internet-day-{year}"],
        "tags": ["awareness"],
        "texts": {
            "en": (
                f"Safer Internet Day {year}",
                "On Safer Internet Day the COP partners invite children, parents and "
                "teachers to talk together about staying safe online.",
                "<p>Safer Internet Day is held every February. Partners of Child Online "
                "Protection mark it with activities in schools and online.</p><p>Guidance "
                "for children, parents and educators is in the guidelines section of this "
                "portal.</p>",
            ),
            "fr": (
                f"Journée pour un Internet plus sûr {year}",
                "Pour la Journée pour un Internet plus sûr, les partenaires de la COP "
                "invitent enfants, parents et enseignants à parler ensemble de sécurité en "
                "ligne.",
                "<p>La Journée pour un Internet plus sûr a lieu chaque année en février. Les "
                "partenaires de la COP la célèbrent par des activités dans les écoles et en "
                "ligne.</p><p>Des conseils pour les enfants, les parents et les éducateurs "
                "figurent dans la rubrique des lignes directrices de ce portail.</p>",
            ),
            "es": (
                f"Día de la Internet Segura {year}",
                "En el Día de la Internet Segura, los socios de la COP invitan a niños, "
                "padres y docentes a hablar juntos sobre cómo estar seguros en línea.",
                "<p>El Día de la Internet Segura se celebra cada febrero. Los socios de la "
                "COP lo celebran con actividades en las escuelas y en línea.</p><p>La "
                "orientación para niños, padres y educadores está en la sección de "
                "directrices de este portal.</p>",
            ),
            "ru": (
                f"День безопасного интернета {year}",
                "В День безопасного интернета партнёры COP предлагают детям, родителям и "
                "учителям вместе поговорить о безопасности в интернете.",
                "<p>День безопасного интернета проходит каждый февраль. Партнёры COP "
                "отмечают его мероприятиями в школах и в интернете.</p><p>Рекомендации для "
                "детей, родителей и педагогов — в разделе руководств этого портала.</p>",
            ),
            "ar": (
                f"يوم الإنترنت الأكثر أماناً {year}",
                "في يوم الإنترنت الأكثر أماناً، يدعو شركاء المبادرة الأطفال والآباء "
                "والمعلمين إلى التحدث معاً عن البقاء في أمان على الإنترنت.",
                "<p>يُحتفل بيوم الإنترنت الأكثر أماناً في فبراير من كل عام، ويحييه شركاء "
                "المبادرة بأنشطة في المدارس وعلى الإنترنت.</p><p>وتجدون الإرشادات الموجهة إلى "
                "الأطفال والآباء والمربين في قسم المبادئ التوجيهية في هذه البوابة.</p>",
            ),
            "zh-hans": (
                f"{year}年更安全互联网日",
                "在更安全互联网日，儿童在线保护合作伙伴邀请儿童、家长和教师一起谈谈如何安全上网。",
                "<p>更安全互联网日每年二月举行。儿童在线保护合作伙伴在学校和网上开展活动予以"
                "纪念。</p><p>面向儿童、家长和教育工作者的指导见本门户的指南栏目。</p>",
            ),
        },
    }
