// Seed content for the TERRAIN section (profiles of German–Chinese cooperation
// projects) and its authors. Plain data only – see terrain.SOURCES.md for the
// provenance of the facts used here.

export type Localized<T = string> = { de: T; en: T; zh: T }
export type Block = { type: 'paragraph' | 'h2' | 'quote'; text: string }

export type TerrainKind = 'project-example' | 'essay' | 'event' | 'report' | 'academy'

export type TerrainTopic = { slug: string; name: Localized }

export type TerrainAuthor = {
  slug: string
  name: string
  role: Localized
  bio: Localized<Block[]>
}

export type TerrainEntry = {
  slug: Localized
  kind: TerrainKind
  title: Localized
  teaser: Localized
  body: Localized<Block[]>
  period: Localized | null
  date: string | null
  topics: string[]
  authors: string[]
  partnership: { german: string; chinese: string } | null
  cities: string[]
  heroColor: string
}

// ---------------------------------------------------------------------------
// Topics
// ---------------------------------------------------------------------------

export const topics: TerrainTopic[] = [
  {
    slug: 'green-building',
    name: { de: 'Grünes Bauen', en: 'Green Building', zh: '绿色建筑' },
  },
  {
    slug: 'urban-planning',
    name: { de: 'Stadtplanung', en: 'Urban Planning', zh: '城市规划' },
  },
  {
    slug: 'education',
    name: { de: 'Bildung', en: 'Education', zh: '教育' },
  },
  {
    slug: 'culture',
    name: { de: 'Kultur', en: 'Culture', zh: '文化' },
  },
]

// ---------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------

export const authors: TerrainAuthor[] = [
  {
    slug: 'christian-y-schmidt',
    name: 'Christian Y. Schmidt',
    role: {
      de: 'Journalist, Satiriker und Schriftsteller',
      en: 'Journalist, satirist and writer',
      zh: '记者、讽刺作家、作家',
    },
    bio: {
      de: [
        {
          type: 'paragraph',
          text: 'Christian Y. Schmidt schreibt als Journalist, Satiriker und Autor. Sein Leben teilt er zwischen Peking und Berlin auf – beide Städte dieser Partnerschaft kennt er also aus dem Alltag.',
        },
        {
          type: 'paragraph',
          text: 'Im Rahmen der Berlin-Beijing Learning Cities Map schreibt er über Peking aus ungewohnten Blickwinkeln – von den Dächern der Polizeistationen bis zum Babaoshan-Friedhof.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Christian Y. Schmidt works as a journalist, satirist and writer. He lives in both Beijing and Berlin, so he knows the two cities of this partnership from everyday life.',
        },
        {
          type: 'paragraph',
          text: 'For the Berlin-Beijing Learning Cities Map, he writes about Beijing from unexpected angles – from police-station rooftops to Babaoshan Cemetery.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '克里斯蒂安·Y·施密特（Christian Y. Schmidt）是一位记者、讽刺作家和作家。他同时生活在北京和柏林，对这对友好城市的日常生活都有切身体会。',
        },
        {
          type: 'paragraph',
          text: '他为“柏林—北京城市互学地图”撰稿，从不同寻常的角度书写北京——从派出所的屋顶，一直写到八宝山公墓。',
        },
      ],
    },
  },
  {
    slug: 'shi-ming',
    name: 'Shi Ming',
    role: {
      de: 'Freier Journalist',
      en: 'Freelance journalist',
      zh: '自由记者',
    },
    bio: {
      de: [
        {
          type: 'paragraph',
          text: 'Shi Ming ist als freier Journalist tätig; Deutschland ist seit 1987 sein Zuhause.',
        },
        {
          type: 'paragraph',
          text: 'Im Rahmen der Berlin-Beijing Learning Cities Map beschäftigt er sich mit der Sprache der beiden Partnerstädte – mit der Berliner Schnauze und der Pekinger Zunge.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Shi Ming works as a freelance journalist and has lived in Germany since 1987.',
        },
        {
          type: 'paragraph',
          text: 'For the Berlin-Beijing Learning Cities Map, he explores the language of the two partner cities – the “Berliner Schnauze” and the Beijing tongue.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: 'Shi Ming是一位自由记者，自1987年起生活在德国。',
        },
        {
          type: 'paragraph',
          text: '他为“柏林—北京城市互学地图”撰稿，关注这对友好城市的语言——“柏林毒舌”与“北京巧舌”。',
        },
      ],
    },
  },
  {
    slug: 'silke-sophie-ebert',
    name: 'Silke Sophie Ebert',
    role: {
      de: 'Autorin des Veranstaltungsberichts',
      en: 'Author of the event report',
      zh: '活动报道作者',
    },
    bio: {
      de: [
        {
          type: 'paragraph',
          text: 'Silke Sophie Ebert schreibt für Stadtmacher über den Filmabend „Addis Abeba – Chinese New Flower?“, den das Konfuzius-Institut Leipzig und der Verein Leipzig – Addis Abeba e.V. gemeinsam ausgerichtet haben.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Silke Sophie Ebert writes for Stadtmacher about the film evening “Addis Ababa – Chinese New Flower?”, jointly hosted by the Confucius Institute Leipzig and the association Leipzig – Addis Abeba e.V.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '西尔克·索菲·埃伯特（Silke Sophie Ebert）为Stadtmacher撰文，报道由莱比锡孔子学院与“莱比锡—亚的斯亚贝巴协会”（Leipzig – Addis Abeba e.V.）联合举办的电影之夜“亚的斯亚贝巴——中国新花？”。',
        },
      ],
    },
  },
  {
    slug: 'stadtmacher-redaktion',
    name: 'Stadtmacher-Redaktion',
    role: {
      de: 'Redaktion',
      en: 'Editorial team',
      zh: '编辑部',
    },
    bio: {
      de: [
        {
          type: 'paragraph',
          text: 'In der Rubrik TERRAIN porträtiert die Stadtmacher-Redaktion in kompakten Profilen, wie deutsche und chinesische Städte konkret zusammenarbeiten.',
        },
        {
          type: 'paragraph',
          text: 'Dabei interessiert sie vor allem, wie aus einem Delegationsbesuch ein konkretes Projekt wird: Welche Ideen und Vorhaben machen Städte lebenswerter, welche Formen der Zusammenarbeit zwischen deutschen und chinesischen Kommunen tragen – und wie lassen sie sich umsetzen oder sogar auf größere Maßstäbe übertragen?',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'In the TERRAIN section, the Stadtmacher editorial team presents cooperation projects between German and Chinese cities in short profiles.',
        },
        {
          type: 'paragraph',
          text: 'Its main interest is how a delegation visit turns into a concrete project: which ideas and initiatives make cities more liveable, which forms of cooperation between German and Chinese municipalities actually work – and how they can be put into practice or even scaled up?',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: 'Stadtmacher编辑部在TERRAIN栏目中，以简短的项目档案介绍中德城市之间的合作项目。',
        },
        {
          type: 'paragraph',
          text: '编辑部尤其关注：一次代表团访问如何发展成一个具体的项目？哪些创意和项目能让城市更宜居？中德城市之间哪些合作模式切实可行？又该如何将它们落地，甚至推广到更大的范围？',
        },
      ],
    },
  },
]

// ---------------------------------------------------------------------------
// TERRAIN profiles (in the order they appear on the original page)
// ---------------------------------------------------------------------------

export const terrain: TerrainEntry[] = [
  // 1 ─ Berlin–Beijing Learning Cities Map
  {
    slug: {
      de: 'berlin-beijing-learning-cities-map',
      en: 'berlin-beijing-learning-cities-map',
      zh: 'bolin-beijing-chengshi-huxue-ditu',
    },
    kind: 'project-example',
    title: {
      de: 'Berlin–Beijing Learning Cities Map: Mapping the Existing – Revealing Opportunities',
      en: 'Berlin–Beijing Learning Cities Map: Mapping the Existing – Revealing Opportunities',
      zh: '柏林—北京城市互学地图：记录当下，展望未来',
    },
    teaser: {
      de: 'Eine Karte für zwei Partnerstädte: Die Berlin-Beijing Learning Cities Map erfasst, was bereits da ist, und zeigt, wo sich Chancen öffnen – damit Berlin und Peking beim Bau lebenswerter Städte weiter voneinander lernen.',
      en: 'One map for two partner cities: the Berlin-Beijing Learning Cities Map records what already exists and shows where opportunities open up – so that Berlin and Beijing can keep learning from each other in making liveable cities.',
      zh: '一张地图，两座友好城市：“柏林—北京城市互学地图”记录已有的一切，发掘未来的机遇，让柏林与北京在宜居城市建设中继续相互学习。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Berlin und Peking sind Partnerstädte. Die Berlin-Beijing Learning Cities Map knüpft an diese Verbindung an und fragt, was die beiden Metropolen voneinander lernen können, wenn es um lebenswerte Städte geht.',
        },
        { type: 'quote', text: 'Mapping the Existing – Revealing Opportunities' },
        {
          type: 'paragraph',
          text: 'Das englische Motto beschreibt zwei Schritte: Zuerst wird das Bestehende kartiert, dann rücken die Chancen in den Blick, die sich daraus ergeben. Die chinesische Fassung setzt eigene Akzente – sie spricht davon, die Gegenwart festzuhalten und nach vorn zu schauen, und betont das gegenseitige Lernen und die stetige Innovation beim Bau lebenswerter Städte.',
        },
        { type: 'h2', text: 'Stimmen aus beiden Städten' },
        {
          type: 'paragraph',
          text: 'Zur Map gehören auch persönliche Beiträge. Christian Y. Schmidt erkundet in „Die Pekinger Mischung“ ungewöhnliche Orte in Peking, Shi Ming geht in „Jahre verfliegen“ der Berliner Schnauze und der Pekinger Zunge nach.',
        },
        {
          type: 'paragraph',
          text: 'So entsteht ein Bild der Partnerschaft, das über offizielle Termine hinausreicht – vom Dach einer Polizeistation bis zu der Frage, wie man in beiden Städten miteinander spricht.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Berlin and Beijing are partner cities. The Berlin-Beijing Learning Cities Map builds on this connection and asks what the two metropolises can learn from each other when it comes to liveable cities.',
        },
        { type: 'quote', text: 'Mapping the Existing – Revealing Opportunities' },
        {
          type: 'paragraph',
          text: 'The motto describes two steps: first, what already exists is mapped; then the focus shifts to the opportunities that emerge from it. The Chinese version sets its own accents, speaking of recording the present and looking to the future, and stressing mutual learning and continuous innovation in building liveable cities.',
        },
        { type: 'h2', text: 'Voices from both cities' },
        {
          type: 'paragraph',
          text: 'The map also includes personal contributions. In “The Beijing Mix”, Christian Y. Schmidt explores unusual corners of Beijing, while in “The Years Fly By”, Shi Ming looks into the Berliner Schnauze and the Beijing tongue.',
        },
        {
          type: 'paragraph',
          text: 'The result is a picture of the partnership that reaches beyond official appointments – from the roof of a police station to the question of how people in the two cities talk to one another.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '柏林与北京是友好城市。“柏林—北京城市互学地图”（Berlin-Beijing Learning Cities Map）以这层关系为基础，探讨两座大都市在建设宜居城市方面能够相互学习些什么。',
        },
        { type: 'quote', text: '记录当下，展望未来——宜居城市建设的互相学习和不断创新' },
        {
          type: 'paragraph',
          text: '这句口号包含两个层面：先记录当下已有的一切，再展望由此而来的机遇与未来；它所强调的，是双方在宜居城市建设中的相互学习与持续创新。英文版本则将其概括为“Mapping the Existing – Revealing Opportunities”。',
        },
        { type: 'h2', text: '来自两座城市的声音' },
        {
          type: 'paragraph',
          text: '地图还收录了个人视角的文章：克里斯蒂安·Y·施密特在《北京什锦》中探访北京不同寻常的角落；Shi Ming则在《岁月如飞》中探究“柏林毒舌”与“北京巧舌”。',
        },
        {
          type: 'paragraph',
          text: '由此呈现出的友城图景，超越了官方日程——从派出所的屋顶，一直延伸到两座城市里人们彼此交谈的方式。',
        },
      ],
    },
    period: null,
    date: null,
    topics: ['urban-planning'],
    authors: ['stadtmacher-redaktion'],
    partnership: { german: 'berlin', chinese: 'beijing' },
    cities: ['berlin', 'beijing'],
    heroColor: '#1F8C86',
  },

  // 2 ─ Die Pekinger Mischung
  {
    slug: {
      de: 'die-pekinger-mischung',
      en: 'the-beijing-mix',
      zh: 'beijing-shijin',
    },
    kind: 'essay',
    title: {
      de: 'Die Pekinger Mischung',
      en: 'The Beijing Mix',
      zh: '北京什锦',
    },
    teaser: {
      de: 'Christian Y. Schmidt nähert sich Peking von unerwarteten Standorten aus – von Polizeiwachen-Dächern über qualmende Lammspieß-Grills bis ins Dunkel des Babaoshan-Friedhofs.',
      en: 'Christian Y. Schmidt approaches Beijing from unexpected vantage points – from police-station rooftops to smoky lamb-skewer grills and the dark of Babaoshan Cemetery.',
      zh: '克里斯蒂安·Y·施密特从意想不到的角度探访北京：从派出所的屋顶，到烟雾缭绕的羊肉串烤炉，再到八宝山公墓的黑暗之中。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Der Journalist, Satiriker und Autor Christian Y. Schmidt kennt beide Partnerstädte aus eigener Anschauung, denn er wohnt sowohl in Peking als auch in Berlin. Für die Berlin-Beijing Learning Cities Map hat er sich auf die Suche nach der Pekinger Mischung gemacht.',
        },
        { type: 'h2', text: 'Drei Orte, eine Stadt' },
        {
          type: 'paragraph',
          text: 'Sein Weg führt zunächst nach oben, auf die Dächer von Polizeistationen – ein Blick auf die Stadt, den man nicht alle Tage bekommt.',
        },
        {
          type: 'paragraph',
          text: 'Dann geht es mitten ins Straßenleben, in den Rauch der Grills, auf denen Lammspieße brutzeln. Die Spieße, in Peking „Chuan’r“ genannt, gehören für viele fest zum Geschmack der Stadt.',
        },
        {
          type: 'paragraph',
          text: 'Schließlich betritt er das Dunkel des Babaoshan-Friedhofs im Westen Pekings, auf dem zahlreiche bekannte Persönlichkeiten der Volksrepublik begraben sind. Ordnung, Straßenleben, Erinnerung: Schon die Auswahl der Orte zeigt, wie vielschichtig die Mischung ist, die Schmidt beschreibt.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Christian Y. Schmidt is a journalist, satirist and writer who knows both partner cities first-hand: he lives in Beijing and in Berlin. For the Berlin-Beijing Learning Cities Map, he set out in search of the Beijing mix.',
        },
        { type: 'h2', text: 'Three places, one city' },
        {
          type: 'paragraph',
          text: 'His route first leads upwards, onto the roofs of police stations – a view of the city that few people ever get to see.',
        },
        {
          type: 'paragraph',
          text: 'Then it plunges into street life, into the smoke of the grills where lamb skewers sizzle. Known in Beijing as chuan’r, the skewers are for many an essential taste of the city.',
        },
        {
          type: 'paragraph',
          text: 'Finally, he steps into the darkness of Babaoshan Cemetery in western Beijing, where many prominent figures of the People’s Republic are buried. Order, street life, remembrance: the choice of places alone shows how many layers make up the mix Schmidt describes.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '克里斯蒂安·Y·施密特（Christian Y. Schmidt）是记者、讽刺作家和作家。他在北京和柏林两地生活，对这两座友好城市都有切身体会。为了“柏林—北京城市互学地图”，他踏上了寻找“北京什锦”的旅程。',
        },
        { type: 'h2', text: '三个地方，一座城市' },
        {
          type: 'paragraph',
          text: '他的路线先是向上：登上派出所的屋顶——这是一般人难得一见的城市视角。',
        },
        {
          type: 'paragraph',
          text: '接着，他走进街头生活，钻进烤羊肉串的烟雾里。在北京，羊肉串被亲切地叫作“串儿”，对许多人来说，它就是这座城市的味道。',
        },
        {
          type: 'paragraph',
          text: '最后，他走进位于北京西部的八宝山公墓的黑暗之中，那里安葬着许多中华人民共和国的知名人物。秩序、街头生活与记忆——单是这几个地点的选择，就已显示出施密特笔下这份“北京什锦”有多么丰富的层次。',
        },
      ],
    },
    period: null,
    date: null,
    topics: ['culture', 'urban-planning'],
    authors: ['christian-y-schmidt'],
    partnership: { german: 'berlin', chinese: 'beijing' },
    cities: ['beijing', 'berlin'],
    heroColor: '#8A4B2F',
  },

  // 3 ─ Jahre verfliegen
  {
    slug: {
      de: 'jahre-verfliegen',
      en: 'the-years-fly-by',
      zh: 'suiyue-ru-fei',
    },
    kind: 'essay',
    title: {
      de: 'Jahre verfliegen',
      en: 'The Years Fly By',
      zh: '岁月如飞',
    },
    teaser: {
      de: 'Der Journalist Shi Ming ist seit 1987 in Deutschland zu Hause. Als Beitrag zur Berlin-Beijing Learning Cities Map geht er zwei berühmten Redeweisen nach: der Berliner Schnauze und der Pekinger Zunge.',
      en: 'Journalist Shi Ming has lived in Germany since 1987. For the Berlin-Beijing Learning Cities Map, he looks into two famous ways of talking: the “Berliner Schnauze” and the Beijing tongue.',
      zh: '记者Shi Ming自1987年起生活在德国。为了“柏林—北京城市互学地图”，他探究了两种著名的说话方式：“柏林毒舌”与“北京巧舌”。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Shi Ming arbeitet als freier Journalist; sein Zuhause ist seit 1987 Deutschland. Wie schnell die Zeit dabei vergeht, klingt schon im Titel seines Beitrags an.',
        },
        { type: 'h2', text: 'Schnauze trifft Zunge' },
        {
          type: 'paragraph',
          text: 'In seinem Beitrag zur Berlin-Beijing Learning Cities Map widmet er sich einer Seite der beiden Partnerstädte, die auf keinem Stadtplan verzeichnet ist: der Art, wie ihre Bewohnerinnen und Bewohner sprechen.',
        },
        {
          type: 'paragraph',
          text: 'Die Berliner Schnauze steht für den direkten, oft ruppigen und trocken-humorvollen Ton, für den die Hauptstadt bekannt ist. Auch Peking hat seine eigene Zunge: Das Pekinger Chinesisch ist berühmt für seinen charakteristischen Klang mit dem angehängten „r“ (Erhua) und für die Lust am ausgiebigen, schlagfertigen Erzählen.',
        },
        {
          type: 'paragraph',
          text: 'Beide Redeweisen nebeneinander zu betrachten, lenkt den Blick darauf, wie viel von einer Stadt in ihrer Sprache steckt.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Shi Ming is a freelance journalist who has lived in Germany since 1987. The title of his piece already hints at how quickly time passes.',
        },
        { type: 'h2', text: 'Schnauze meets tongue' },
        {
          type: 'paragraph',
          text: 'For the Berlin-Beijing Learning Cities Map, he turns to a side of the two partner cities that appears on no street map: the way their residents speak.',
        },
        {
          type: 'paragraph',
          text: 'The Berliner Schnauze – literally “Berlin snout” – stands for the direct, often brusque and drily humorous tone the German capital is known for. Beijing has a tongue of its own, too: Beijing Mandarin is famous for its distinctive sound, with an “r” added to many syllables (erhua), and for its love of long, quick-witted storytelling.',
        },
        {
          type: 'paragraph',
          text: 'Looking at both ways of speaking side by side draws attention to how much of a city lives in its language.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: 'Shi Ming是一位自由记者，自1987年起生活在德国。文章的标题已经道出了时光流逝之快。',
        },
        { type: 'h2', text: '毒舌遇上巧舌' },
        {
          type: 'paragraph',
          text: '为了“柏林—北京城市互学地图”，他关注的是这两座友好城市在任何地图上都找不到的一面：城市居民说话的方式。',
        },
        {
          type: 'paragraph',
          text: '所谓“柏林毒舌”（Berliner Schnauze，字面意思是“柏林嘴”），指的是德国首都出了名的直来直去、常显粗鲁又带着冷幽默的说话风格。北京也有自己的“巧舌”：北京话以独特的儿化音著称，北京人也以能说会道、爱“侃大山”而闻名。',
        },
        {
          type: 'paragraph',
          text: '把两种说话方式放在一起观察，会让人意识到：一座城市有多少特质，就藏在它的语言里。',
        },
      ],
    },
    period: null,
    date: null,
    topics: ['culture'],
    authors: ['shi-ming'],
    partnership: { german: 'berlin', chinese: 'beijing' },
    cities: ['berlin', 'beijing'],
    heroColor: '#6A5AA8',
  },

  // 4 ─ Addis Abeba – Chinese New Flower?
  {
    slug: {
      de: 'addis-abeba-chinese-new-flower',
      en: 'addis-ababa-chinese-new-flower',
      zh: 'yadisiyabeiba-zhongguo-xin-hua',
    },
    kind: 'event',
    title: {
      de: 'Addis Abeba – Chinese New Flower?',
      en: 'Addis Ababa – Chinese New Flower?',
      zh: '亚的斯亚贝巴——“中国新花”？',
    },
    teaser: {
      de: 'Ein Filmabend in Leipzig brachte zwei Freundeskreise zusammen: Das Konfuzius-Institut und der Verein Leipzig – Addis Abeba e.V. zeigten erstmals Silvan Hagenbrocks Dokumentarfilm CHINESE NEW FLOWER.',
      en: 'A film evening in Leipzig brought two circles of friends together: the Confucius Institute and the association Leipzig – Addis Abeba e.V. premiered Silvan Hagenbrock’s documentary CHINESE NEW FLOWER.',
      zh: '莱比锡的一场电影之夜让两个朋友圈走到了一起：莱比锡孔子学院与“莱比锡—亚的斯亚贝巴协会”首映了西尔万·哈根布罗克的纪录片《CHINESE NEW FLOWER》。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Am 17. Mai luden das Konfuzius-Institut Leipzig und der Verein Leipzig – Addis Abeba e.V. gemeinsam zu einem Filmabend ein, der den Titel „Addis Abeba – Chinese New Flower?“ trug. Im Mittelpunkt stand die Premiere von CHINESE NEW FLOWER, einem Dokumentarfilm von Silvan Hagenbrock.',
        },
        {
          type: 'paragraph',
          text: 'Eine Premiere war der Abend auch für die Gastgeber selbst: Bis dahin hatte sich zwischen den beiden Organisationen noch keine Gelegenheit zur interkulturellen Zusammenarbeit ergeben.',
        },
        {
          type: 'paragraph',
          text: 'Der Auftakt gelang. Rund 70 Gäste aus den Freundeskreisen beider Seiten fanden den Weg ins Konfuzius-Institut, das chinesische Kulturinstitut in Leipzig.',
        },
        { type: 'h2', text: 'Ein Titel mit Fragezeichen' },
        {
          type: 'paragraph',
          text: 'Der Titel greift die Bedeutung des Stadtnamens auf: Addis Abeba heißt auf Amharisch „neue Blume“. Das Fragezeichen lässt offen, was diese „neue Blume“ mit China verbindet – und macht schon den Titel zur Einladung, darüber nachzudenken.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'On 17 May, the Confucius Institute Leipzig and the association Leipzig – Addis Abeba e.V. jointly hosted a film evening under the title “Addis Ababa – Chinese New Flower?”. At its centre was the premiere of CHINESE NEW FLOWER, a documentary by Silvan Hagenbrock.',
        },
        {
          type: 'paragraph',
          text: 'The evening was a first for the hosts as well: until then, the two organisations had never had an opportunity to work together across cultures.',
        },
        {
          type: 'paragraph',
          text: 'The debut was a success. Around 70 guests from both organisations’ circles of friends made their way to the Confucius Institute, Leipzig’s Chinese cultural institute.',
        },
        { type: 'h2', text: 'A title with a question mark' },
        {
          type: 'paragraph',
          text: 'The title picks up on the meaning of the city’s name: in Amharic, Addis Ababa means “new flower”. The question mark leaves open what links this “new flower” to China – turning the title itself into an invitation to reflect.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '5月17日，莱比锡孔子学院与“莱比锡—亚的斯亚贝巴协会”（Leipzig – Addis Abeba e.V.）联合举办了一场名为“亚的斯亚贝巴——中国新花？”的电影之夜。活动的重头戏是西尔万·哈根布罗克（Silvan Hagenbrock）的纪录片《CHINESE NEW FLOWER》的首映。',
        },
        {
          type: 'paragraph',
          text: '对主办方而言，这个夜晚同样是一次“首映”：在此之前，两家机构之间还从未有过开展跨文化合作的机会。',
        },
        {
          type: 'paragraph',
          text: '这次首度合作十分成功。约70位来自双方朋友圈的嘉宾来到了莱比锡的中国文化机构——孔子学院。',
        },
        { type: 'h2', text: '带问号的标题' },
        {
          type: 'paragraph',
          text: '标题呼应了这座城市名字的含义：“亚的斯亚贝巴”在阿姆哈拉语中意为“新的花朵”。标题中的问号并未点明这朵“新花”与中国有何关联，这本身就是在邀请观众去思考。',
        },
      ],
    },
    // The page gives only "17. Mai" without a year, so no ISO date is set.
    period: { de: '17. Mai', en: '17 May', zh: '5月17日' },
    date: null,
    topics: ['culture'],
    authors: ['silke-sophie-ebert'],
    partnership: null,
    cities: ['leipzig'],
    heroColor: '#D2477E',
  },

  // 5 ─ Summer Academy on Intercultural Creativity 2017 in Xi'an
  {
    slug: {
      de: 'sommerakademie-interkulturelle-kreativitaet-2017-xian',
      en: 'summer-academy-intercultural-creativity-2017-xian',
      zh: '2017-xian-kuawenhua-chuangyi-xiaji-xueyuan',
    },
    kind: 'academy',
    title: {
      de: 'Sommerakademie für interkulturelle Kreativität 2017 in Xi’an',
      en: 'The Summer Academy on Intercultural Creativity 2017 in Xi’an',
      zh: '2017年西安跨文化创意夏季学院',
    },
    teaser: {
      de: 'Zwölf Tage interkulturelles Lernen in Xi’an: Vom 4. bis 15. September 2017 bot die Summer Academy on Intercultural Creativity jungen Erwachsenen einen Lernort in China.',
      en: 'Twelve days of intercultural learning in Xi’an: from 4 to 15 September 2017, the Summer Academy on Intercultural Creativity offered young adults a place to learn in China.',
      zh: '在西安度过十二天的跨文化学习：2017年9月4日至15日，“跨文化创意夏季学院”为青年人提供了一个在中国学习的机会。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Die Summer Academy on Intercultural Creativity richtet sich an junge Erwachsene, die über Kulturgrenzen hinweg lernen möchten. Schauplatz war die chinesische Stadt Xi’an, angesetzt war sie für den 4. bis 15. September 2017.',
        },
        { type: 'h2', text: 'Drei Partner aus zwei Ländern' },
        {
          type: 'paragraph',
          text: 'Organisiert wurde die Akademie von drei Einrichtungen: der InterCultur gGmbH, einer Tochtergesellschaft von AFS Deutschland, der EURASIA University in Xi’an sowie der Karlshochschule International University in Karlsruhe. Damit arbeiten eine gemeinnützige Gesellschaft aus dem Umfeld von AFS und zwei Hochschulen zusammen – eine chinesische und eine deutsche.',
        },
        {
          type: 'paragraph',
          text: 'Xi’an, die Hauptstadt der Provinz Shaanxi, zählt zu den ältesten Städten Chinas und war Hauptstadt mehrerer Dynastien. Für ein Programm über Kreativität zwischen den Kulturen ist das ein geschichtsträchtiger Ort, an dem sich Vergangenheit und Gegenwart begegnen.',
        },
        {
          type: 'paragraph',
          text: 'Das Thema der Akademie – interkulturelle Kreativität – berührt eine Frage, die auch für die Zusammenarbeit deutscher und chinesischer Städte zentral ist: Wie entstehen neue Ideen, wenn unterschiedliche Perspektiven aufeinandertreffen?',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'The Summer Academy on Intercultural Creativity is aimed at young adults who want to learn across cultural boundaries. It was set in the Chinese city of Xi’an and scheduled for 4 to 15 September 2017.',
        },
        { type: 'h2', text: 'Three partners from two countries' },
        {
          type: 'paragraph',
          text: 'Three institutions organised the academy: EURASIA University in Xi’an, Karlshochschule International University in Karlsruhe and InterCultur gGmbH, which belongs to AFS Germany as a subsidiary. This brings together a non-profit company from the AFS family and two universities – one Chinese, one German.',
        },
        {
          type: 'paragraph',
          text: 'Xi’an, the capital of Shaanxi Province, is one of China’s oldest cities and served as the capital of several dynasties. For a programme on creativity across cultures, it is a place steeped in history where past and present meet.',
        },
        {
          type: 'paragraph',
          text: 'The academy’s theme – intercultural creativity – touches on a question that is also central to cooperation between German and Chinese cities: how do new ideas emerge when different perspectives meet?',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '“跨文化创意夏季学院”（Summer Academy on Intercultural Creativity）面向希望跨越文化界限进行学习的青年人，举办地点为中国西安，时间定于2017年9月4日至15日。',
        },
        { type: 'h2', text: '两个国家，三家合作方' },
        {
          type: 'paragraph',
          text: '夏季学院由三家机构共同组织：德国AFS的子公司InterCultur gGmbH、西安欧亚学院，以及位于卡尔斯鲁厄的Karlshochschule国际大学。由此，一家来自AFS体系的德国公益机构与一中一德两所高校携手合作。',
        },
        {
          type: 'paragraph',
          text: '西安是陕西省省会，也是中国最古老的城市之一，曾是多个朝代的都城。对于一个探讨跨文化创意的项目而言，这座历史厚重、古今交融的城市再合适不过。',
        },
        {
          type: 'paragraph',
          text: '夏季学院的主题——跨文化创意——同样触及中德城市合作中的一个核心问题：当不同的视角相遇时，新的想法是如何产生的？',
        },
      ],
    },
    period: {
      de: '4.–15. September 2017',
      en: '4–15 September 2017',
      zh: '2017年9月4日至15日',
    },
    date: '2017-09-04',
    topics: ['education', 'culture'],
    authors: ['stadtmacher-redaktion'],
    partnership: null,
    cities: ['xian'],
    heroColor: '#C9712E',
  },

  // 6 ─ Projektbeispiel: Hamburg House Shanghai
  {
    slug: {
      de: 'hamburg-house-shanghai-erstes-passivhaus',
      en: 'hamburg-house-shanghai-first-passive-house',
      zh: 'hanbao-zhi-jia-shanghai',
    },
    kind: 'project-example',
    title: {
      de: 'Projektbeispiel: Hamburg House Shanghai – erstes Passivhaus',
      en: 'Project example: Hamburg House Shanghai – the first passive house',
      zh: '项目案例：上海“汉堡之家”——中国第一座被动房',
    },
    teaser: {
      de: 'Auf der EXPO 2010 nahm eine langjährige Städtepartnerschaft Gestalt an: Mit dem Hamburg House entstand in Shanghai das erste Passivhaus Chinas.',
      en: 'At EXPO 2010, a long-standing city partnership took on built form: with the Hamburg House, China’s first passive house went up in Shanghai.',
      zh: '在2010年上海世博会上，一段长期的友城关系化为一座建筑：“汉堡之家”成为中国第一座被动房。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Hamburg und Shanghai sind seit 1986 offiziell Partnerstädte. Seither pflegen die beiden Hafenmetropolen einen kontinuierlichen Austausch, der alle Fachbereiche umfasst – darunter auch das ökologische Bauen.',
        },
        { type: 'h2', text: 'Die EXPO 2010 als Sprungbrett' },
        {
          type: 'paragraph',
          text: 'Mit der Weltausstellung 2010 in Shanghai bot sich die Gelegenheit, aus dem fachlichen Dialog etwas Greifbares zu machen – ein echter „Quantensprung“: Hamburg errichtete für die EXPO ein eigenes Gebäude, das Hamburg House, und damit das erste Passivhaus in China.',
        },
        {
          type: 'paragraph',
          text: 'Ein Passivhaus kommt dank sehr guter Dämmung, einer luftdichten Gebäudehülle und kontrollierter Lüftung mit Wärmerückgewinnung mit einem Bruchteil der üblichen Energie für Heizen und Kühlen aus. Dass dieser Standard nun erstmals in China gebaut wurde, machte das Hamburg House zu einem sichtbaren Beispiel dafür, was ökologisches Bauen leisten kann.',
        },
        {
          type: 'paragraph',
          text: 'Das Projekt zeigt, wie eine langjährige Partnerschaft ein Großereignis nutzen kann: Mehr als zwei Jahrzehnte Austausch lieferten Vertrauen und Fachwissen, die Weltausstellung den Anlass und die Bühne.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Hamburg and Shanghai have been official partner cities since 1986. Ever since, the two port metropolises have maintained a steady exchange spanning all specialist fields – ecological building among them.',
        },
        { type: 'h2', text: 'EXPO 2010 as a springboard' },
        {
          type: 'paragraph',
          text: 'The 2010 World Expo in Shanghai offered a chance to turn this professional dialogue into something tangible – a genuine “quantum leap”: Hamburg put up its own building for the Expo, the Hamburg House, which became the first passive house in China.',
        },
        {
          type: 'paragraph',
          text: 'A passive house needs only a fraction of the usual energy for heating and cooling, thanks to excellent insulation, an airtight building envelope and controlled ventilation with heat recovery. Building to this standard in China for the first time made the Hamburg House a visible showcase of what ecological construction can achieve.',
        },
        {
          type: 'paragraph',
          text: 'The project shows how a long-standing partnership can make the most of a major event: more than two decades of exchange supplied the trust and the expertise, while the World Expo supplied the occasion and the stage.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '汉堡与上海自1986年起正式结为友好城市。此后，这两座港口大都市在各个专业领域始终保持着交流，生态建筑便是其中的议题之一。',
        },
        { type: 'h2', text: '以2010年世博会为跳板' },
        {
          type: 'paragraph',
          text: '2010年上海世博会为双方提供了契机，让专业对话落地为看得见的成果，可谓一次“质的飞跃”：汉堡为世博会建造了自己的建筑——“汉堡之家”，它也成为中国第一座被动房。',
        },
        {
          type: 'paragraph',
          text: '被动房依靠优良的保温隔热、气密的建筑外壳以及带热回收的可控通风系统，供暖和制冷所需的能源只有常规建筑的一小部分。这一标准首次在中国落地，使“汉堡之家”成为展示生态建筑潜力的醒目范例。',
        },
        {
          type: 'paragraph',
          text: '这个项目表明，一段长期的伙伴关系可以如何借助大型活动更进一步：二十多年的交流积累了信任与专业知识，而世博会则提供了契机和舞台。',
        },
      ],
    },
    period: { de: 'EXPO 2010', en: 'EXPO 2010', zh: '2010年世博会' },
    date: null,
    topics: ['green-building', 'urban-planning'],
    authors: ['stadtmacher-redaktion'],
    partnership: { german: 'hamburg', chinese: 'shanghai' },
    cities: ['hamburg', 'shanghai'],
    heroColor: '#3F8F5A',
  },

  // 7 ─ Projektbeispiel: Urban Studios – Learning Cities
  {
    slug: {
      de: 'urban-studios-learning-cities',
      en: 'urban-studios-learning-cities',
      zh: 'chengshi-gongzuoshi-xuexixing-chengshi',
    },
    kind: 'project-example',
    title: {
      de: 'Projektbeispiel: Urban Studios – Learning Cities',
      en: 'Project example: Urban Studios – Learning Cities',
      zh: '项目案例：城市工作室（Urban Studios）——学习型城市',
    },
    teaser: {
      de: 'Essen und Changzhou bringen Hochschule und Praxis zusammen: In den Urban Studios arbeiten Studierende der Stadtplanung an echten Fällen aus dem Stadtraum.',
      en: 'Essen and Changzhou bring academia and practice together: in the Urban Studios, urban planning students work on real cases drawn from the city itself.',
      zh: '埃森与常州让高校与实践携手：在“城市工作室”中，城市规划专业的学生以城市空间中的真实案例为对象开展学习。',
    },
    body: {
      de: [
        {
          type: 'paragraph',
          text: 'Im Rahmen der Städtepartnerschaft zwischen Essen und Changzhou gibt es mit den Urban Studios ein Format, das Lehre und kommunale Praxis miteinander ins Gespräch bringt. Es ist als Dialog zwischen Hochschule und Praxis angelegt.',
        },
        { type: 'h2', text: 'Lernen am realen Fall' },
        {
          type: 'paragraph',
          text: 'Stadtplanung wird hier in Kooperation mit Städten studiert. Statt ausgedachter Übungsaufgaben setzen sich die Studierenden mit realen Fällen im Stadtraum auseinander – mit konkreten Orten und den Fragen, die sie aufwerfen.',
        },
        {
          type: 'paragraph',
          text: 'Von diesem Ansatz können beide Seiten profitieren: Die Studierenden erfahren, wie Planung unter echten Bedingungen funktioniert, und die Städte gewinnen neue Blickwinkel auf ihre eigenen Räume.',
        },
        {
          type: 'paragraph',
          text: 'Der Untertitel „Learning Cities“ lässt sich als Programm lesen: Lernen sollen nicht nur die Studierenden, sondern auch die beteiligten Städte – voneinander und über Ländergrenzen hinweg.',
        },
      ],
      en: [
        {
          type: 'paragraph',
          text: 'Within the city partnership between Essen and Changzhou, the Urban Studios offer a format that brings teaching and municipal practice into conversation. It is conceived as a dialogue between university and practice.',
        },
        { type: 'h2', text: 'Learning from real cases' },
        {
          type: 'paragraph',
          text: 'Here, urban planning is studied in cooperation with cities. Instead of invented exercises, students engage with real cases in urban space – concrete places and the questions they raise.',
        },
        {
          type: 'paragraph',
          text: 'Both sides stand to gain from this approach: students experience how planning works under real conditions, and the cities gain fresh perspectives on their own spaces.',
        },
        {
          type: 'paragraph',
          text: 'The subtitle “Learning Cities” can be read as a mission statement: it is not only the students who are meant to learn, but the participating cities too – from one another and across national borders.',
        },
      ],
      zh: [
        {
          type: 'paragraph',
          text: '在埃森与常州的友好城市框架下，“城市工作室”（Urban Studios）提供了一种让教学与城市实践相互对话的形式，其定位是高校与实践之间的交流平台。',
        },
        { type: 'h2', text: '在真实案例中学习' },
        {
          type: 'paragraph',
          text: '在这里，城市规划的学习与城市合作进行。学生们面对的不是虚构的练习题，而是城市空间中的真实案例——具体的地点，以及这些地点所提出的问题。',
        },
        {
          type: 'paragraph',
          text: '这种做法可以让双方都有所收获：学生们了解到规划在真实条件下如何运作，城市则获得审视自身空间的新视角。',
        },
        {
          type: 'paragraph',
          text: '副标题“学习型城市”（Learning Cities）可以被理解为一种理念：需要学习的不只是学生，参与其中的城市也应当跨越国界、相互学习。',
        },
      ],
    },
    period: null,
    date: null,
    topics: ['urban-planning', 'education'],
    authors: ['stadtmacher-redaktion'],
    partnership: { german: 'essen', chinese: 'changzhou' },
    cities: ['essen', 'changzhou'],
    heroColor: '#2F6DB3',
  },
]
