/**
 * Boilerplate in already-scraped text, as data (STYLE.md point 4). Each pattern has
 * an id (recorded when it fires) and the reason it exists. Patterns describe kinds
 * of page furniture seen across many sites, never one site's wording alone.
 *
 * - `block`: a whole block (paragraph or line) matching is furniture and is dropped.
 * - `tail`: a block matching starts the page's trailing furniture (comment forms,
 *   related stories, newsletters): it and everything after it are dropped, provided
 *   at least one body paragraph came before it.
 * - `hint`: a block containing this is probably furniture; the paragraph classifier
 *   treats it as bad when it is also short (see paragraph-classifier.ts).
 *
 * Patterns are matched against a block with surrounding whitespace trimmed.
 * The lint test (boilerplate-patterns.test.ts) checks ids, reasons and that each
 * pattern matches its own examples and none of the shared counter-examples.
 */
export interface BoilerplatePattern {
  id: string;
  kind: 'block' | 'tail' | 'hint';
  pattern: RegExp;
  reason: string;
  /** Blocks this pattern must match (lint). */
  examples: string[];
}

export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // ---- block: widgets and controls rendered as text ----
  {
    id: 'font-size-widget',
    kind: 'block',
    pattern: /^(?:[Aa]\s*[-−–+]?\s*){2,4}$|^(?:font size|text size)\s*[:-]?.{0,20}$/i,
    reason: 'Font-size controls ("A- A A+") scrape as a line of letters and signs.',
    examples: ['A- A A +', 'A+ A-', 'A A A', 'Text size: A A'],
  },
  {
    id: 'share-bar',
    kind: 'block',
    pattern: /^(?:(?:share|tweet|email|e-mail|print|pin|whatsapp|facebook|twitter|linkedin|telegram|reddit|copy link|share (?:this|on|via)[^.]{0,30})\s*[|,·•:/]?\s*){1,8}$/i,
    reason: 'Social share bars are lists of network names and verbs without sentences.',
    examples: ['Share', 'Share this article', 'Facebook Twitter Email', 'Share on Facebook | Tweet | Email', 'WhatsApp Telegram'],
  },
  {
    id: 'advertisement-label',
    kind: 'block',
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|scroll to continue(?: with content)?|story continues below(?: advertisement)?)$/i,
    reason: 'Ad slot labels survive scraping after the ad itself is gone.',
    examples: ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Scroll to continue with content'],
  },
  {
    id: 'login-register',
    kind: 'block',
    pattern: /^(?:log ?in|sign ?in|sign ?up|register|log ?out|subscribe(?: now)?|my account|forgot (?:your )?password\??)(?:\s*[|/·•]\s*(?:log ?in|sign ?in|sign ?up|register|log ?out|subscribe(?: now)?|my account))*\s*[.!]?$/i,
    reason: 'Account controls from page headers.',
    examples: ['Log in', 'Sign in | Register', 'Subscribe now', 'Log Out'],
  },
  {
    id: 'comment-form-line',
    kind: 'block',
    pattern: /^(?:you are commenting using your .{0,40}account|fill in your details below or click an icon to log in|connecting to %s|notify me of (?:new|follow-up) (?:comments|posts)|your email address will not be published|required fields are marked|cancel reply|post comment|save my name, email|change \)|log out \/\s*change \))/i,
    reason: 'Lines of comment forms (WordPress and similar) that also appear on their own.',
    examples: ['You are commenting using your Twitter account. Log Out /  Change )', 'Connecting to %s', 'Your email address will not be published. Required fields are marked *', 'Cancel reply'],
  },
  {
    id: 'social-account-caption',
    kind: 'block',
    pattern: /^(?:twitter|facebook|google|wordpress\.com|instagram) (?:picture|photo|image|account)$/i,
    reason: 'Avatar captions of comment forms ("Twitter picture", "Facebook photo").',
    examples: ['Twitter picture', 'Facebook photo', 'Google photo'],
  },
  {
    id: 'copyright-line',
    kind: 'block',
    pattern: /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,120}$|^.{0,80}\ball rights reserved\.?$/i,
    reason: 'Copyright footers are not part of the article.',
    examples: ['© 2020 Shafaq News. All rights reserved.', 'Copyright 2021 The Associated Press', 'Example Media Group. All rights reserved.'],
  },
  {
    id: 'cookie-notice',
    kind: 'block',
    pattern: /^(?=.{0,400}$).*(?:\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b|\b(?:was sind cookies|wir (?:verwenden|nutzen) cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|cookies? (?:akzeptieren|zulassen|einstellungen)|nous utilisons des cookies|utilizamos cookies|usamos cookies|utilizziamo (?:i )?cookie)).*$/i,
    reason: 'Cookie consent banners.',
    examples: ['We use cookies to improve your experience. Accept all cookies', 'This website uses cookies. Cookie settings', 'Was sind Cookies?', 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.'],
  },
  {
    id: 'navigation-trail',
    kind: 'block',
    pattern: /^(?:home|news|world|politics|business|sport|sports|opinion|middle east|europe|africa|asia|americas|local|culture|health|tech|technology|science)(?:\s*(?:[|>»/›·•]|\s)\s*(?:home|news|world|politics|business|sport|sports|opinion|middle east|europe|africa|asia|americas|local|culture|health|tech|technology|science)){1,12}$/i,
    reason: 'Menus and breadcrumbs are runs of section names.',
    examples: ['Home > World > Middle East', 'News | Politics | Business | Sport', 'Home » News'],
  },
  {
    id: 'read-more-link',
    kind: 'block',
    pattern: /^(?:read more|read also|also read|see also|related|continue reading|read the full (?:story|article)|watch|listen)(?:\s*[:»>…|–-]\s*.{0,100})?$/i,
    reason: 'Links to other stories inserted between paragraphs ("Read more: …").',
    examples: ['Read more: Iraq votes on new law', 'Also read', 'Continue reading', 'See also: Iran’s response'],
  },
  {
    id: 'tags-line',
    kind: 'block',
    pattern: /^(?:tags?|topics?|keywords?|filed under|categories|category)\s*:.{0,200}$/i,
    reason: 'Tag and category lists.',
    examples: ['Tags: Iraq, Sadr, elections', 'Filed under: Middle East'],
  },
  {
    id: 'media-credit',
    kind: 'block',
    pattern: /^(?:photo|photos|foto|fotos|image|images|imagen|immagine|bild|bilder|titelbild|picture|video|file photo|credit|credits|crédit|crédits(?: photos?)?|crédito|créditos|source|quelle|fuente|fonte|źródło|zdroj|bron|photograph|photo credit|zdjęcie)\s*(?::|by\b|\/).{0,120}$|^\((?:credit|crédito|crédit|foto|photo|bild|image)\s*:.{0,100}\)$/i,
    reason: 'Photo credits and media labels are short captions, not article text; the words differ by language ("Foto:", "Bild:", "Crédits photos :").',
    examples: ['Photo: Reuters', 'File photo / AFP', 'Image by Getty Images', 'Foto: unsplash/Bill Mead', 'Bild: dpa', 'Crédits photos : Bestimage', '(Credit: Clayton Aldern / Grist)', 'Titelbild: Geyres Christophe/ABACA'],
  },
  {
    id: 'agency-credit-caption',
    kind: 'block',
    pattern: /^(?=.{0,200}$)[^©]{0,160}©\s*[\p{L}\p{N} .,/&|-]{2,60}$/u,
    reason: 'Captions end with a © agency credit ("… Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO"); article sentences do not.',
    examples: ['Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO', 'Stau © aremac / Clipdealer'],
  },
  {
    id: 'gallery-counter',
    kind: 'block',
    pattern: /^(?:(?:bild|foto|image|photo|picture|slide|imagen|immagine|zdjęcie)\s*\d+\s*(?:von|of|sur|de|di|z|\/)\s*\d+|vollbild|full ?screen|plein écran|pantalla completa|bild(?:er)? (?:anzeigen|vergrößern)|(?:zur|zum) (?:bildergalerie|galerie)|(?:show|view) (?:all )?(?:images|photos|gallery)|enlarge (?:image|photo))$/i,
    reason: 'Gallery controls ("Bild 3 von 10", "Fullscreen") scrape as lines of their own.',
    examples: ['Bild 1 von 10', 'Image 3 of 12', 'Vollbild', 'Photo 2/5', 'Bild anzeigen', 'View gallery'],
  },
  {
    id: 'disclaimer-line',
    kind: 'block',
    pattern: /^(?:.{0,60}\b(?:is|are) not responsible for (?:the )?(?:opinions|views|content)|the (?:views|opinions) expressed (?:here|in this|by)|(?:dieser|der) (?:beitrag|artikel|text) gibt (?:die|ausschließlich die) meinung|die (?:hier )?geäußerten meinungen|les opinions exprimées|las opiniones expresadas|(?:dieser|der) (?:text|beitrag|artikel) (?:wurde|ist) (?:veröffentlicht )?unter (?:der|einer) (?:lizenz|creative)|this (?:article|work|text|post) is (?:licensed|published) under|unless otherwise (?:stated|noted), (?:the )?content).{0,300}$/i,
    reason: 'Editorial disclaimers and licence notices addressed to the reader, not part of the story.',
    examples: [
      'GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.',
      'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.',
      'The views expressed here are those of the author.',
      'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
    ],
  },
  {
    id: 'likes-widget',
    kind: 'block',
    pattern: /^(?:%d bloggers? like this|%d bloggern gefällt das|like loading\.{0,3}|gefällt mir wird geladen\.{0,3}|j'aime chargement\.{0,3}|me gusta cargando\.{0,3})\s*:?$/i,
    reason: 'WordPress like widgets render as template text ("%d Bloggern gefällt das:", "Like Loading...").',
    examples: ['%d Bloggern gefällt das:', '%d bloggers like this:', 'Like Loading...'],
  },
  {
    id: 'support-prompt',
    kind: 'block',
    pattern: /^(?:if you (?:enjoyed|liked|value) (?:reading )?this|(?:please )?support (?:us|our (?:work|journalism))|become a (?:member|supporter|patron)|donate now|jetzt spenden|unterstütze(?:n sie)? (?:uns|unsere arbeit)|sie lesen gern .{1,40}\? zeigen sie|zeigen sie ihre wertschätzung|jede (?:kleine )?spende hilft|soutenez-nous|faites un don|apoya (?:nuestro|el) periodismo|hacemos periodismo).{0,300}$/i,
    reason: 'Donation and membership appeals addressed to the reader, placed in or after the text.',
    examples: ['If you enjoyed reading this post – would you consider supporting our work?', 'Sie lesen gern Achgut.com? Zeigen Sie Ihre Wertschätzung!', 'Jede kleine Spende hilft den notleidenden Menschen dieser Welt!', 'Support our journalism'],
  },
  {
    id: 'reading-time',
    kind: 'block',
    pattern: /^(?:\d+\s*(?:min(?:ute)?s?|m)\s*read|reading time:?\s*\d+.{0,20}|[\d,.]+[km]?\s*(?:views|comments|shares))$/i,
    reason: 'Reading-time and counter badges.',
    examples: ['4 min read', 'Reading time: 3 minutes', '1,234 views'],
  },
  {
    id: 'follow-us',
    kind: 'block',
    pattern: /^(?:follow us|follow (?:\w+ ){0,3}on (?:twitter|facebook|instagram|telegram|google news)|join (?:us|our channel) on|folgen sie uns|folge uns|s[ií]guenos en|suivez-nous|seguici su|siga-nos).{0,120}$/i,
    reason: 'Social follow prompts, in the languages of the pages we read.',
    examples: ['Follow us on Twitter', 'Follow Shafaq News on Telegram', 'Siguenos en Telegram, Instagram, Facebook y Twitter', 'Folgen Sie uns auf Facebook'],
  },
  {
    id: 'share-prompt',
    kind: 'block',
    pattern: /^(?:(?:den |diesen )?(?:artikel|beitrag|news|seite|inhalt) teilen|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|teilen|jetzt teilen|partager(?: cet article| sur .{0,20})?|compartir(?: en .{0,20})?|compartilhe|condividi|udostępnij|delen)\s*[:?!]?$/i,
    reason: 'Share prompts in other languages than English ("Artikel teilen:", "Partager").',
    examples: ['NEWS TEILEN:', 'Möchten Sie den Artikel teilen?', 'Partager cet article', 'Compartir'],
  },
  {
    id: 'subscription-prompt',
    kind: 'block',
    pattern: /^(?:subscribe now\b|(?:to (?:view|read|continue reading) (?:the full|this) (?:story|article)|to continue reading),? (?:please )?(?:subscribe|log in|sign in)|if you(?:'|’)re (?:seeing this message|already a subscriber)|(?:download|get) (?:the|our) [\w ]{0,30}apps?\b|get the latest news straight to your|for the latest (?:stories|news) .{0,60}download|jetzt (?:abonnieren|abo abschließen)|abonnieren sie .{0,40}(?:newsletter|kanal)|pour accéder en illimité|para (?:seguir|continuar) leyendo|do you want to be informed|(?:submit|send) (?:us )?your letter to the editor).{0,240}$|^.{0,120}\b(?:sign up here|subscribe here|jetzt anmelden|hier anmelden)[.!]?$/i,
    reason: 'Paywall, app and subscription prompts addressed to the site visitor.',
    examples: [
      'Subscribe now to our eNATION edition for the full story.',
      'To view the full story, please subscribe to The Haitian Times.',
      'Get the latest news straight to your phone with the VI Consortium app.',
      'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.',
      'Pour accéder en illimité aux articles de AOC :',
    ],
  },

  {
    id: 'advertising-disclosure',
    kind: 'block',
    pattern: /^\*?(?:anzeige|werbung|advertorial|sponsored post|paid partnership)\b.{0,160}$|^(?:this (?:post|article|page) (?:contains|may contain) (?:affiliate links|references to products|sponsored)|(?:dieser|der) (?:beitrag|artikel) enthält (?:werbung|affiliate|anzeigen)|letzte aktualisierung am .{0,40}(?:affiliate|amazon)|für links auf dieser seite|(?:we|wir) (?:may )?(?:earn|receive|erhalten) (?:a |ggf\. )?(?:eine )?(?:small )?(?:commission|provision)).{0,300}$/i,
    reason: 'Advertising and affiliate disclosures, required by law, are not the article.',
    examples: ['Für Links auf dieser Seite erhält GIGA ggf. eine Provision vom Händler', 'Anzeige, enthält Affiliate Links', '*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.', 'This post contains references to products from one or more of our advertisers.'],
  },
  {
    id: 'updated-line',
    kind: 'block',
    pattern: /^(?:last (?:updated|modified|changed)|updated|published|posted|veröffentlich(?:t|ung)(?: am)?|aktualisiert(?: am)?|zuletzt aktualisiert|letzte (?:änderung|aktualisierung)|stand|ultima modifica|mis à jour(?: le)?|publié le|actualizado|publicado|opublikowano)\s*:?\s*(?=.{0,60}$).{0,30}\d.{0,30}$/i,
    reason: 'Publication and update stamps; the date is read into metadata, the line is not article text.',
    examples: ['Letzte Änderung 14.02.2019', 'Ultima modifica 19 Febbraio 2020 12:02', 'Aktualisiert am 17.01.2021.', 'Veröffentlichung: 2. Februar 2022', 'Last updated: March 3, 2021'],
  },

  // ---- tail: the start of trailing page furniture ----
  {
    id: 'comment-section',
    kind: 'tail',
    pattern: /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|comments?(?: \(\d+\))?|\d+ comments?|discussion|join the (?:discussion|conversation)|what do you think\??|write a comment|reader comments|comments are closed\.?|kommentare?(?: \(\d+\))?|\d+ kommentare?|kommentare insgesamt:? ?\d*|kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|(?:schreibe|hinterlasse|hinterlassen sie) einen kommentar|kommentare sind (?:geschlossen|deaktiviert)|(?:sie müssen|du musst) (?:sich |dich )?(?:angemeldet|eingeloggt|anmelden|einloggen).{0,60}|laisser un commentaire|(?:\d+ )?commentaires?|deja (?:un|tu) comentario|(?:\d+ )?comentarios?|deixe (?:um|seu) comentário|lascia un commento|(?:\d+ )?commenti|napisz komentarz|komentarze)\s*[:.!?]?$/i,
    reason: 'Comment sections follow the article; their contents are not the article. Headings and login prompts in the languages we read.',
    examples: ['Leave a Reply', 'Leave a comment', 'Comments (12)', '3 comments', 'Join the conversation', 'Kommentar schreiben', 'Sie müssen sich anmelden um Kommentare zu schreiben.', 'Comments are closed.', 'Kommentare insgesamt: 0', 'Laisser un commentaire'],
  },
  {
    id: 'related-stories',
    kind: 'tail',
    pattern: /^(?:related (?:posts|articles|stories|news|coverage|content)|you (?:may|might) also like|more (?:stories|news|articles) (?:from|on|about)\b.{0,40}|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories)|more from .{1,40}|also on .{1,40}|in other news|explore further|mehr zum thema|(?:mehr|videos|beiträge|artikel|news) zum thema(?: .{0,30})?|weitere (?:artikel|beiträge|nachrichten|meldungen|themen|news|pressemitteilungen|informationen zum thema)(?: .{0,40})?|(?:das|dies|das thema|diese themen?) (?:könnten?|dürften?) (?:dich|sie|ihnen|euch) (?:auch|ebenfalls) interessieren|auch interessant|schon gelesen|lesen sie (?:auch|mehr)(?: .{0,40})?|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|zum weiterlesen|mehr themen|mehr zu .{1,40}|noch mehr .{1,40}|meist ?(?:gelesen|diskutiert|kommentiert|geteilt|gesehen)e?(?: (?:artikel|beiträge|news|nachrichten|videos))?|weitere informationen(?: (?:zum|zur|zu|über) .{1,60})?|weitere .{1,30}tipps|meist ?gesucht(?:e)?|lust auf mehr|contenido relacionado|à lire aussi|lire aussi|sur le même sujet|articles similaires|veja também|leia também|lee también|te puede interesar|noticias relacionadas|artículos relacionados|leggi anche|articoli correlati|czytaj (?:też|także)|zobacz (?:też|także)|inne artykuły.{0,20}|lees ook|gerelateerde artikelen)\s*[:…?.]*$/i,
    reason: 'Related-story lists close article pages; their headings in the languages we read.',
    examples: ['Related posts', 'You may also like', 'Most read', 'More from Shafaq News', 'Trending now', 'Mehr zum Thema', 'Zum Weiterlesen:', 'MEIST GELESEN', 'Meistdiskutierte Artikel', 'Noch mehr Infos für dich', 'Lesen Sie auch die folgenden Beiträge:', 'Das Thema könnte dich auch interessieren:', 'Weitere Informationen zum Coronavirus in Thüringen:', 'Meist gesucht:', 'Lust auf mehr?', 'Das könnte Sie auch interessieren', 'Weitere Artikel zum Thema:', 'Veja Também:', 'Schon gelesen?', 'Explore further'],
  },
  {
    id: 'about-the-author',
    kind: 'tail',
    pattern: /^(?:about the author|about (?:the )?authors|über (?:den|die) autor(?:in|en)?|zum autor|zur autorin|à propos de l(?:'|’)auteur|sobre (?:el|la) autora?|sobre o autor|l(?:'|’)autore|o autorze)\s*:?$/i,
    reason: 'Author biographies follow the article.',
    examples: ['About the author', 'Über den Autor', 'Zur Autorin'],
  },
  {
    id: 'press-contact',
    kind: 'tail',
    pattern: /^(?:(?:presse|medien)?kontakt|ansprechpartner(?:in|\*in)?(?: zum thema| für (?:die )?presse)?|press contact|media contacts?|contact (?:us|presse)|kontakt für (?:rückfragen|journalisten|medien))\s*:?$/i,
    reason: 'Contact boxes close press releases and institutional news pages.',
    examples: ['Kontakt:', 'Pressekontakt', 'Ansprechpartnerin zum Thema:', 'Media contact'],
  },
  {
    id: 'sharing-footer',
    kind: 'tail',
    pattern: /^(?:share this(?: article| story)?|like this|spread the word|share the news)\s*:$/i,
    reason: 'WordPress "Share this:"/"Like this:" footers come after the text.',
    examples: ['Share this:', 'Like this:'],
  },
  {
    id: 'newsletter-signup',
    kind: 'tail',
    pattern: /^(?:sign up (?:for|to) (?:our|the) [\w ]{0,30}newsletter|subscribe to (?:our|the) [\w ]{0,30}newsletter|get (?:the|our) [\w ]{0,30}newsletter)\b.{0,120}$/i,
    reason: 'Newsletter boxes end article pages.',
    examples: ['Sign up for our daily newsletter', 'Subscribe to our newsletter to get the latest news'],
  },

  // ---- hint: weaker signals for the classifier ----
  {
    id: 'click-or-tap',
    kind: 'hint',
    pattern: /\b(?:click|tap) (?:here|below|to)\b/i,
    reason: 'Calls to action address the reader of a web page, not of the story.',
    examples: ['Click here to subscribe', 'Tap to read the full story'],
  },
  {
    id: 'all-caps-banner',
    kind: 'hint',
    pattern: /^[^a-z]{3,60}$/,
    reason: 'Short all-capital lines are section banners or labels; real headlines and datelines are handled earlier.',
    examples: ['BREAKING NEWS', 'LIVE UPDATES'],
  },
];

/** Blocks that no pattern may match: real article sentences seen in news. */
export const BOILERPLATE_COUNTER_EXAMPLES: readonly string[] = [
  'The leader of the Sadrist movement, Muqtada al-Sadr, on Wednesday warned of Shiite factions.',
  'Al-Sadr said in a tweet that he posted on the social networking platforms “Twitter” today.',
  'Facebook said on Tuesday it had removed 200 accounts linked to the Iraqi militia.',
  'Comments by the minister drew criticism from opposition lawmakers.',
  'Related talks between the two sides are expected to resume in Geneva next week.',
  'Photographs released by the army showed damaged vehicles near the border.',
  'Share prices fell 3 percent in Baghdad trading after the announcement.',
  'More than 40 people were killed in the attack, officials said.',
  'Home Secretary Priti Patel said the law would be changed.',
  'Copyright law was at the centre of the dispute between the publishers.',
  'Die Regierung will das Gesetz noch in diesem Jahr verabschieden, sagte der Minister.',
  'Weitere Informationen erhielt die Polizei von einem Zeugen, der den Unfall beobachtet hatte.',
  'Kommentare des Ministers sorgten am Dienstag für Empörung in der Opposition.',
  'Le président a annoncé vendredi de nouvelles mesures pour soutenir les agriculteurs.',
  'El gobierno anunció el martes un nuevo paquete de ayudas para las familias.',
  'Teilen der Bevölkerung fehlt das Vertrauen in die Institutionen.',
  'Anzeigen gegen den Bürgermeister wurden im Mai erstattet, sagte ein Sprecher.',
  'Updated figures from the health ministry showed 40 new cases on Monday.',
  'Kontakte zwischen den beiden Parteien gab es schon seit Jahren.',
  'Support for the measure among voters has fallen to 40 percent, the poll found.',
  'Cookies and cakes were handed out to the crowd outside the parliament.',
]
