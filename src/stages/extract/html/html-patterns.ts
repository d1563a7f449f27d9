/**
 * What the HTML extractor removes and where it looks first, as data (STYLE.md point 4).
 * Each entry has an id, recorded in the extraction trace, and a reason.
 */

/** Elements whose content is never article text. */
export const NEVER_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'map', 'button', 'select', 'input', 'textarea', 'option', 'label', 'dialog', 'head', 'link', 'meta',
]);

/** Page furniture by element: navigation and side matter (HTML5 sectioning semantics). */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu', 'figcaption']);

export interface ClassPattern {
  id: string;
  /** Matched against each class token and the id, lower-cased. */
  pattern: RegExp;
  /**
   * `always`: removed wherever found (comment threads can be longer than the article).
   * `unless-main`: removed unless the element holds most of the page's paragraph text
   * (a main column marked "has-sidebar" must survive).
   */
  strength: 'always' | 'unless-main';
  reason: string;
  examples: string[];
}

const token = (words: string): RegExp => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_\\d])`);

export const CLASS_PATTERNS: readonly ClassPattern[] = [
  {
    id: 'comments',
    pattern: token('comments?|commentlist|comment-list|disqus|respond|reply|replies|discussion'),
    strength: 'always',
    reason: 'Comment threads and forms follow articles and can be longer than them.',
    examples: ['comments', 'comment-list', 'disqus_thread', 'respond', 'article-comments'],
  },
  {
    id: 'sharing',
    pattern: token('share|sharing|sharedaddy|social|socials|sociable|addthis|shariff|follow-us'),
    strength: 'always',
    reason: 'Share bars and social widgets.',
    examples: ['share-buttons', 'sharedaddy', 'social-links', 'shariff'],
  },
  {
    id: 'related',
    pattern: token('related|recommended|recommendations|more-stories|read-more|readmore|also-read|outbrain|taboola|trending|most-read|popular'),
    strength: 'unless-main',
    reason: 'Lists of other stories.',
    examples: ['related-posts', 'outbrain', 'most-read', 'recommended-stories'],
  },
  {
    id: 'ads',
    pattern: token('ad|ads|advert|advertisement|advertising|adslot|ad-slot|banner|sponsor|sponsored|promo|promotion|dfp'),
    strength: 'always',
    reason: 'Advertising slots and promotions.',
    examples: ['ad-slot', 'advertisement', 'sponsored', 'banner'],
  },
  {
    id: 'consent',
    pattern: /cookie|consent|gdpr|newsletter|newletter|content-blocker|privacy-embed|third-party-services|(?:^|[-_])(?:cmp|subscribe|subscription|paywall|signup|sign-up|login|modal|popup|overlay|alert|notification|toast|snackbar|captcha)(?:$|[-_\d])/,
    strength: 'always',
    reason: 'Cookie banners, sign-up boxes and overlays. "cookie" and "consent" anywhere in a class: plugins glue them to their names (BorlabsCookie, cookienotice).',
    examples: ['cookie-banner', 'newsletter-signup', 'paywall', 'modal', 'borlabscookie', 'newslettersignupresponsive', 'privacy-embed-preview', '_brlbs-content-blocker', 'alert--content', 'review--captcha'],
  },
  {
    id: 'caption',
    pattern: /caption|bildunterschrift|bilduntertitel|(?:image|img|photo|foto|bild)[-_]?(?:credit|annotation|subtitle|description|metadata|source|legend)|(?:^|[-_])credits?(?:$|[-_])/,
    strength: 'always',
    reason: 'Image captions and credits outside <figcaption>: a picture\'s label, not the story. "caption" anywhere in a class: themes glue it to other words (imageCaption, captionBox).',
    examples: ['wp-caption-text', 'image-annotation', 'bildunterschrift', 'photo-credit', 'imagecaption', 'captionbox', 'head__image-source'],
  },
  {
    id: 'table-of-contents',
    pattern: /(?:^|[-_])(?:toc|ez-toc|table-of-contents|toc_container|inhaltsverzeichnis)(?:$|[-_])/,
    strength: 'always',
    reason: 'Tables of contents repeat the subheadings as links.',
    examples: ['toc_container', 'ez-toc-container', 'table-of-contents'],
  },
  {
    id: 'author-box',
    pattern: token('author-box|authorbox|author-bio|author-info|about-author|author-card|author-profile|saboxplugin-wrap|abh_box|m-author|cbx-author'),
    strength: 'always',
    reason: 'Boxes about the author after the article: a biography, not the story.',
    examples: ['author-box', 'saboxplugin-wrap', 'about-author', 'cbx-author'],
  },
  {
    id: 'rating',
    pattern: token('rating|ratings|post-ratings|kk-star-ratings|star-rating|rating-container|yasr|wp-postratings'),
    strength: 'always',
    reason: 'Rating widgets ("Was this helpful?", stars, "Loading...").',
    examples: ['post-ratings', 'kk-star-ratings', 'rating-container'],
  },
  {
    id: 'navigation',
    pattern: token('nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip-link|toolbar|topbar|masthead|site-header|site-footer|footer|sidebar|tagcloud|tag-cloud|tags|categories|byline|meta-author|post-meta|postmetadata|entry-meta|print-only|sr-only|visually-hidden|screen-reader-text'),
    strength: 'unless-main',
    reason: 'Site navigation, side columns, tag lists and byline/meta rows.',
    examples: ['main-nav', 'breadcrumbs', 'sidebar', 'entry-meta', 'screen-reader-text', 'tag-cloud'],
  },
];

/**
 * Where publishers put the article body, most specific first: when one of these
 * matches an element with enough text, it is the body container.
 */
export interface BodySelector {
  id: string;
  test: (tag: string, classes: string[], id: string, attrs: Record<string, string>) => boolean;
  /** `strong` names the body itself; `broad` names a region that may also hold the page frame. */
  strength: 'strong' | 'broad';
  reason: string;
}

const classMatches = (re: RegExp) => (_tag: string, classes: string[], id: string): boolean => classes.some((c) => re.test(c)) || re.test(id);

export const BODY_SELECTORS: readonly BodySelector[] = [
  { id: 'itemprop-articleBody', test: (_t, _c, _i, a) => a.itemprop === 'articleBody', strength: 'strong', reason: 'schema.org microdata names the body exactly.' },
  {
    id: 'body-class',
    test: classMatches(/^(?:article[-_]?body|article__body|articlebody|article-content|article__content|article-text|story-body|story[-_]content|storycontent|entry-content|post-content|post-body|post__content|postbody|td-post-content|field-name-body|field--name-body|body-text|text-body|news-text|content-body|rich-text|articletext|main-text|single-content|the-content|c-article-body|article__text|article-main|blog-post-body|body-copy)$/i),
    strength: 'strong',
    reason: 'Class names that CMSs (WordPress, Drupal, news platforms) give the article text.',
  },
  { id: 'article-element', test: (tag) => tag === 'article', strength: 'broad', reason: 'HTML5 <article>: the body on most modern news pages.' },
  { id: 'main-element', test: (tag, _c, _i, a) => tag === 'main' || a.role === 'main', strength: 'broad', reason: 'HTML5 <main> or role=main: the page minus its frame.' },
];
