"""The demo guidance, written for the portal in the six languages.

Every text is ours (not taken from any published guideline). One set, the industry
guidance, deliberately has no Russian or Spanish text, so the English fallback can be
seen. Each text is a dict ``{language field suffix: text}``.
"""

import datetime

AUDIENCE_INTRODUCTIONS = {
    "children": {
        "en": "<p>The internet is a great place to learn, play and talk with friends. "
        "These pages help you enjoy it safely. Pick the guide for your age.</p>",
        "ar": "<p>الإنترنت مكان رائع للتعلّم واللعب والتحدّث مع الأصدقاء. تساعدك هذه الصفحات "
        "على الاستمتاع به بأمان. اختر الدليل المناسب لعمرك.</p>",
        "zh_hans": "<p>互联网是学习、玩耍和与朋友聊天的好地方。这些页面帮助你安全地享受网络。"
        "请选择适合你年龄的指南。</p>",
        "fr": "<p>Internet est un super endroit pour apprendre, jouer et discuter avec tes amis. "
        "Ces pages t'aident à en profiter en toute sécurité. Choisis le guide de ton âge.</p>",
        "ru": "<p>Интернет — отличное место, чтобы учиться, играть и общаться с друзьями. "
        "Эти страницы помогут тебе пользоваться им безопасно. Выбери руководство "
        "для своего возраста.</p>",
        "es": "<p>Internet es un lugar genial para aprender, jugar y hablar con tus amistades. "
        "Estas páginas te ayudan a disfrutarlo con seguridad. Elige la guía de tu edad.</p>",
    },
    "parents-educators": {
        "en": "<p>Children learn to be safe online the way they learn to cross the road: "
        "with adults who explain, set an example and stay close at first. This guidance "
        "is for parents, carers, teachers and everyone who works with children.</p>",
        "ar": "<p>يتعلّم الأطفال الأمان على الإنترنت كما يتعلّمون عبور الشارع: مع كبار يشرحون "
        "لهم ويكونون قدوة لهم ويبقون قريبين منهم في البداية. هذا الدليل موجّه إلى الآباء "
        "والأمهات ومقدّمي الرعاية والمعلّمين وكل من يعمل مع الأطفال.</p>",
        "zh_hans": "<p>孩子学习网络安全，就像学习过马路一样：需要成年人讲解、以身作则，"
        "并在一开始陪在身边。本指南面向家长、照料者、教师以及所有与儿童打交道的人。</p>",
        "fr": "<p>Les enfants apprennent à être prudents en ligne comme ils apprennent à "
        "traverser la rue : avec des adultes qui expliquent, montrent l'exemple et restent "
        "proches au début. Ce guide s'adresse aux parents, aux personnes qui s'occupent "
        "d'enfants, aux enseignants et à tous ceux qui travaillent avec eux.</p>",
        "ru": "<p>Дети учатся безопасности в интернете так же, как учатся переходить дорогу: "
        "рядом со взрослыми, которые объясняют, подают пример и поначалу держатся рядом. "
        "Это руководство — для родителей, опекунов, учителей и всех, кто работает "
        "с детьми.</p>",
        "es": "<p>Niñas y niños aprenden a estar seguros en internet igual que aprenden a "
        "cruzar la calle: con personas adultas que les explican, dan ejemplo y al principio "
        "se quedan cerca. Esta guía es para madres, padres, cuidadores, docentes y todas "
        "las personas que trabajan con la infancia.</p>",
    },
    "industry": {
        "en": "<p>Companies decide much of what children meet online. These steps help "
        "service providers, platforms, device makers and operators make their products "
        "safer for young users.</p>",
        "ar": "<p>تحدّد الشركات جزءًا كبيرًا ممّا يصادفه الأطفال على الإنترنت. تساعد هذه "
        "الخطوات مقدّمي الخدمات والمنصّات ومصنّعي الأجهزة والمشغّلين على جعل منتجاتهم أكثر "
        "أمانًا للمستخدمين الصغار.</p>",
        "zh_hans": "<p>儿童在网上接触到的内容，很大程度上由企业决定。这些措施帮助服务提供商、"
        "平台、设备制造商和运营商让产品对年轻用户更安全。</p>",
        "fr": "<p>Les entreprises décident d'une grande partie de ce que les enfants "
        "rencontrent en ligne. Ces mesures aident les fournisseurs de services, les "
        "plateformes, les fabricants d'appareils et les opérateurs à rendre leurs produits "
        "plus sûrs pour les jeunes.</p>",
        "ru": "<p>Во многом именно компании определяют, с чем дети сталкиваются в интернете. "
        "Эти шаги помогут поставщикам услуг, платформам, производителям устройств и "
        "операторам сделать свои продукты безопаснее для юных пользователей.</p>",
        "es": "<p>Las empresas deciden gran parte de lo que niñas y niños encuentran en "
        "internet. Estas medidas ayudan a proveedores de servicios, plataformas, fabricantes "
        "de dispositivos y operadores a hacer sus productos más seguros para el público "
        "joven.</p>",
    },
    "policy-makers": {
        "en": "<p>Protecting children online needs more than one law or one agency. This "
        "guidance outlines the parts of a national strategy and how they fit together.</p>",
        "ar": "<p>تتطلّب حماية الأطفال على الإنترنت أكثر من قانون واحد أو جهة واحدة. يعرض هذا "
        "الدليل مكوّنات الاستراتيجية الوطنية وكيف تتكامل فيما بينها.</p>",
        "zh_hans": "<p>保护儿童上网安全，靠一部法律或一个机构是不够的。本指南概述国家战略的"
        "组成部分，以及它们如何相互配合。</p>",
        "fr": "<p>Protéger les enfants en ligne demande plus qu'une loi ou qu'une seule "
        "administration. Ce guide présente les éléments d'une stratégie nationale et la "
        "façon dont ils s'articulent.</p>",
        "ru": "<p>Для защиты детей в интернете недостаточно одного закона или одного "
        "ведомства. В этом руководстве описаны составные части национальной стратегии и "
        "то, как они дополняют друг друга.</p>",
        "es": "<p>Proteger a la infancia en internet exige algo más que una ley o un solo "
        "organismo. Esta guía describe los componentes de una estrategia nacional y cómo "
        "encajan entre sí.</p>",
    },
}

TOPICS = [
    {
        "slug": "cyberbullying",
        "name": {
            "en": "Cyberbullying",
            "ar": "التنمّر الإلكتروني",
            "zh_hans": "网络欺凌",
            "fr": "Cyberharcèlement",
            "ru": "Кибербуллинг",
            "es": "Ciberacoso",
        },
    },
    {
        "slug": "grooming",
        "name": {
            "en": "Grooming",
            "ar": "الاستدراج",
            "zh_hans": "网络诱骗",
            "fr": "Pédopiégeage",
            "ru": "Груминг",
            "es": "Grooming",
        },
    },
    {
        "slug": "sexting",
        "name": {
            "en": "Sexting",
            "ar": "تبادل الصور والرسائل الجنسية",
            "zh_hans": "色情短信",
            "fr": "Sextos",
            "ru": "Секстинг",
            "es": "Sexting",
        },
    },
    {
        "slug": "privacy",
        "name": {
            "en": "Privacy",
            "ar": "الخصوصية",
            "zh_hans": "隐私",
            "fr": "Vie privée",
            "ru": "Конфиденциальность",
            "es": "Privacidad",
        },
    },
    {
        "slug": "self-exposure",
        "name": {
            "en": "Self-exposure",
            "ar": "الإفراط في كشف الذات",
            "zh_hans": "过度暴露自己",
            "fr": "Surexposition de soi",
            "ru": "Излишняя откровенность",
            "es": "Sobreexposición",
        },
    },
    {
        "slug": "online-reputation",
        "name": {
            "en": "Online reputation",
            "ar": "السمعة على الإنترنت",
            "zh_hans": "网络声誉",
            "fr": "E-réputation",
            "ru": "Репутация в сети",
            "es": "Reputación en línea",
        },
    },
]


def _section(slug, topics, title, body, key_points=None):
    return {
        "slug": slug,
        "topics": topics,
        "title": title,
        "body": body,
        "key_points": key_points or {},
    }


GUIDELINE_SETS = [
    # --- Children, under 9 ----------------------------------------------------------
    {
        "audience": "children",
        "slug": "safe-and-fun-online",
        "position": 1,
        "age_band": "under-9",
        "edition_date": datetime.date(2024, 3, 1),
        "documents": False,
        "title": {
            "en": "Safe and fun online",
            "ar": "آمن وممتع على الإنترنت",
            "zh_hans": "安全又开心地上网",
            "fr": "En ligne, prudent et content",
            "ru": "В интернете — весело и безопасно",
            "es": "Internet seguro y divertido",
        },
        "summary": {
            "en": "Four simple rules for playing and watching online.",
            "ar": "أربع قواعد بسيطة للّعب والمشاهدة على الإنترنت.",
            "zh_hans": "在网上玩游戏、看视频的四条简单规则。",
            "fr": "Quatre règles simples pour jouer et regarder des vidéos en ligne.",
            "ru": "Четыре простых правила для игр и видео в интернете.",
            "es": "Cuatro reglas sencillas para jugar y ver vídeos en internet.",
        },
        "introduction": {
            "en": "<p>Read this with a grown-up you trust. Then tell them which rule you "
            "like best!</p>",
            "ar": "<p>اقرأ هذا مع شخص كبير تثق به. ثم أخبره أيّ قاعدة أعجبتك أكثر!</p>",
            "zh_hans": "<p>和你信任的大人一起读一读。然后告诉他们你最喜欢哪一条规则！</p>",
            "fr": "<p>Lis ceci avec un adulte de confiance. Ensuite, dis-lui quelle règle tu "
            "préfères !</p>",
            "ru": "<p>Прочитай это вместе со взрослым, которому доверяешь. А потом расскажи, "
            "какое правило тебе понравилось больше всего!</p>",
            "es": "<p>Léelo con una persona adulta de confianza. ¡Después cuéntale qué regla "
            "te gusta más!</p>",
        },
        "sections": [
            _section(
                "ask-first",
                [],
                {
                    "en": "Ask a grown-up first",
                    "ar": "اسأل شخصًا كبيرًا أولًا",
                    "zh_hans": "先问问大人",
                    "fr": "Demande d'abord à un adulte",
                    "ru": "Сначала спроси взрослого",
                    "es": "Pregunta primero a una persona adulta",
                },
                {
                    "en": "<p>Before you download a game, open a new app or click on "
                    "something you do not know, ask a grown-up at home or at school. They "
                    "can help you choose games and videos that are right for you.</p>",
                    "ar": "<p>قبل أن تنزّل لعبة أو تفتح تطبيقًا جديدًا أو تضغط على شيء لا "
                    "تعرفه، اسأل شخصًا كبيرًا في البيت أو في المدرسة. يمكنه أن يساعدك في "
                    "اختيار الألعاب والفيديوهات المناسبة لك.</p>",
                    "zh_hans": "<p>在下载游戏、打开新应用或点击你不认识的东西之前，先问问家里"
                    "或学校的大人。他们可以帮你挑选适合你的游戏和视频。</p>",
                    "fr": "<p>Avant de télécharger un jeu, d'ouvrir une nouvelle application "
                    "ou de cliquer sur quelque chose que tu ne connais pas, demande à un "
                    "adulte, à la maison ou à l'école. Il peut t'aider à choisir des jeux et "
                    "des vidéos faits pour toi.</p>",
                    "ru": "<p>Прежде чем скачать игру, открыть новое приложение или нажать "
                    "на что-то незнакомое, спроси взрослого дома или в школе. Он поможет "
                    "выбрать игры и видео, которые тебе подходят.</p>",
                    "es": "<p>Antes de descargar un juego, abrir una aplicación nueva o "
                    "pulsar algo que no conoces, pregunta a una persona adulta en casa o en "
                    "la escuela. Puede ayudarte a elegir juegos y vídeos adecuados para "
                    "ti.</p>",
                },
                {
                    "en": "New game? Ask first.\nNew app? Ask first.",
                    "ar": "لعبة جديدة؟ اسأل أولًا.\nتطبيق جديد؟ اسأل أولًا.",
                    "zh_hans": "新游戏？先问一问。\n新应用？先问一问。",
                    "fr": "Un nouveau jeu ? Demande d'abord.\nUne nouvelle application ? "
                    "Demande d'abord.",
                    "ru": "Новая игра? Сначала спроси.\nНовое приложение? Сначала спроси.",
                    "es": "¿Un juego nuevo? Pregunta primero.\n¿Una aplicación nueva? "
                    "Pregunta primero.",
                },
            ),
            _section(
                "keep-secrets-safe",
                ["privacy"],
                {
                    "en": "Some things stay secret",
                    "ar": "بعض الأشياء تبقى سرًّا",
                    "zh_hans": "有些事情要保密",
                    "fr": "Certaines choses restent secrètes",
                    "ru": "Некоторые вещи — секрет",
                    "es": "Algunas cosas son secretas",
                },
                {
                    "en": "<p>Your full name, your address, your school and your passwords "
                    "are yours. Do not type them into a game or a chat, and do not tell "
                    "them to people you only know online.</p>",
                    "ar": "<p>اسمك الكامل وعنوانك ومدرستك وكلمات المرور الخاصة بك ملك لك. "
                    "لا تكتبها في لعبة أو محادثة، ولا تخبر بها أشخاصًا لا تعرفهم إلا عبر "
                    "الإنترنت.</p>",
                    "zh_hans": "<p>你的全名、住址、学校和密码都属于你自己。不要在游戏或聊天里"
                    "输入这些信息，也不要告诉只在网上认识的人。</p>",
                    "fr": "<p>Ton nom complet, ton adresse, ton école et tes mots de passe "
                    "t'appartiennent. Ne les écris pas dans un jeu ou une discussion, et ne "
                    "les donne pas à des personnes que tu connais seulement en ligne.</p>",
                    "ru": "<p>Твоё полное имя, адрес, школа и пароли принадлежат только "
                    "тебе. Не вводи их в игре или в чате и не сообщай тем, кого знаешь "
                    "только по интернету.</p>",
                    "es": "<p>Tu nombre completo, tu dirección, tu escuela y tus contraseñas "
                    "son tuyos. No los escribas en un juego ni en un chat, y no se los digas "
                    "a personas que solo conoces por internet.</p>",
                },
            ),
            _section(
                "be-kind",
                ["cyberbullying"],
                {
                    "en": "Be kind, like at the playground",
                    "ar": "كن لطيفًا، كما في ساحة اللعب",
                    "zh_hans": "友善待人，就像在操场上一样",
                    "fr": "Sois gentil, comme dans la cour de récré",
                    "ru": "Будь добрым, как на детской площадке",
                    "es": "Sé amable, como en el patio",
                },
                {
                    "en": "<p>Behind every picture and every message there is a real "
                    "person. Say nice things, help others, and never share a photo of a "
                    "friend without asking them.</p>",
                    "ar": "<p>وراء كل صورة وكل رسالة شخص حقيقي. قل كلامًا لطيفًا، وساعد "
                    "الآخرين، ولا تنشر أبدًا صورة صديق دون أن تسأله.</p>",
                    "zh_hans": "<p>每张图片、每条消息背后都是一个真实的人。多说友善的话，"
                    "帮助别人，没有问过朋友就不要分享他们的照片。</p>",
                    "fr": "<p>Derrière chaque image et chaque message, il y a une vraie "
                    "personne. Dis des choses gentilles, aide les autres et ne partage "
                    "jamais la photo d'un ami sans lui demander.</p>",
                    "ru": "<p>За каждой картинкой и каждым сообщением стоит живой человек. "
                    "Говори приятные слова, помогай другим и никогда не выкладывай фото "
                    "друга, не спросив его.</p>",
                    "es": "<p>Detrás de cada imagen y de cada mensaje hay una persona de "
                    "verdad. Di cosas bonitas, ayuda a los demás y nunca compartas la foto "
                    "de un amigo sin preguntarle.</p>",
                },
            ),
            _section(
                "tell-someone",
                ["grooming"],
                {
                    "en": "If something feels wrong, tell someone",
                    "ar": "إذا شعرت أن شيئًا ما ليس على ما يرام، أخبر أحدًا",
                    "zh_hans": "感觉不对劲，就告诉别人",
                    "fr": "Si quelque chose te gêne, parles-en",
                    "ru": "Если что-то не так, расскажи",
                    "es": "Si algo no te gusta, cuéntalo",
                },
                {
                    "en": "<p>If you see something that makes you sad, scared or "
                    "confused, or if someone asks you to keep a secret from your family, "
                    "stop and tell a grown-up you trust. You will not be in trouble.</p>",
                    "ar": "<p>إذا رأيت شيئًا يحزنك أو يخيفك أو يربكك، أو إذا طلب منك أحد أن "
                    "تخفي سرًّا عن عائلتك، فتوقّف وأخبر شخصًا كبيرًا تثق به. لن تقع في "
                    "مشكلة.</p>",
                    "zh_hans": "<p>如果你看到让你难过、害怕或困惑的东西，或者有人让你对家人保守"
                    "秘密，请停下来，告诉你信任的大人。你不会因此受到责备。</p>",
                    "fr": "<p>Si tu vois quelque chose qui te rend triste, qui te fait peur "
                    "ou que tu ne comprends pas, ou si quelqu'un te demande de garder un "
                    "secret vis-à-vis de ta famille, arrête-toi et parles-en à un adulte de "
                    "confiance. Tu ne seras pas grondé.</p>",
                    "ru": "<p>Если ты увидел что-то, от чего тебе грустно, страшно или "
                    "непонятно, или если кто-то просит тебя скрыть секрет от семьи, "
                    "остановись и расскажи взрослому, которому доверяешь. Тебя не будут "
                    "ругать.</p>",
                    "es": "<p>Si ves algo que te pone triste, te asusta o te confunde, o si "
                    "alguien te pide que guardes un secreto a tu familia, para y cuéntaselo "
                    "a una persona adulta de confianza. No te vas a meter en "
                    "problemas.</p>",
                },
                {
                    "en": "Stop.\nTell a grown-up you trust.",
                    "ar": "توقّف.\nأخبر شخصًا كبيرًا تثق به.",
                    "zh_hans": "停下来。\n告诉你信任的大人。",
                    "fr": "Arrête-toi.\nParles-en à un adulte de confiance.",
                    "ru": "Остановись.\nРасскажи взрослому, которому доверяешь.",
                    "es": "Para.\nCuéntaselo a una persona adulta de confianza.",
                },
            ),
        ],
    },
    # --- Children, 9 to 12 ----------------------------------------------------------
    {
        "audience": "children",
        "slug": "your-online-world",
        "position": 2,
        "age_band": "9-12",
        "edition_date": datetime.date(2024, 3, 1),
        "documents": True,
        "title": {
            "en": "Your online world",
            "ar": "عالمك على الإنترنت",
            "zh_hans": "你的网络世界",
            "fr": "Ton monde en ligne",
            "ru": "Твой мир в интернете",
            "es": "Tu mundo en internet",
        },
        "summary": {
            "en": "Sharing, online friends, mean messages and your settings.",
            "ar": "المشاركة، والأصدقاء على الإنترنت، والرسائل المسيئة، وإعداداتك.",
            "zh_hans": "分享、网友、恶意消息和你的设置。",
            "fr": "Partager, les amis en ligne, les messages méchants et tes réglages.",
            "ru": "Что выкладывать, друзья в сети, обидные сообщения и твои настройки.",
            "es": "Compartir, amistades en línea, mensajes hirientes y tu configuración.",
        },
        "introduction": {
            "en": "<p>You probably know more about apps and games than many adults. This "
            "guide is about using that know-how to look after yourself and your friends.</p>",
            "ar": "<p>ربما تعرف عن التطبيقات والألعاب أكثر من كثير من الكبار. يتحدّث هذا الدليل "
            "عن استخدام هذه المعرفة لتحمي نفسك وأصدقاءك.</p>",
            "zh_hans": "<p>你对应用和游戏的了解，可能比很多大人还多。这份指南讲的是如何用这些"
            "本领照顾好自己和朋友。</p>",
            "fr": "<p>Tu en sais sans doute plus sur les applis et les jeux que beaucoup "
            "d'adultes. Ce guide t'explique comment utiliser ce savoir pour prendre soin de toi "
            "et de tes amis.</p>",
            "ru": "<p>Скорее всего, ты разбираешься в приложениях и играх лучше многих "
            "взрослых. Это руководство о том, как использовать эти знания, чтобы беречь себя "
            "и своих друзей.</p>",
            "es": "<p>Seguramente sabes más de aplicaciones y juegos que muchas personas "
            "adultas. Esta guía trata de cómo usar lo que sabes para cuidarte a ti y a tus "
            "amistades.</p>",
        },
        "sections": [
            _section(
                "think-before-you-share",
                ["privacy", "self-exposure"],
                {
                    "en": "Think before you share",
                    "ar": "فكّر قبل أن تنشر",
                    "zh_hans": "分享之前先想一想",
                    "fr": "Réfléchis avant de partager",
                    "ru": "Подумай, прежде чем выложить",
                    "es": "Piensa antes de compartir",
                },
                {
                    "en": "<p>A photo or a message can be copied and passed on in seconds, "
                    "even if you delete it later. Before you post, ask yourself: would I "
                    "be happy for my teacher, my grandmother and a stranger to see "
                    "this?</p>",
                    "ar": "<p>يمكن نسخ صورة أو رسالة وتداولها في ثوانٍ، حتى لو حذفتها لاحقًا. "
                    "قبل أن تنشر، اسأل نفسك: هل أرضى أن يرى هذا معلّمي وجدّتي وشخص غريب؟</p>",
                    "zh_hans": "<p>一张照片或一条消息几秒钟就能被复制和转发，即使你之后删除了"
                    "也一样。发布之前问问自己：我愿意让老师、奶奶和陌生人看到它吗？</p>",
                    "fr": "<p>Une photo ou un message peut être copié et transféré en "
                    "quelques secondes, même si tu l'effaces ensuite. Avant de publier, "
                    "demande-toi : est-ce que ça me irait que mon professeur, ma grand-mère "
                    "et un inconnu voient ça ?</p>",
                    "ru": "<p>Фото или сообщение можно скопировать и переслать за секунды, "
                    "даже если потом ты его удалишь. Прежде чем что-то выложить, спроси "
                    "себя: хотел бы я, чтобы это увидели мой учитель, моя бабушка и "
                    "незнакомый человек?</p>",
                    "es": "<p>Una foto o un mensaje se pueden copiar y reenviar en segundos, "
                    "aunque después los borres. Antes de publicar, pregúntate: ¿me "
                    "parecería bien que lo vieran mi profesora, mi abuela y una persona "
                    "desconocida?</p>",
                },
                {
                    "en": "What you post can stay online for a long time.\nAsk before you "
                    "share a picture of someone else.",
                    "ar": "ما تنشره قد يبقى على الإنترنت وقتًا طويلًا.\nاستأذن قبل أن تنشر "
                    "صورة لشخص آخر.",
                    "zh_hans": "你发布的内容可能会在网上留存很久。\n分享别人的照片前先征得同意。",
                    "fr": "Ce que tu publies peut rester longtemps en ligne.\nDemande avant "
                    "de partager la photo de quelqu'un d'autre.",
                    "ru": "То, что ты публикуешь, может долго оставаться в сети.\nСпроси "
                    "разрешения, прежде чем выкладывать чужое фото.",
                    "es": "Lo que publicas puede quedarse mucho tiempo en internet.\nPide "
                    "permiso antes de compartir una foto de otra persona.",
                },
            ),
            _section(
                "online-friends",
                ["grooming"],
                {
                    "en": "Friends you meet online",
                    "ar": "الأصدقاء الذين تتعرّف إليهم على الإنترنت",
                    "zh_hans": "在网上认识的朋友",
                    "fr": "Les amis rencontrés en ligne",
                    "ru": "Друзья, с которыми ты познакомился в сети",
                    "es": "Amistades que conoces en internet",
                },
                {
                    "en": "<p>Not everyone online is who they say they are. Be careful if "
                    "someone you have never met gives you lots of compliments or gifts, "
                    "asks for photos, or wants to move the chat somewhere private. Never go "
                    "to meet an online friend without a parent or carer.</p>",
                    "ar": "<p>ليس كل من على الإنترنت هو من يدّعي أنه هو. كن حذرًا إذا أكثر "
                    "شخص لم تقابله قطّ من مدحك أو من إرسال الهدايا إليك، أو طلب منك صورًا، أو "
                    "أراد نقل المحادثة إلى مكان خاص. لا تذهب أبدًا لمقابلة صديق من الإنترنت "
                    "دون أحد والديك أو من يرعاك.</p>",
                    "zh_hans": "<p>网上的人不一定是他们自称的那个人。如果一个你从未见过的人"
                    "总是夸你、送你礼物、向你要照片，或者想把聊天转到私密的地方，一定要小心。"
                    "没有父母或照料者陪同，绝不要去见网友。</p>",
                    "fr": "<p>En ligne, tout le monde n'est pas celui qu'il prétend être. "
                    "Méfie-toi si quelqu'un que tu n'as jamais rencontré te fait beaucoup de "
                    "compliments ou de cadeaux, te demande des photos ou veut continuer la "
                    "discussion en privé. Ne va jamais rencontrer un ami d'internet sans un "
                    "parent ou un adulte qui s'occupe de toi.</p>",
                    "ru": "<p>Не каждый в интернете тот, за кого себя выдаёт. Будь осторожен, "
                    "если человек, которого ты никогда не видел, засыпает тебя комплиментами "
                    "или подарками, просит фотографии или хочет перейти в личную переписку. "
                    "Никогда не ходи на встречу с другом из интернета без родителей или "
                    "опекунов.</p>",
                    "es": "<p>En internet no todo el mundo es quien dice ser. Ten cuidado si "
                    "alguien a quien nunca has visto te hace muchos cumplidos o regalos, te "
                    "pide fotos o quiere seguir hablando en privado. Nunca vayas a conocer "
                    "a una amistad de internet sin tu madre, tu padre o la persona que te "
                    "cuida.</p>",
                },
            ),
            _section(
                "when-someone-is-mean",
                ["cyberbullying"],
                {
                    "en": "When someone is mean",
                    "ar": "عندما يسيء إليك أحد",
                    "zh_hans": "当有人对你不友善时",
                    "fr": "Quand quelqu'un est méchant",
                    "ru": "Когда тебя обижают",
                    "es": "Cuando alguien te trata mal",
                },
                {
                    "en": "<p>Bullying online hurts as much as bullying at school. Do not "
                    "answer back. Keep the messages (a screenshot is enough), block the "
                    "person and tell an adult. If you see it happening to a friend, stand "
                    "by them.</p>",
                    "ar": "<p>التنمّر على الإنترنت يؤلم بقدر التنمّر في المدرسة. لا تردّ "
                    "عليه. احتفظ بالرسائل (تكفي لقطة شاشة)، واحظر الشخص، وأخبر شخصًا كبيرًا. "
                    "وإذا رأيت ذلك يحدث لصديق، فقف إلى جانبه.</p>",
                    "zh_hans": "<p>网络欺凌和在学校被欺负一样伤人。不要回击。保存这些消息"
                    "（截图就可以），屏蔽对方，并告诉大人。如果你看到朋友被欺负，要站在他们"
                    "身边。</p>",
                    "fr": "<p>Le harcèlement en ligne fait aussi mal que celui de l'école. Ne "
                    "réponds pas. Garde les messages (une capture d'écran suffit), bloque la "
                    "personne et préviens un adulte. Si tu vois que cela arrive à un ami, "
                    "soutiens-le.</p>",
                    "ru": "<p>Травля в интернете ранит так же, как травля в школе. Не отвечай "
                    "обидчику. Сохрани сообщения (достаточно снимка экрана), заблокируй "
                    "этого человека и расскажи взрослому. Если видишь, что это происходит с "
                    "другом, поддержи его.</p>",
                    "es": "<p>El acoso en internet duele tanto como el acoso en la escuela. "
                    "No contestes. Guarda los mensajes (basta con una captura de pantalla), "
                    "bloquea a esa persona y cuéntaselo a una persona adulta. Si ves que le "
                    "pasa a un amigo, apóyalo.</p>",
                },
                {
                    "en": "Do not reply.\nSave, block, tell.",
                    "ar": "لا تردّ.\nاحفظ، احظر، أخبر.",
                    "zh_hans": "不要回复。\n保存、屏蔽、告诉大人。",
                    "fr": "Ne réponds pas.\nGarde, bloque, parle.",
                    "ru": "Не отвечай.\nСохрани, заблокируй, расскажи.",
                    "es": "No contestes.\nGuarda, bloquea, cuéntalo.",
                },
            ),
            _section(
                "your-settings",
                ["privacy"],
                {
                    "en": "Your settings, your choice",
                    "ar": "إعداداتك، اختيارك",
                    "zh_hans": "你的设置，你做主",
                    "fr": "Tes réglages, ton choix",
                    "ru": "Твои настройки — твой выбор",
                    "es": "Tu configuración, tu decisión",
                },
                {
                    "en": "<p>Most apps let you choose who can see your posts, who can "
                    "message you and whether your location is shown. Go through the "
                    'settings with an adult, choose "friends only" where you can, and '
                    "switch location sharing off.</p>",
                    "ar": "<p>تتيح لك معظم التطبيقات أن تختار من يرى منشوراتك ومن يستطيع "
                    "مراسلتك وهل يظهر موقعك. راجع الإعدادات مع شخص كبير، واختر «الأصدقاء "
                    "فقط» حيثما أمكن، وأوقف مشاركة الموقع.</p>",
                    "zh_hans": "<p>大多数应用都可以让你选择谁能看到你的帖子、谁能给你发消息，"
                    "以及是否显示你的位置。和大人一起检查一遍设置，尽量选择“仅好友可见”，"
                    "并关闭位置共享。</p>",
                    "fr": "<p>La plupart des applis te laissent choisir qui peut voir tes "
                    "publications, qui peut t'écrire et si ta position est affichée. Regarde "
                    "les réglages avec un adulte, choisis « amis uniquement » quand c'est "
                    "possible et désactive le partage de ta position.</p>",
                    "ru": "<p>В большинстве приложений можно выбрать, кто видит твои "
                    "публикации, кто может тебе писать и показывать ли твоё местоположение. "
                    "Просмотри настройки вместе со взрослым, где можно — выбери «только "
                    "друзья» и отключи передачу геоданных.</p>",
                    "es": "<p>La mayoría de las aplicaciones te dejan elegir quién ve tus "
                    "publicaciones, quién puede escribirte y si se muestra tu ubicación. "
                    "Revisa la configuración con una persona adulta, elige «solo amigos» "
                    "siempre que puedas y desactiva la ubicación.</p>",
                },
            ),
        ],
    },
    # --- Children, 13 to 18 --------------------------------------------------------
    {
        "audience": "children",
        "slug": "taking-charge-online",
        "position": 3,
        "age_band": "13-18",
        "edition_date": datetime.date(2024, 3, 1),
        "documents": False,
        "title": {
            "en": "Taking charge of your online life",
            "ar": "تولَّ زمام حياتك على الإنترنت",
            "zh_hans": "掌握你的网络生活",
            "fr": "Prendre en main ta vie en ligne",
            "ru": "Управляй своей жизнью в сети",
            "es": "Toma el control de tu vida en línea",
        },
        "summary": {
            "en": "Reputation, pressure to share images, respect and where to get help.",
            "ar": "السمعة، والضغط لمشاركة الصور، والاحترام، وأين تجد المساعدة.",
            "zh_hans": "声誉、被施压分享图片、尊重，以及到哪里寻求帮助。",
            "fr": "Ta réputation, la pression pour partager des images, le respect et où "
            "trouver de l'aide.",
            "ru": "Репутация, давление из-за фотографий, уважение и где найти помощь.",
            "es": "Reputación, presión para compartir imágenes, respeto y dónde pedir ayuda.",
        },
        "introduction": {
            "en": "<p>At your age you make more of your own decisions online. This guide "
            "does not tell you what to do: it gives you the facts to decide well.</p>",
            "ar": "<p>في عمرك تتّخذ قرارات أكثر بنفسك على الإنترنت. لا يملي عليك هذا الدليل "
            "ما تفعله، بل يقدّم لك الحقائق لتقرّر جيدًا.</p>",
            "zh_hans": "<p>到了你这个年龄，你在网上会更多地自己做决定。这份指南不是告诉你"
            "该做什么，而是给你做出好决定所需的事实。</p>",
            "fr": "<p>À ton âge, tu prends de plus en plus de décisions seul en ligne. Ce "
            "guide ne te dit pas quoi faire : il te donne les éléments pour bien "
            "décider.</p>",
            "ru": "<p>В твоём возрасте ты всё чаще сам принимаешь решения в интернете. Это "
            "руководство не указывает, что делать, а даёт факты, чтобы решать с умом.</p>",
            "es": "<p>A tu edad tomas cada vez más decisiones propias en internet. Esta guía "
            "no te dice qué hacer: te da la información para decidir bien.</p>",
        },
        "sections": [
            _section(
                "your-reputation",
                ["online-reputation", "self-exposure"],
                {
                    "en": "Your reputation is built every day",
                    "ar": "سمعتك تُبنى كل يوم",
                    "zh_hans": "你的声誉每天都在积累",
                    "fr": "Ta réputation se construit chaque jour",
                    "ru": "Репутация складывается каждый день",
                    "es": "Tu reputación se construye cada día",
                },
                {
                    "en": "<p>Schools, employers and universities sometimes look people up "
                    "online. Search your own name now and then, tidy up old accounts you no "
                    "longer use, and show the side of you that you are proud of.</p>",
                    "ar": "<p>تبحث المدارس وأصحاب العمل والجامعات أحيانًا عن الأشخاص على "
                    "الإنترنت. ابحث عن اسمك من حين لآخر، ونظّف الحسابات القديمة التي لم تعد "
                    "تستخدمها، وأظهر الجانب الذي تفخر به من شخصيتك.</p>",
                    "zh_hans": "<p>学校、雇主和大学有时会在网上搜索一个人。时不时搜一下自己"
                    "的名字，清理不再使用的旧账号，展示你引以为豪的一面。</p>",
                    "fr": "<p>Les écoles, les employeurs et les universités font parfois "
                    "des recherches en ligne sur les gens. Tape ton nom de temps en temps, "
                    "fais le ménage dans les vieux comptes que tu n'utilises plus et montre "
                    "ce dont tu es fier.</p>",
                    "ru": "<p>Школы, работодатели и университеты иногда ищут информацию о "
                    "людях в интернете. Время от времени ищи своё имя, удаляй старые "
                    "аккаунты, которыми больше не пользуешься, и показывай ту свою сторону, "
                    "которой гордишься.</p>",
                    "es": "<p>Escuelas, empresas y universidades a veces buscan a las "
                    "personas en internet. De vez en cuando busca tu propio nombre, limpia "
                    "las cuentas antiguas que ya no usas y muestra la parte de ti de la que "
                    "te sientes orgulloso.</p>",
                },
            ),
            _section(
                "images-and-pressure",
                ["sexting", "self-exposure"],
                {
                    "en": "Images and pressure",
                    "ar": "الصور والضغط",
                    "zh_hans": "图片与压力",
                    "fr": "Les images et la pression",
                    "ru": "Фотографии и давление",
                    "es": "Imágenes y presión",
                },
                {
                    "en": "<p>Nobody has the right to pressure you into sending intimate "
                    "pictures, and once sent you lose control of them. If an image of you "
                    "has been shared, it is not your fault: helplines and reporting "
                    "services can help get it taken down.</p>",
                    "ar": "<p>لا يحقّ لأحد أن يضغط عليك لإرسال صور حميمة، وما إن ترسلها "
                    "حتى تفقد السيطرة عليها. وإذا نُشرت صورة لك، فليس ذلك ذنبك: يمكن لخطوط "
                    "المساعدة وخدمات الإبلاغ أن تساعد في إزالتها.</p>",
                    "zh_hans": "<p>任何人都无权逼你发送私密照片，而照片一旦发出，你就失去了"
                    "对它的控制。如果你的照片被传播了，这不是你的错：求助热线和举报服务可以"
                    "帮助删除它。</p>",
                    "fr": "<p>Personne n'a le droit de faire pression sur toi pour que tu "
                    "envoies des photos intimes, et une fois envoyées, tu n'en as plus le "
                    "contrôle. Si une image de toi a circulé, ce n'est pas ta faute : les "
                    "lignes d'écoute et les services de signalement peuvent t'aider à la "
                    "faire retirer.</p>",
                    "ru": "<p>Никто не имеет права заставлять тебя отправлять интимные "
                    "фотографии, а отправив их, ты теряешь над ними контроль. Если твоё "
                    "изображение распространили, это не твоя вина: телефоны доверия и "
                    "службы приёма жалоб помогут его удалить.</p>",
                    "es": "<p>Nadie tiene derecho a presionarte para que envíes fotos "
                    "íntimas, y una vez enviadas pierdes el control sobre ellas. Si se ha "
                    "difundido una imagen tuya, no es culpa tuya: las líneas de ayuda y los "
                    "servicios de denuncia pueden ayudarte a que la retiren.</p>",
                },
                {
                    "en": "You can always say no.\nSharing someone's intimate image without "
                    "consent is harmful, and in many countries a crime.",
                    "ar": "يمكنك دائمًا أن تقول لا.\nنشر صورة حميمة لشخص دون موافقته "
                    "مؤذٍ، وهو جريمة في بلدان كثيرة.",
                    "zh_hans": "你永远可以说“不”。\n未经同意分享他人的私密图片会造成伤害，"
                    "在许多国家还属于犯罪。",
                    "fr": "Tu as toujours le droit de dire non.\nPartager l'image intime de "
                    "quelqu'un sans son accord fait du mal et, dans de nombreux pays, "
                    "c'est un délit.",
                    "ru": "Ты всегда можешь сказать «нет».\nРаспространять интимные "
                    "изображения человека без его согласия — значит причинять вред, а во "
                    "многих странах это преступление.",
                    "es": "Siempre puedes decir que no.\nCompartir una imagen íntima de "
                    "alguien sin su consentimiento hace daño y en muchos países es un "
                    "delito.",
                },
            ),
            _section(
                "respect-in-relationships",
                ["grooming", "cyberbullying"],
                {
                    "en": "Respect in relationships",
                    "ar": "الاحترام في العلاقات",
                    "zh_hans": "人际关系中的尊重",
                    "fr": "Le respect dans les relations",
                    "ru": "Уважение в отношениях",
                    "es": "Respeto en las relaciones",
                },
                {
                    "en": "<p>A partner or friend who checks your phone, demands your "
                    "passwords or tells you who you may talk to is controlling you, not "
                    "caring for you. Adults who seek a secret, special relationship with a "
                    "young person online are a warning sign too.</p>",
                    "ar": "<p>الشريك أو الصديق الذي يفتّش هاتفك أو يطالب بكلمات مرورك أو "
                    "يحدّد لك من تكلّم يتحكّم بك ولا يهتمّ بك. والكبار الذين يسعون إلى علاقة "
                    "سرية ومميّزة مع شاب أو فتاة على الإنترنت علامة تحذير أيضًا.</p>",
                    "zh_hans": "<p>一个翻看你手机、索要你密码、或者规定你能和谁说话的伴侣或"
                    "朋友，是在控制你，而不是在关心你。在网上试图和青少年建立秘密、特殊关系"
                    "的成年人，同样是危险信号。</p>",
                    "fr": "<p>Un petit ami ou un ami qui fouille ton téléphone, exige tes "
                    "mots de passe ou décide avec qui tu as le droit de parler cherche à te "
                    "contrôler, pas à prendre soin de toi. Un adulte qui cherche en ligne "
                    "une relation secrète et « spéciale » avec un jeune est aussi un signal "
                    "d'alerte.</p>",
                    "ru": "<p>Партнёр или друг, который проверяет твой телефон, требует "
                    "пароли или решает, с кем тебе общаться, не заботится о тебе, а "
                    "контролирует тебя. Взрослый, который ищет в интернете тайных, "
                    "«особенных» отношений с подростком, — тоже тревожный знак.</p>",
                    "es": "<p>Una pareja o un amigo que revisa tu teléfono, te exige las "
                    "contraseñas o decide con quién puedes hablar te está controlando, no "
                    "cuidando. Una persona adulta que busca en internet una relación "
                    "secreta y «especial» con alguien joven también es una señal de "
                    "alarma.</p>",
                },
            ),
            _section(
                "getting-help",
                [],
                {
                    "en": "Getting help and reporting",
                    "ar": "طلب المساعدة والإبلاغ",
                    "zh_hans": "寻求帮助与举报",
                    "fr": "Demander de l'aide et signaler",
                    "ru": "Как получить помощь и пожаловаться",
                    "es": "Pedir ayuda y denunciar",
                },
                {
                    "en": "<p>Every major app has a way to report a post or an account; "
                    "use it. You can also talk to a helpline in confidence, or report "
                    "illegal images to a national hotline. Asking for help is a strong "
                    "thing to do.</p>",
                    "ar": "<p>في كل تطبيق كبير وسيلة للإبلاغ عن منشور أو حساب، فاستخدمها. "
                    "ويمكنك أيضًا التحدّث إلى خط مساعدة بسرية تامة، أو الإبلاغ عن الصور "
                    "غير القانونية لدى خط وطني مخصّص لذلك. طلب المساعدة تصرّف يدلّ على "
                    "القوة.</p>",
                    "zh_hans": "<p>每个主流应用都有举报帖子或账号的功能，请使用它。你也可以"
                    "放心地拨打求助热线倾诉，或向国家举报热线举报非法图片。寻求帮助是勇敢的"
                    "表现。</p>",
                    "fr": "<p>Toutes les grandes applis permettent de signaler une "
                    "publication ou un compte : fais-le. Tu peux aussi parler en toute "
                    "confidentialité à une ligne d'écoute, ou signaler des images illégales "
                    "à une plateforme nationale. Demander de l'aide, c'est faire preuve de "
                    "force.</p>",
                    "ru": "<p>В каждом крупном приложении можно пожаловаться на публикацию "
                    "или аккаунт — пользуйся этим. Можно также конфиденциально поговорить "
                    "с телефоном доверия или сообщить о незаконных изображениях на "
                    "национальную горячую линию. Попросить о помощи — это сильный "
                    "поступок.</p>",
                    "es": "<p>Todas las aplicaciones importantes permiten denunciar una "
                    "publicación o una cuenta: hazlo. También puedes hablar de forma "
                    "confidencial con una línea de ayuda o denunciar imágenes ilegales ante "
                    "una línea nacional de denuncia. Pedir ayuda es una muestra de "
                    "fortaleza.</p>",
                },
            ),
        ],
    },
    # --- Parents, guardians and educators ------------------------------------------------
    {
        "audience": "parents-educators",
        "slug": "growing-up-online",
        "position": 1,
        "age_band": "",
        "edition_date": datetime.date(2024, 2, 6),
        "documents": True,
        "title": {
            "en": "Growing up online: a guide for families and schools",
            "ar": "النشأة في عالم الإنترنت: دليل للأسر والمدارس",
            "zh_hans": "在网络中成长：家庭与学校指南",
            "fr": "Grandir en ligne : un guide pour les familles et les écoles",
            "ru": "Взросление в сети: руководство для семей и школ",
            "es": "Crecer en internet: una guía para familias y escuelas",
        },
        "summary": {
            "en": "Talking, agreeing rules, knowing the risks and acting when something "
            "goes wrong.",
            "ar": "الحوار، والاتفاق على القواعد، ومعرفة المخاطر، والتصرّف عندما يحدث خطأ ما.",
            "zh_hans": "沟通、约定规则、了解风险，以及出现问题时如何应对。",
            "fr": "Dialoguer, fixer des règles ensemble, connaître les risques et réagir "
            "quand quelque chose ne va pas.",
            "ru": "Разговор, общие правила, знание рисков и действия, если что-то пошло не так.",
            "es": "Conversar, acordar normas, conocer los riesgos y actuar cuando algo sale mal.",
        },
        "introduction": {
            "en": "<p>You do not need to be a technology expert to keep a child safe "
            "online. What matters most is a relationship in which the child feels able to "
            "tell you when something goes wrong.</p>",
            "ar": "<p>لا تحتاج إلى أن تكون خبيرًا في التكنولوجيا لتحمي طفلًا على الإنترنت. "
            "الأهمّ هو علاقة يشعر فيها الطفل بأنه يستطيع أن يخبرك حين يحدث خطأ ما.</p>",
            "zh_hans": "<p>保护孩子上网安全，你不必是技术专家。最重要的是建立一种关系，"
            "让孩子在遇到问题时敢于告诉你。</p>",
            "fr": "<p>Pas besoin d'être expert en technologie pour protéger un enfant en "
            "ligne. L'essentiel est une relation dans laquelle l'enfant se sent capable de "
            "vous dire quand quelque chose ne va pas.</p>",
            "ru": "<p>Чтобы защитить ребёнка в интернете, не нужно быть специалистом по "
            "технологиям. Главное — отношения, в которых ребёнок может рассказать вам, "
            "если что-то пошло не так.</p>",
            "es": "<p>No hace falta ser experto en tecnología para proteger a un niño o una "
            "niña en internet. Lo más importante es una relación en la que se sienta capaz "
            "de contarle cuando algo va mal.</p>",
        },
        "sections": [
            _section(
                "start-talking",
                [],
                {
                    "en": "Start the conversation early",
                    "ar": "ابدأوا الحوار مبكرًا",
                    "zh_hans": "尽早开始交流",
                    "fr": "Commencez tôt à en parler",
                    "ru": "Начинайте разговор как можно раньше",
                    "es": "Empiece a conversar pronto",
                },
                {
                    "en": "<p>Ask children what they enjoy online, which games they play "
                    "and who they talk to, with genuine curiosity rather than suspicion. "
                    "Short, regular conversations work better than one big talk. Share "
                    "your own online experiences, including your mistakes.</p>",
                    "ar": "<p>اسألوا الأطفال عمّا يستمتعون به على الإنترنت، وعن الألعاب "
                    "التي يلعبونها ومن يتحدّثون إليه، بفضول صادق لا بريبة. المحادثات القصيرة "
                    "والمنتظمة أنجع من حديث واحد طويل. وشاركوهم تجاربكم على الإنترنت، بما "
                    "فيها أخطاؤكم.</p>",
                    "zh_hans": "<p>带着真诚的好奇而不是怀疑，问问孩子在网上喜欢做什么、"
                    "玩哪些游戏、和谁聊天。简短而经常的交流比一次长谈更有效。也可以分享你"
                    "自己的上网经历，包括你犯过的错误。</p>",
                    "fr": "<p>Demandez aux enfants ce qu'ils aiment faire en ligne, à quels "
                    "jeux ils jouent et avec qui ils parlent, avec une vraie curiosité "
                    "plutôt qu'avec méfiance. De courtes conversations régulières valent "
                    "mieux qu'une grande discussion. Racontez aussi vos propres expériences "
                    "en ligne, erreurs comprises.</p>",
                    "ru": "<p>Спрашивайте детей, что им нравится в интернете, в какие игры "
                    "они играют и с кем общаются, — с искренним интересом, а не с "
                    "подозрением. Короткие регулярные разговоры действеннее одной большой "
                    "беседы. Рассказывайте и о своём опыте в сети, в том числе о своих "
                    "ошибках.</p>",
                    "es": "<p>Pregunte a niñas y niños qué les gusta hacer en internet, a "
                    "qué juegan y con quién hablan, con curiosidad sincera y no con "
                    "desconfianza. Las conversaciones breves y frecuentes funcionan mejor "
                    "que una gran charla. Comparta también sus propias experiencias en "
                    "internet, errores incluidos.</p>",
                },
                {
                    "en": "Be curious, not suspicious.\nTalk little and often.",
                    "ar": "كونوا فضوليين لا مرتابين.\nتحدّثوا قليلًا وكثيرًا.",
                    "zh_hans": "保持好奇，而不是怀疑。\n少量多次地交流。",
                    "fr": "Soyez curieux, pas soupçonneux.\nParlez-en souvent, un peu à la fois.",
                    "ru": "Проявляйте интерес, а не подозрительность.\nГоворите понемногу, "
                    "но часто.",
                    "es": "Curiosidad, no desconfianza.\nConversaciones breves y frecuentes.",
                },
            ),
            _section(
                "family-rules",
                ["privacy"],
                {
                    "en": "Agree on rules together",
                    "ar": "اتفقوا على القواعد معًا",
                    "zh_hans": "一起约定规则",
                    "fr": "Fixez les règles ensemble",
                    "ru": "Договаривайтесь о правилах вместе",
                    "es": "Acuerden las normas juntos",
                },
                {
                    "en": "<p>Rules that children help to write are rules they are more "
                    "likely to keep. Agree where devices are used, at what times, which "
                    "apps are fine and what to do if something goes wrong. Parental "
                    "controls and age ratings help with young children, but they do not "
                    "replace your attention.</p>",
                    "ar": "<p>القواعد التي يشارك الأطفال في وضعها هي القواعد التي يرجَّح أن "
                    "يلتزموا بها. اتفقوا على أماكن استخدام الأجهزة وأوقاتها، والتطبيقات "
                    "المقبولة، وما ينبغي فعله إذا حدث خطأ ما. تساعد أدوات الرقابة الأبوية "
                    "والتصنيفات العمرية مع الأطفال الصغار، لكنها لا تغني عن اهتمامكم.</p>",
                    "zh_hans": "<p>孩子参与制定的规则，他们更愿意遵守。一起商定在哪里、在什么"
                    "时间使用设备，哪些应用可以用，以及出了问题该怎么办。家长控制功能和年龄"
                    "分级对年幼的孩子有帮助，但不能代替你的关注。</p>",
                    "fr": "<p>Les règles que les enfants ont aidé à écrire sont celles "
                    "qu'ils respectent le mieux. Convenez ensemble des lieux et des moments "
                    "où les écrans sont utilisés, des applications autorisées et de ce qu'il "
                    "faut faire en cas de problème. Le contrôle parental et les "
                    "classifications par âge sont utiles avec les plus jeunes, mais ne "
                    "remplacent pas votre attention.</p>",
                    "ru": "<p>Правила, в составлении которых участвовали сами дети, "
                    "соблюдаются охотнее. Договоритесь, где и когда пользоваться "
                    "устройствами, какие приложения допустимы и что делать, если что-то "
                    "пошло не так. Родительский контроль и возрастная маркировка помогают "
                    "с маленькими детьми, но не заменяют вашего внимания.</p>",
                    "es": "<p>Las normas que niñas y niños ayudan a escribir son las que "
                    "más cumplen. Acuerden dónde y cuándo se usan los dispositivos, qué "
                    "aplicaciones están bien y qué hacer si algo sale mal. El control "
                    "parental y las clasificaciones por edad ayudan con los más pequeños, "
                    "pero no sustituyen su atención.</p>",
                },
            ),
            _section(
                "know-the-risks",
                ["grooming", "cyberbullying", "sexting"],
                {
                    "en": "Know the risks without panicking",
                    "ar": "اعرفوا المخاطر دون ذعر",
                    "zh_hans": "了解风险，但不必惊慌",
                    "fr": "Connaître les risques sans paniquer",
                    "ru": "Знайте о рисках, но без паники",
                    "es": "Conozca los riesgos sin alarmarse",
                },
                {
                    "en": "<p>The main risks are contact with adults who seek to abuse "
                    "children (grooming), bullying by other young people, pressure to share "
                    "intimate images, and content that is not suitable for the child's age. "
                    "Signs that something is wrong include secrecy about a device, "
                    "unexplained gifts, and changes in mood or sleep.</p>",
                    "ar": "<p>أبرز المخاطر هي التواصل مع بالغين يسعون إلى استغلال الأطفال "
                    "(الاستدراج)، والتنمّر من أقران آخرين، والضغط لمشاركة صور حميمة، ومحتوى "
                    "لا يناسب عمر الطفل. ومن العلامات التي تدلّ على وجود مشكلة التكتّم على "
                    "جهاز ما، وهدايا لا تفسير لها، وتغيّرات في المزاج أو النوم.</p>",
                    "zh_hans": "<p>主要风险包括：与企图侵害儿童的成年人接触（网络诱骗）、"
                    "来自其他青少年的欺凌、被施压分享私密图片，以及不适合孩子年龄的内容。"
                    "出现问题的迹象包括：对某个设备讳莫如深、来历不明的礼物，以及情绪或睡眠"
                    "的变化。</p>",
                    "fr": "<p>Les principaux risques sont le contact avec des adultes qui "
                    "cherchent à abuser d'enfants (pédopiégeage), le harcèlement par "
                    "d'autres jeunes, la pression pour partager des images intimes et les "
                    "contenus inadaptés à l'âge de l'enfant. Parmi les signes qui doivent "
                    "alerter : le secret autour d'un appareil, des cadeaux inexpliqués, des "
                    "changements d'humeur ou de sommeil.</p>",
                    "ru": "<p>Основные риски — контакт со взрослыми, которые стремятся "
                    "совершить насилие над детьми (груминг), травля со стороны сверстников, "
                    "давление с целью получить интимные фотографии и материалы, не "
                    "подходящие ребёнку по возрасту. Признаки того, что что-то не так: "
                    "скрытность в отношении какого-либо устройства, подарки неизвестного "
                    "происхождения, перемены настроения или сна.</p>",
                    "es": "<p>Los principales riesgos son el contacto con personas adultas "
                    "que buscan abusar de menores (grooming), el acoso por parte de otros "
                    "jóvenes, la presión para compartir imágenes íntimas y los contenidos "
                    "no adecuados a su edad. Algunas señales de alarma son el secretismo "
                    "con un dispositivo, regalos sin explicación y cambios de humor o de "
                    "sueño.</p>",
                },
                {
                    "en": "Watch for secrecy, unexplained gifts and changes in mood.\nMost "
                    "online time is positive: keep risks in proportion.",
                    "ar": "انتبهوا للتكتّم والهدايا غير المبرّرة وتغيّرات المزاج.\nمعظم الوقت "
                    "على الإنترنت إيجابي: ضعوا المخاطر في حجمها الحقيقي.",
                    "zh_hans": "留意孩子的隐瞒、来历不明的礼物和情绪变化。\n大部分上网时间"
                    "是积极的：要客观看待风险。",
                    "fr": "Soyez attentif au secret, aux cadeaux inexpliqués et aux "
                    "changements d'humeur.\nLa plupart du temps passé en ligne est positif : "
                    "gardez le sens de la mesure.",
                    "ru": "Обращайте внимание на скрытность, непонятные подарки и перемены "
                    "настроения.\nБольшая часть времени в сети проходит с пользой: "
                    "оценивайте риски соразмерно.",
                    "es": "Preste atención al secretismo, los regalos sin explicación y los "
                    "cambios de humor.\nLa mayor parte del tiempo en internet es positivo: "
                    "valore los riesgos en su justa medida.",
                },
            ),
            _section(
                "when-something-goes-wrong",
                ["cyberbullying", "grooming"],
                {
                    "en": "When something goes wrong",
                    "ar": "عندما يحدث خطأ ما",
                    "zh_hans": "出现问题时",
                    "fr": "Quand quelque chose ne va pas",
                    "ru": "Если что-то случилось",
                    "es": "Cuando algo sale mal",
                },
                {
                    "en": "<p>Stay calm and thank the child for telling you. Do not take "
                    "the device away as a punishment: it teaches children to stay silent. "
                    "Keep evidence, use the reporting tools of the service, contact the "
                    "school if other pupils are involved, and contact the police or a "
                    "hotline if a crime may have been committed.</p>",
                    "ar": "<p>حافظوا على هدوئكم واشكروا الطفل لأنه أخبركم. لا تصادروا "
                    "الجهاز عقابًا له، فذلك يعلّم الأطفال الصمت. احتفظوا بالأدلة، واستخدموا "
                    "أدوات الإبلاغ في الخدمة، وتواصلوا مع المدرسة إذا كان تلاميذ آخرون "
                    "معنيين، واتصلوا بالشرطة أو بخط إبلاغ إذا كان من المحتمل أن جريمة قد "
                    "ارتُكبت.</p>",
                    "zh_hans": "<p>保持冷静，感谢孩子告诉你。不要把没收设备当作惩罚：那只会"
                    "让孩子学会沉默。保存证据，使用该服务的举报工具；如果涉及其他学生，请联系"
                    "学校；如果可能涉及犯罪，请联系警方或举报热线。</p>",
                    "fr": "<p>Restez calme et remerciez l'enfant de vous en avoir parlé. Ne "
                    "lui confisquez pas l'appareil pour le punir : cela apprend aux enfants "
                    "à se taire. Conservez les preuves, utilisez les outils de signalement "
                    "du service, prévenez l'école si d'autres élèves sont en cause et "
                    "contactez la police ou une plateforme de signalement si une infraction "
                    "a pu être commise.</p>",
                    "ru": "<p>Сохраняйте спокойствие и поблагодарите ребёнка за то, что он "
                    "вам рассказал. Не отбирайте устройство в наказание: так дети учатся "
                    "молчать. Сохраните доказательства, воспользуйтесь инструментами "
                    "жалобы в самом сервисе, свяжитесь со школой, если замешаны другие "
                    "ученики, и обратитесь в полицию или на горячую линию, если могло быть "
                    "совершено преступление.</p>",
                    "es": "<p>Mantenga la calma y agradezca al niño o la niña que se lo haya "
                    "contado. No le quite el dispositivo como castigo: así aprenden a "
                    "callar. Guarde las pruebas, use las herramientas de denuncia del "
                    "servicio, avise a la escuela si hay otros alumnos implicados y acuda a "
                    "la policía o a una línea de denuncia si puede haberse cometido un "
                    "delito.</p>",
                },
                {
                    "en": "Stay calm and listen.\nKeep evidence and report.",
                    "ar": "حافظوا على هدوئكم واستمعوا.\nاحتفظوا بالأدلة وأبلغوا.",
                    "zh_hans": "保持冷静，认真倾听。\n保存证据并举报。",
                    "fr": "Restez calme et écoutez.\nConservez les preuves et signalez.",
                    "ru": "Сохраняйте спокойствие и выслушайте.\nСохраните доказательства и "
                    "сообщите.",
                    "es": "Mantenga la calma y escuche.\nGuarde las pruebas y denuncie.",
                },
            ),
        ],
    },
    # --- Industry (deliberately without Russian and Spanish) -------------------------------
    {
        "audience": "industry",
        "slug": "child-safety-by-design",
        "position": 1,
        "age_band": "",
        "edition_date": datetime.date(2023, 11, 20),
        "documents": False,
        "title": {
            "en": "Child safety by design",
            "ar": "سلامة الأطفال منذ التصميم",
            "zh_hans": "从设计入手保障儿童安全",
            "fr": "La sécurité des enfants dès la conception",
        },
        "summary": {
            "en": "Design, privacy, reporting and cooperation for online services.",
            "ar": "التصميم والخصوصية والإبلاغ والتعاون في الخدمات الإلكترونية.",
            "zh_hans": "网络服务的设计、隐私、举报与合作。",
            "fr": "Conception, vie privée, signalement et coopération pour les services en ligne.",
        },
        "introduction": {
            "en": "<p>Safety added after launch is expensive and incomplete. Building it in "
            "from the start protects children and the company's users as a whole.</p>",
            "ar": "<p>السلامة التي تضاف بعد الإطلاق مكلفة وناقصة. أمّا بناؤها منذ البداية "
            "فيحمي الأطفال وجميع مستخدمي الشركة.</p>",
            "zh_hans": "<p>产品上线后再补充的安全措施成本高且不完整。从一开始就纳入安全设计，"
            "才能保护儿童以及企业的全体用户。</p>",
            "fr": "<p>La sécurité ajoutée après le lancement coûte cher et reste incomplète. "
            "L'intégrer dès le départ protège les enfants et l'ensemble des utilisateurs.</p>",
        },
        "sections": [
            _section(
                "safety-by-design",
                ["grooming"],
                {
                    "en": "Assess the risks before launch",
                    "ar": "قيّموا المخاطر قبل الإطلاق",
                    "zh_hans": "上线前评估风险",
                    "fr": "Évaluer les risques avant le lancement",
                },
                {
                    "en": "<p>Ask early whether children are likely to use the service, "
                    "even if it is not meant for them. Assess how features such as direct "
                    "messages, live streaming and friend suggestions could be misused, and "
                    "record what you decided.</p>",
                    "ar": "<p>اسألوا مبكرًا هل يُرجَّح أن يستخدم الأطفال الخدمة، حتى لو لم "
                    "تكن موجّهة إليهم. قيّموا كيف يمكن إساءة استخدام ميزات مثل الرسائل "
                    "المباشرة والبثّ الحيّ واقتراحات الأصدقاء، ودوّنوا ما قرّرتموه.</p>",
                    "zh_hans": "<p>尽早考虑儿童是否可能使用该服务，即使它并非为儿童设计。评估"
                    "私信、直播、好友推荐等功能可能被如何滥用，并记录你们的决定。</p>",
                    "fr": "<p>Demandez-vous tôt si des enfants risquent d'utiliser le "
                    "service, même s'il ne leur est pas destiné. Évaluez comment des "
                    "fonctions comme les messages privés, la diffusion en direct ou les "
                    "suggestions d'amis pourraient être détournées, et consignez vos "
                    "décisions.</p>",
                },
            ),
            _section(
                "privacy-by-default",
                ["privacy"],
                {
                    "en": "Private by default for young users",
                    "ar": "الخصوصية افتراضيًا للمستخدمين الصغار",
                    "zh_hans": "对年轻用户默认开启隐私保护",
                    "fr": "Privé par défaut pour les jeunes utilisateurs",
                },
                {
                    "en": "<p>Accounts of young users should start with the most "
                    "protective settings: private profiles, location off, and messages only "
                    "from approved contacts. Collect only the data the service needs, and "
                    "explain it in words a child understands.</p>",
                    "ar": "<p>ينبغي أن تبدأ حسابات المستخدمين الصغار بأكثر الإعدادات حماية: "
                    "ملفات شخصية خاصة، وموقع متوقّف، ورسائل من جهات اتصال موافَق عليها فقط. "
                    "اجمعوا البيانات التي تحتاجها الخدمة فقط، واشرحوا ذلك بكلمات يفهمها "
                    "الطفل.</p>",
                    "zh_hans": "<p>年轻用户的账号应从保护程度最高的设置开始：个人资料不公开、"
                    "关闭位置、只接收已批准联系人的消息。只收集服务所需的数据，并用孩子能"
                    "听懂的话加以说明。</p>",
                    "fr": "<p>Les comptes des jeunes utilisateurs devraient démarrer avec "
                    "les réglages les plus protecteurs : profil privé, localisation "
                    "désactivée et messages des seuls contacts approuvés. Ne collectez que "
                    "les données nécessaires au service et expliquez-le avec des mots "
                    "qu'un enfant comprend.</p>",
                },
            ),
            _section(
                "reporting-and-response",
                ["cyberbullying", "sexting"],
                {
                    "en": "Make reporting easy and act on it",
                    "ar": "سهّلوا الإبلاغ وتصرّفوا بناءً عليه",
                    "zh_hans": "让举报简单易行，并及时处理",
                    "fr": "Faciliter le signalement et y donner suite",
                },
                {
                    "en": "<p>A report button should be visible, work in the user's "
                    "language and lead to a person who decides quickly. Tell the reporter "
                    "what happened. Remove child sexual abuse material as soon as it is "
                    "found and report it to the competent authorities.</p>",
                    "ar": "<p>ينبغي أن يكون زرّ الإبلاغ ظاهرًا، وأن يعمل بلغة المستخدم، وأن "
                    "يوصل إلى شخص يتّخذ قراره بسرعة. أخبروا المبلِّغ بما جرى. أزيلوا مواد "
                    "الاعتداء الجنسي على الأطفال فور العثور عليها، وأبلغوا عنها السلطات "
                    "المختصّة.</p>",
                    "zh_hans": "<p>举报按钮应当醒目，支持用户的语言，并由专人迅速处理。要告知"
                    "举报人处理结果。一经发现儿童性虐待材料，应立即删除并向主管机关报告。</p>",
                    "fr": "<p>Le bouton de signalement doit être visible, fonctionner dans "
                    "la langue de l'utilisateur et aboutir à une personne qui décide "
                    "rapidement. Informez l'auteur du signalement de la suite donnée. "
                    "Retirez les contenus d'abus sexuels sur enfants dès qu'ils sont "
                    "découverts et signalez-les aux autorités compétentes.</p>",
                },
            ),
            _section(
                "working-with-others",
                [],
                {
                    "en": "Work with others",
                    "ar": "اعملوا مع الآخرين",
                    "zh_hans": "与各方合作",
                    "fr": "Travailler avec les autres",
                },
                {
                    "en": "<p>No company can tackle abuse alone. Share known abuse images "
                    "through industry hash lists, support national hotlines and helplines, "
                    "cooperate with law enforcement within the law, and publish regular "
                    "transparency reports.</p>",
                    "ar": "<p>لا تستطيع أي شركة مواجهة الاستغلال وحدها. تبادلوا بصمات صور "
                    "الاعتداء المعروفة عبر القوائم المشتركة في القطاع، وادعموا الخطوط "
                    "الوطنية للإبلاغ وخطوط المساعدة، وتعاونوا مع جهات إنفاذ القانون في حدود "
                    "القانون، وانشروا تقارير شفافية منتظمة.</p>",
                    "zh_hans": "<p>没有哪家企业能够单独应对侵害问题。通过行业共享的哈希列表"
                    "交换已知的侵害图片信息，支持国家举报热线和求助热线，在法律框架内与执法"
                    "部门合作，并定期发布透明度报告。</p>",
                    "fr": "<p>Aucune entreprise ne peut lutter seule contre les abus. "
                    "Partagez les empreintes des images d'abus connues grâce aux listes "
                    "communes du secteur, soutenez les plateformes de signalement et les "
                    "lignes d'écoute nationales, coopérez avec les forces de l'ordre dans "
                    "le cadre de la loi et publiez régulièrement des rapports de "
                    "transparence.</p>",
                },
            ),
        ],
    },
    # --- Policy makers --------------------------------------------------------------------
    {
        "audience": "policy-makers",
        "slug": "national-strategy",
        "position": 1,
        "age_band": "",
        "edition_date": datetime.date(2023, 11, 20),
        "documents": True,
        "title": {
            "en": "Building a national strategy",
            "ar": "بناء استراتيجية وطنية",
            "zh_hans": "制定国家战略",
            "fr": "Construire une stratégie nationale",
            "ru": "Разработка национальной стратегии",
            "es": "Construir una estrategia nacional",
        },
        "summary": {
            "en": "Law, help and reporting services, education and international cooperation.",
            "ar": "التشريعات، وخدمات المساعدة والإبلاغ، والتعليم، والتعاون الدولي.",
            "zh_hans": "法律、援助与举报服务、教育以及国际合作。",
            "fr": "Législation, services d'aide et de signalement, éducation et coopération "
            "internationale.",
            "ru": "Законодательство, службы помощи и приёма сообщений, образование и "
            "международное сотрудничество.",
            "es": "Legislación, servicios de ayuda y denuncia, educación y cooperación "
            "internacional.",
        },
        "introduction": {
            "en": "<p>A national strategy works when one body coordinates it and every "
            "stakeholder has a part: ministries, regulators, industry, schools, civil "
            "society and children themselves.</p>",
            "ar": "<p>تنجح الاستراتيجية الوطنية حين تنسّقها جهة واحدة ويكون لكل طرف معنيّ دور "
            "فيها: الوزارات والهيئات التنظيمية وقطاع الصناعة والمدارس والمجتمع المدني والأطفال "
            "أنفسهم.</p>",
            "zh_hans": "<p>一项国家战略要想奏效，需要由一个机构统筹协调，并让每个利益相关方"
            "各司其职：政府部门、监管机构、业界、学校、民间社会以及儿童自身。</p>",
            "fr": "<p>Une stratégie nationale fonctionne lorsqu'un organisme la coordonne et "
            "que chaque acteur y joue son rôle : ministères, régulateurs, entreprises, "
            "écoles, société civile et les enfants eux-mêmes.</p>",
            "ru": "<p>Национальная стратегия работает, когда её координирует один орган, а "
            "у каждой заинтересованной стороны есть своя роль: у министерств, регуляторов, "
            "бизнеса, школ, гражданского общества и самих детей.</p>",
            "es": "<p>Una estrategia nacional funciona cuando la coordina un solo organismo "
            "y cada actor tiene su papel: ministerios, reguladores, empresas, escuelas, "
            "sociedad civil y los propios niños, niñas y adolescentes.</p>",
        },
        "sections": [
            _section(
                "legal-framework",
                ["grooming", "sexting"],
                {
                    "en": "A clear legal framework",
                    "ar": "إطار قانوني واضح",
                    "zh_hans": "清晰的法律框架",
                    "fr": "Un cadre juridique clair",
                    "ru": "Чёткая правовая база",
                    "es": "Un marco jurídico claro",
                },
                {
                    "en": "<p>The law should define child sexual abuse material and make "
                    "its production, possession and distribution offences, criminalise "
                    "grooming, and avoid treating children who share images of themselves "
                    "as offenders. It should also set out the duties of service "
                    "providers.</p>",
                    "ar": "<p>ينبغي أن يعرّف القانون مواد الاعتداء الجنسي على الأطفال وأن "
                    "يجرّم إنتاجها وحيازتها وتوزيعها، وأن يجرّم الاستدراج، وألّا يعامل "
                    "الأطفال الذين يشاركون صورًا لأنفسهم معاملة الجناة. كما ينبغي أن يحدّد "
                    "واجبات مقدّمي الخدمات.</p>",
                    "zh_hans": "<p>法律应当界定儿童性虐待材料，将其制作、持有和传播定为犯罪，"
                    "将网络诱骗入罪，同时避免把分享自己图片的儿童当作罪犯对待。法律还应规定"
                    "服务提供商的义务。</p>",
                    "fr": "<p>La loi doit définir les contenus d'abus sexuels sur enfants "
                    "et en incriminer la production, la détention et la diffusion, "
                    "réprimer le pédopiégeage, et éviter de traiter en délinquants les "
                    "enfants qui partagent des images d'eux-mêmes. Elle doit aussi fixer "
                    "les obligations des fournisseurs de services.</p>",
                    "ru": "<p>Закон должен давать определение материалов сексуального "
                    "насилия над детьми и устанавливать ответственность за их "
                    "изготовление, хранение и распространение, криминализировать груминг "
                    "и не относиться к детям, которые делятся собственными изображениями, "
                    "как к правонарушителям. Он также должен определять обязанности "
                    "поставщиков услуг.</p>",
                    "es": "<p>La ley debe definir el material de abuso sexual infantil y "
                    "tipificar como delito su producción, posesión y distribución, "
                    "penalizar el grooming y evitar tratar como delincuentes a los menores "
                    "que comparten imágenes de sí mismos. También debe establecer las "
                    "obligaciones de los proveedores de servicios.</p>",
                },
            ),
            _section(
                "help-and-reporting",
                [],
                {
                    "en": "Helplines and hotlines",
                    "ar": "خطوط المساعدة وخطوط الإبلاغ",
                    "zh_hans": "求助热线与举报热线",
                    "fr": "Lignes d'écoute et plateformes de signalement",
                    "ru": "Телефоны доверия и горячие линии",
                    "es": "Líneas de ayuda y líneas de denuncia",
                },
                {
                    "en": "<p>Every country needs a free child helpline that children know "
                    "about, and a hotline where the public can report illegal content "
                    "online. Both need lasting funding, trained staff, and agreed ways of "
                    "passing cases to the police, social services and industry.</p>",
                    "ar": "<p>يحتاج كل بلد إلى خط مساعدة مجاني للأطفال يعرفونه، وإلى خط "
                    "إبلاغ يستطيع فيه الجمهور الإبلاغ عن المحتوى غير القانوني على الإنترنت. "
                    "ويحتاج الاثنان إلى تمويل مستدام وموظفين مدرَّبين وإجراءات متّفق عليها "
                    "لإحالة الحالات إلى الشرطة والخدمات الاجتماعية وقطاع الصناعة.</p>",
                    "zh_hans": "<p>每个国家都需要一条儿童熟知的免费儿童求助热线，以及一条供"
                    "公众举报网上非法内容的举报热线。两者都需要长期稳定的经费、训练有素的"
                    "工作人员，以及向警方、社会服务机构和业界移交案件的既定机制。</p>",
                    "fr": "<p>Chaque pays a besoin d'une ligne d'écoute gratuite pour les "
                    "enfants, connue d'eux, et d'une plateforme où le public peut signaler "
                    "les contenus illégaux en ligne. Toutes deux ont besoin d'un "
                    "financement durable, d'un personnel formé et de procédures convenues "
                    "pour transmettre les cas à la police, aux services sociaux et aux "
                    "entreprises.</p>",
                    "ru": "<p>Каждой стране нужен бесплатный детский телефон доверия, о "
                    "котором знают дети, и горячая линия, куда любой может сообщить о "
                    "незаконном контенте в интернете. Обеим службам необходимы устойчивое "
                    "финансирование, обученный персонал и согласованный порядок передачи "
                    "случаев полиции, социальным службам и компаниям.</p>",
                    "es": "<p>Todos los países necesitan una línea de ayuda gratuita para "
                    "la infancia que niñas y niños conozcan, y una línea de denuncia donde "
                    "el público pueda informar de contenidos ilegales en internet. Ambas "
                    "necesitan financiación estable, personal formado y procedimientos "
                    "acordados para derivar los casos a la policía, los servicios sociales "
                    "y las empresas.</p>",
                },
            ),
            _section(
                "education-and-awareness",
                ["privacy", "online-reputation"],
                {
                    "en": "Education and awareness",
                    "ar": "التعليم والتوعية",
                    "zh_hans": "教育与宣传",
                    "fr": "Éducation et sensibilisation",
                    "ru": "Образование и информирование",
                    "es": "Educación y sensibilización",
                },
                {
                    "en": "<p>Digital safety belongs in the school curriculum from the "
                    "first years, taught by teachers who have been trained for it. "
                    "Campaigns for parents work best when they are practical, positive and "
                    "available in the languages people speak at home.</p>",
                    "ar": "<p>مكان السلامة الرقمية في المناهج الدراسية منذ السنوات الأولى، "
                    "على أيدي معلّمين مدرَّبين على ذلك. وتنجح حملات التوعية الموجّهة إلى "
                    "الأهل أكثر حين تكون عملية وإيجابية ومتاحة باللغات التي يتحدّثها الناس "
                    "في بيوتهم.</p>",
                    "zh_hans": "<p>数字安全应从低年级起纳入学校课程，并由受过专门培训的教师"
                    "讲授。面向家长的宣传活动，只有切实可行、积极正面，并使用人们在家中所说的"
                    "语言，效果才最好。</p>",
                    "fr": "<p>La sécurité numérique a sa place dans les programmes scolaires "
                    "dès les premières années, enseignée par des enseignants formés pour "
                    "cela. Les campagnes destinées aux parents fonctionnent le mieux "
                    "lorsqu'elles sont concrètes, positives et disponibles dans les langues "
                    "parlées à la maison.</p>",
                    "ru": "<p>Цифровая безопасность должна входить в школьную программу с "
                    "первых классов, а вести её должны подготовленные учителя. Кампании "
                    "для родителей действуют лучше всего, когда они практичны, "
                    "доброжелательны и доступны на тех языках, на которых люди говорят "
                    "дома.</p>",
                    "es": "<p>La seguridad digital debe formar parte del plan de estudios "
                    "desde los primeros cursos, impartida por docentes con formación para "
                    "ello. Las campañas dirigidas a las familias funcionan mejor cuando son "
                    "prácticas, positivas y están disponibles en los idiomas que se hablan "
                    "en casa.</p>",
                },
            ),
            _section(
                "international-cooperation",
                [],
                {
                    "en": "International cooperation",
                    "ar": "التعاون الدولي",
                    "zh_hans": "国际合作",
                    "fr": "Coopération internationale",
                    "ru": "Международное сотрудничество",
                    "es": "Cooperación internacional",
                },
                {
                    "en": "<p>Offenders, servers and victims are often in different "
                    "countries. Join international networks of hotlines and police, agree "
                    "on how evidence is shared, and measure progress with indicators that "
                    "allow countries to compare their results.</p>",
                    "ar": "<p>كثيرًا ما يكون الجناة والخوادم والضحايا في بلدان مختلفة. "
                    "انضمّوا إلى الشبكات الدولية لخطوط الإبلاغ والشرطة، واتفقوا على طريقة "
                    "تبادل الأدلة، وقيسوا التقدّم بمؤشرات تتيح للبلدان مقارنة نتائجها.</p>",
                    "zh_hans": "<p>犯罪者、服务器和受害者往往身处不同国家。应加入国际举报热线"
                    "和警务网络，就证据共享方式达成一致，并用可供各国比较结果的指标来衡量"
                    "进展。</p>",
                    "fr": "<p>Les auteurs, les serveurs et les victimes se trouvent souvent "
                    "dans des pays différents. Rejoignez les réseaux internationaux de "
                    "plateformes de signalement et de police, convenez des modalités "
                    "d'échange des preuves et mesurez les progrès au moyen d'indicateurs "
                    "qui permettent aux pays de comparer leurs résultats.</p>",
                    "ru": "<p>Преступники, серверы и пострадавшие часто находятся в разных "
                    "странах. Вступайте в международные сети горячих линий и полиции, "
                    "договаривайтесь о порядке обмена доказательствами и оценивайте "
                    "прогресс по показателям, позволяющим странам сравнивать свои "
                    "результаты.</p>",
                    "es": "<p>Los agresores, los servidores y las víctimas suelen estar en "
                    "países distintos. Súmense a las redes internacionales de líneas de "
                    "denuncia y de policía, acuerden cómo se comparten las pruebas y midan "
                    "los avances con indicadores que permitan a los países comparar sus "
                    "resultados.</p>",
                },
            ),
        ],
    },
]

# Projects and initiatives, after the four link lists of the initiative's original home
# page (policy, industry, educators, children). Descriptions are ours.
RESOURCES = [
    {
        "audience": "policy-makers",
        "url": "https://www.itu.int/",
        "topics": [],
        "title": {
            "en": "Statistical framework and indicators for child online protection",
            "ar": "الإطار الإحصائي ومؤشرات حماية الأطفال على الإنترنت",
            "zh_hans": "儿童在线保护统计框架与指标",
            "fr": "Cadre statistique et indicateurs de la protection des enfants en ligne",
            "ru": "Статистическая основа и показатели защиты детей в интернете",
            "es": "Marco estadístico e indicadores de protección de la infancia en línea",
        },
        "description": {
            "en": "A first attempt to measure child online protection in ways that allow "
            "countries to compare their situation.",
            "ar": "أول محاولة لقياس حماية الأطفال على الإنترنت بطرق تتيح للبلدان مقارنة أوضاعها.",
            "zh_hans": "首次尝试以便于各国相互比较的方式衡量儿童在线保护状况。",
            "fr": "Une première tentative de mesurer la protection des enfants en ligne de "
            "façon à permettre aux pays de comparer leur situation.",
            "ru": "Первая попытка измерить уровень защиты детей в интернете так, чтобы "
            "страны могли сравнивать своё положение.",
            "es": "Un primer intento de medir la protección de la infancia en línea de modo "
            "que los países puedan comparar su situación.",
        },
        "organisation": {
            "en": "International Telecommunication Union (ITU)",
            "ar": "الاتحاد الدولي للاتصالات",
            "zh_hans": "国际电信联盟",
            "fr": "Union internationale des télécommunications (UIT)",
            "ru": "Международный союз электросвязи (МСЭ)",
            "es": "Unión Internacional de Telecomunicaciones (UIT)",
        },
    },
    {
        "audience": "policy-makers",
        "url": "https://www.unicef.org/",
        "topics": ["privacy"],
        "title": {
            "en": "Child safety online: global challenges and strategies",
            "ar": "سلامة الأطفال على الإنترنت: التحديات والاستراتيجيات العالمية",
            "zh_hans": "儿童网络安全：全球挑战与战略",
            "fr": "La sécurité des enfants en ligne : défis et stratégies à l'échelle mondiale",
            "ru": "Безопасность детей в интернете: глобальные вызовы и стратегии",
            "es": "La seguridad de la infancia en línea: retos y estrategias mundiales",
        },
        "description": {
            "en": "A research report on how countries in every region respond to the risks "
            "children meet online.",
            "ar": "تقرير بحثي عن كيفية تصدّي البلدان في كل المناطق للمخاطر التي يواجهها "
            "الأطفال على الإنترنت.",
            "zh_hans": "一份研究报告，介绍各地区国家如何应对儿童在网上面临的风险。",
            "fr": "Un rapport de recherche sur la manière dont les pays de toutes les régions "
            "répondent aux risques que les enfants rencontrent en ligne.",
            "ru": "Исследование о том, как страны всех регионов реагируют на риски, с "
            "которыми дети сталкиваются в интернете.",
            "es": "Un informe de investigación sobre cómo responden los países de todas las "
            "regiones a los riesgos que la infancia encuentra en internet.",
        },
        "partner": "unicef",
        "organisation": {
            "en": "UNICEF",
            "ar": "اليونيسف",
            "zh_hans": "联合国儿童基金会",
            "fr": "UNICEF",
            "ru": "ЮНИСЕФ",
            "es": "UNICEF",
        },
    },
    {
        "audience": "industry",
        "url": "https://www.iwf.org.uk/",
        "topics": ["sexting"],
        "title": {
            "en": "Finding and removing child sexual abuse images",
            "ar": "رصد صور الاعتداء الجنسي على الأطفال وإزالتها",
            "zh_hans": "发现并删除儿童性虐待图片",
            "fr": "Repérer et retirer les images d'abus sexuels sur enfants",
            "ru": "Поиск и удаление изображений сексуального насилия над детьми",
            "es": "Detectar y retirar imágenes de abuso sexual infantil",
        },
        "description": {
            "en": "Lists of known abuse images and web addresses that companies can use to "
            "block and remove them from their services.",
            "ar": "قوائم بصور الاعتداء المعروفة وعناوين المواقع، تستطيع الشركات استخدامها "
            "لحجبها وإزالتها من خدماتها.",
            "zh_hans": "已知侵害图片和网址的清单，企业可据此在其服务中屏蔽和删除相关内容。",
            "fr": "Des listes d'images d'abus connues et d'adresses web que les entreprises "
            "peuvent utiliser pour les bloquer et les retirer de leurs services.",
            "ru": "Списки известных изображений насилия и веб-адресов, с помощью которых "
            "компании могут блокировать и удалять их из своих сервисов.",
            "es": "Listas de imágenes de abuso conocidas y de direcciones web que las "
            "empresas pueden usar para bloquearlas y retirarlas de sus servicios.",
        },
        "partner": "iwf",
        "organisation": {
            "en": "Internet Watch Foundation (IWF)",
            "ar": "مؤسسة مراقبة الإنترنت (IWF)",
            "zh_hans": "互联网观察基金会（IWF）",
            "fr": "Internet Watch Foundation (IWF)",
            "ru": "Internet Watch Foundation (IWF)",
            "es": "Internet Watch Foundation (IWF)",
        },
    },
    {
        "audience": "industry",
        "url": "https://www.gsma.com/",
        "topics": ["privacy"],
        "title": {
            "en": "Children's use of mobile phones: an international comparison",
            "ar": "استخدام الأطفال للهواتف المحمولة: مقارنة دولية",
            "zh_hans": "儿童手机使用情况国际比较",
            "fr": "L'usage du téléphone mobile par les enfants : une comparaison internationale",
            "ru": "Как дети пользуются мобильными телефонами: международное сравнение",
            "es": "El uso del teléfono móvil por niñas y niños: una comparación internacional",
        },
        "description": {
            "en": "Survey results that help operators and handset makers understand how "
            "children really use their phones.",
            "ar": "نتائج استطلاع تساعد المشغّلين ومصنّعي الهواتف على فهم كيفية استخدام "
            "الأطفال لهواتفهم فعلًا.",
            "zh_hans": "调查结果帮助运营商和手机制造商了解儿童实际如何使用手机。",
            "fr": "Des résultats d'enquête qui aident les opérateurs et les fabricants à "
            "comprendre comment les enfants utilisent réellement leur téléphone.",
            "ru": "Результаты опроса, которые помогают операторам и производителям "
            "телефонов понять, как дети на самом деле пользуются телефонами.",
            "es": "Resultados de una encuesta que ayudan a operadores y fabricantes a "
            "entender cómo usan realmente los niños y niñas sus teléfonos.",
        },
        "partner": "gsma",
        "organisation": {
            "en": "GSM Association (GSMA)",
            "ar": "رابطة GSM (GSMA)",
            "zh_hans": "全球移动通信系统协会（GSMA）",
            "fr": "GSM Association (GSMA)",
            "ru": "Ассоциация GSM (GSMA)",
            "es": "Asociación GSM (GSMA)",
        },
    },
    {
        "audience": "parents-educators",
        "url": "https://www.betterinternetforkids.eu/",
        "topics": ["cyberbullying", "online-reputation"],
        "title": {
            "en": "Awareness centres and Safer Internet Day",
            "ar": "مراكز التوعية ويوم الإنترنت الأكثر أمانًا",
            "zh_hans": "宣传中心与“更安全互联网日”",
            "fr": "Centres de sensibilisation et Journée pour un internet plus sûr",
            "ru": "Информационные центры и День безопасного интернета",
            "es": "Centros de sensibilización y Día de Internet Segura",
        },
        "description": {
            "en": "A network of national centres offering lesson plans, advice for parents "
            "and a yearly day of action in schools.",
            "ar": "شبكة من المراكز الوطنية تقدّم خططًا للدروس ونصائح للأهل ويوم عمل سنويًا في "
            "المدارس.",
            "zh_hans": "由各国中心组成的网络，提供教案、家长建议，并每年在学校举办一天的活动。",
            "fr": "Un réseau de centres nationaux qui proposent des séquences pédagogiques, "
            "des conseils aux parents et une journée d'action annuelle dans les écoles.",
            "ru": "Сеть национальных центров, которые предлагают планы уроков, советы "
            "родителям и ежегодный день действий в школах.",
            "es": "Una red de centros nacionales que ofrece planes de clase, consejos para "
            "las familias y una jornada anual de actividades en las escuelas.",
        },
        "partner": "insafe",
        "organisation": {
            "en": "Insafe",
            "ar": "Insafe",
            "zh_hans": "Insafe",
            "fr": "Insafe",
            "ru": "Insafe",
            "es": "Insafe",
        },
    },
    {
        "audience": "parents-educators",
        "url": "https://www.fosi.org/",
        "topics": ["privacy"],
        "title": {
            "en": "Good digital parenting",
            "ar": "التربية الرقمية الجيدة",
            "zh_hans": "做好数字时代的家长",
            "fr": "Bien accompagner ses enfants dans le numérique",
            "ru": "Разумное цифровое воспитание",
            "es": "Crianza digital positiva",
        },
        "description": {
            "en": "Practical tips, conversation starters and family agreements for raising "
            "children in a connected world.",
            "ar": "نصائح عملية ومداخل للحوار واتفاقات عائلية لتربية الأطفال في عالم متّصل.",
            "zh_hans": "在互联时代养育孩子的实用建议、开启对话的话题和家庭约定。",
            "fr": "Des conseils pratiques, des idées pour lancer la conversation et des "
            "chartes familiales pour élever des enfants dans un monde connecté.",
            "ru": "Практические советы, темы для разговора и семейные договорённости для "
            "воспитания детей в мире, где всё связано с интернетом.",
            "es": "Consejos prácticos, ideas para iniciar la conversación y acuerdos "
            "familiares para criar en un mundo conectado.",
        },
        "partner": "fosi",
        "organisation": {
            "en": "Family Online Safety Institute (FOSI)",
            "ar": "معهد سلامة الأسرة على الإنترنت (FOSI)",
            "zh_hans": "家庭网络安全研究所（FOSI）",
            "fr": "Family Online Safety Institute (FOSI)",
            "ru": "Институт семейной онлайн-безопасности (FOSI)",
            "es": "Family Online Safety Institute (FOSI)",
        },
    },
    {
        "audience": "children",
        "url": "https://childhelplineinternational.org/",
        "topics": ["cyberbullying", "grooming"],
        "title": {
            "en": "Child helplines around the world",
            "ar": "خطوط مساعدة الأطفال حول العالم",
            "zh_hans": "世界各地的儿童求助热线",
            "fr": "Des lignes d'écoute pour les enfants partout dans le monde",
            "ru": "Детские телефоны доверия по всему миру",
            "es": "Líneas de ayuda a la infancia en todo el mundo",
        },
        "description": {
            "en": "Find a free, confidential helpline in your country where someone will "
            "listen to you.",
            "ar": "اعثر على خط مساعدة مجاني وسرّي في بلدك، حيث يوجد من يستمع إليك.",
            "zh_hans": "找到你所在国家的免费、保密求助热线，那里有人会倾听你。",
            "fr": "Trouve une ligne d'écoute gratuite et confidentielle dans ton pays, où "
            "quelqu'un t'écoutera.",
            "ru": "Найди в своей стране бесплатный и анонимный телефон доверия, где тебя "
            "выслушают.",
            "es": "Encuentra en tu país una línea de ayuda gratuita y confidencial donde "
            "alguien te escuchará.",
        },
        "partner": "child-helpline-international",
        "organisation": {
            "en": "Child Helpline International",
            "ar": "Child Helpline International",
            "zh_hans": "国际儿童求助热线组织",
            "fr": "Child Helpline International",
            "ru": "Child Helpline International",
            "es": "Child Helpline International",
        },
    },
    {
        "audience": "children",
        "url": "https://www.wisekids.org.uk/",
        "topics": ["online-reputation", "self-exposure"],
        "title": {
            "en": "Young people talking about life online",
            "ar": "شباب يتحدّثون عن الحياة على الإنترنت",
            "zh_hans": "年轻人畅谈网络生活",
            "fr": "Des jeunes parlent de la vie en ligne",
            "ru": "Молодёжь о жизни в интернете",
            "es": "Jóvenes que hablan de la vida en internet",
        },
        "description": {
            "en": "Workshops and youth discussions on cyberbullying, grooming, sexting and "
            "online reputation, led with young people.",
            "ar": "ورش عمل ونقاشات شبابية عن التنمّر الإلكتروني والاستدراج وتبادل الصور "
            "الجنسية والسمعة على الإنترنت، يقودها الشباب أنفسهم.",
            "zh_hans": "与年轻人一起开展的工作坊和青年讨论，主题包括网络欺凌、网络诱骗、"
            "色情短信和网络声誉。",
            "fr": "Des ateliers et des débats de jeunes sur le cyberharcèlement, le "
            "pédopiégeage, les sextos et l'e-réputation, menés avec les jeunes.",
            "ru": "Семинары и молодёжные дискуссии о кибербуллинге, груминге, секстинге и "
            "репутации в сети, которые проводятся вместе с подростками.",
            "es": "Talleres y debates juveniles sobre ciberacoso, grooming, sexting y "
            "reputación en línea, organizados con los propios jóvenes.",
        },
        "partner": "wise-kids",
        "organisation": {
            "en": "Wise Kids",
            "ar": "Wise Kids",
            "zh_hans": "Wise Kids",
            "fr": "Wise Kids",
            "ru": "Wise Kids",
            "es": "Wise Kids",
        },
    },
]
