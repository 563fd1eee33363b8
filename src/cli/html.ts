/**
 * HTML pages saved from the web → the article's text and its published date,
 * with Mozilla's Readability on linkedom's server-side DOM. Offsets of facts
 * from an HTML input point into this extracted text, which the output carries.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface Article {
  text: string;
  title: string | null;
  /** YYYY-MM-DD from the page's published-time metadata, when it has one */
  published: string | null;
}

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "FIGCAPTION", "HEADER", "FOOTER", "UL", "OL", "TABLE"]);

/** Text of a DOM subtree with a blank line between blocks, so paragraphs stay paragraphs. */
function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push((n.textContent ?? "").replace(/\s+/g, " "));
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === "BR") parts.push("\n");
      const block = BLOCK.has(el.tagName);
      if (block) parts.push("\n\n");
      el.childNodes.forEach(walk);
      if (block) parts.push("\n\n");
    }
  };
  walk(node);
  return parts.join("").replace(/[ \t]*\n[ \t]*/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

function publishedDate(document: Document, readabilityTime: string | null | undefined): string | null {
  const candidates: Array<string | null | undefined> = [readabilityTime];
  for (const sel of DATE_META) candidates.push(document.querySelector(sel)?.getAttribute("content"));
  document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? "");
    if (m) candidates.push(m[1]);
  });
  candidates.push(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  for (const c of candidates) {
    const m = c && /^(\d{4}-\d{2}-\d{2})/.exec(c.trim());
    if (m) return m[1];
  }
  return null;
}

export function readArticle(html: string): Article {
  const { document } = parseHTML(html);
  const published = publishedDate(document as unknown as Document, null);
  const parsed = new Readability(document as unknown as Document).parse();
  if (parsed?.content) {
    const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
    const text = blockText(content.body as unknown as Node);
    return { text, title: parsed.title ?? null, published: published ?? publishedDate(document as unknown as Document, parsed.publishedTime) };
  }
  const body = document.body as unknown as Node | null;
  return { text: body ? blockText(body) : "", title: document.title || null, published };
}
