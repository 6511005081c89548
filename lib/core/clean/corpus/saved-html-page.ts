import iconv from "iconv-lite";
import { seededRandom } from "../../testing/seeded-random";
import {
  EDITED_BY, LOGIN_BANNERS, PAGE_FOOTERS, PAGE_HEADERS, SAVED_PAGE_CHROME, USER_NAMES, type Platform, type ScriptPair,
} from "./chrome-vocabulary";
import {
  between, cameraFileName, chance, fill, hashOf, jammerRun, pick, signatureLines,
  type DamageKind, type DamageRecord, type Random, type Script,
} from "./damage-page";

/** The platforms whose pages are saved as HTML (Tieba threads are not generated so yet). */
export const SAVED_HTML_PLATFORMS: readonly Platform[] = ["discuz", "phpwind", "wechat", "portal"];

export type SavedHtmlOptions = { seed: number; kinds: readonly DamageKind[]; script: Script; platform?: Platform };
export type SavedHtmlPage = { bytes: Uint8Array; html: string; platform: Platform; encoding: string; records: DamageRecord[] };

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

type Page = {
  random: Random;
  script: Script;
  on: Set<DamageKind>;
  records: DamageRecord[];
  /** Visible chrome: recorded as junk of a kind, returned escaped. */
  chrome: (kind: DamageKind, template: ScriptPair | string) => string;
  /** The n-th line of a chrome family, in the page's script. */
  word: (family: keyof typeof SAVED_PAGE_CHROME, n?: number) => string;
};

function groupPosts(random: Random, paragraphs: string[]): string[][] {
  const posts: string[][] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i === 0 || chance(random, 0.35)) posts.push([paragraph]);
    else posts[posts.length - 1].push(paragraph);
  }
  return posts;
}

function hiddenJammer(page: Page): string {
  if (!page.on.has("jammer") || !chance(page.random, 0.4)) return "";
  const run = escapeHtml(jammerRun(page.random));
  // Discuz! hides it from the reader; a page saved from the browser keeps it in the markup.
  return chance(page.random, 0.5) ? `<font class="jammer">${run}</font>` : `<span style="display:none">${run}</span>`;
}

function postText(page: Page, paragraphs: string[]): string {
  const breaks = pick(page.random, ["<br />\r\n", "<br />\r\n<br />\r\n"]);
  return paragraphs.map((p) => escapeHtml(p) + hiddenJammer(page)).join(breaks);
}

function discuzPost(page: Page, paragraphs: string[], floor: number): string {
  const { random, on, chrome, word } = page;
  const user = pick(random, USER_NAMES);
  const panel = on.has("chrome")
    ? `<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a class="xw1">${chrome("chrome", user)}</a></div></div>` +
      `<dl class="pil cl"><dt>${chrome("chrome", word("discuzPanel", 0))}</dt><dd>${between(random, 10, 9000)}</dd>` +
      `<dt>${chrome("chrome", word("discuzPanel", 1))}</dt><dd>${between(random, 1, 900)}</dd></dl></td>`
    : "";
  const floorName = floor === 0 ? word("floors", 0) : floor < 4 ? word("floors", floor) : `${floor + 1}#`;
  const header = on.has("chrome")
    ? `<div class="pi"><strong><a>${chrome("chrome", floorName)}</a></strong><div class="pti"><div class="authi">` +
      `<em>${chrome("chrome", fill(["发表于 {date} {time}", "發表於 {date} {time}"], page.script, random))}</em>` +
      `<span class="pipe">|</span><a>${chrome("chrome", word("onlyAuthor"))}</a></div></div></div>`
    : "";
  const edited = on.has("editedBy") && chance(random, 0.3) ? `<i class="pstatus"> ${chrome("editedBy", pick(random, EDITED_BY))} </i><br />\r\n` : "";
  const attachment = on.has("attachment") && chance(random, 0.3) ? discuzAttachment(page) : "";
  const sign = on.has("signature") && chance(random, 0.5) ? `<div class="sign">${signatureLines(random, page.script, page.records).map(escapeHtml).join("<br />")}</div>` : "";
  const footer = on.has("chrome") ? `<div class="po hin"><div class="pob cl"><em><a class="fastre">${chrome("chrome", word("reply"))}</a></em><p><a>${chrome("chrome", word("report"))}</a></p></div></div>` : "";
  return (
    `<div id="post_${1000 + floor}"><table id="pid${1000 + floor}" class="plhin" cellspacing="0" cellpadding="0"><tr>${panel}` +
    `<td class="plc">${header}<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr>` +
    `<td class="t_f" id="postmessage_${1000 + floor}">\r\n${edited}${postText(page, paragraphs)}</td></tr></table>${attachment}</div></div></div></td></tr>` +
    `<tr><td class="plc plm">${sign}</td></tr><tr><td class="plc">${footer}</td></tr></table></div>\r\n`
  );
}

/** An attachment as Discuz! X shows it: the picture, and a tip with name, size and links that shows on hover. */
function discuzAttachment(page: Page): string {
  const name = cameraFileName(page.random, page.script);
  return (
    `<ignore_js_op><img src="data/attachment/forum/${name}" alt="${name}" title="${name}" />` +
    `<div class="tip tip_4 aimg_tip" style="position: absolute; display: none"><p class="mbn"><a class="xw1">${name}</a> ` +
    `<em class="xg1">(1.2 MB, ${page.word("downloads")}: ${between(page.random, 1, 300)})</em></p></div></ignore_js_op>`
  );
}

function phpwindPost(page: Page, paragraphs: string[], floor: number): string {
  const { random, on, chrome, word } = page;
  const panel = on.has("chrome")
    ? `<td rowspan="2" class="floot_left"><div class="floot_leftdiv"><div class="r_name cc mb5"><a class="b fl">${chrome("chrome", pick(random, USER_NAMES))}</a>` +
      `<span class="card-offline">${chrome("chrome", word("offline"))}</span></div><p>${chrome("chrome", word("phpwindPanel", 0))}</p>` +
      `<span class="user-info2"><ul class="user-infoWrap2 cc"><li><em>UID</em>${between(random, 1000, 99999)}</li>` +
      `<li><em>${chrome("chrome", word("phpwindPanel", 1))}</em>${between(random, 1, 900)}</li>` +
      `<li><em>${chrome("chrome", word("phpwindPanel", 2))}</em>${fill(["{date}", "{date}"], page.script, random)}</li></ul></span></div></td>`
    : "";
  const floorName = floor < 4 ? word("floors", floor) : `${floor}${word("floorUnit")}`;
  const header = on.has("chrome")
    ? `<div class="tipTop"><span class="fr"><a>${chrome("chrome", floor === 0 ? word("onlyStarter") : word("onlyAuthor"))}</a>&nbsp;&nbsp;<a>小</a><a>中</a><a>大</a></span>` +
      `<a class="s2 b cp">${chrome("chrome", floorName)}</a>&nbsp;<span>${chrome("chrome", fill(["发表于: {date} {time}", "發表於: {date} {time}"], page.script, random))}</span></div>`
    : "";
  const sign = on.has("signature") && chance(random, 0.5)
    ? `<div class="sigline"></div><div class="signature"><table width="100%"><tr><td>${signatureLines(random, page.script, page.records).map(escapeHtml).join("<br />")}</td></tr></table></div>`
    : "";
  const footer = on.has("chrome")
    ? `<div class="tipBottom cc"><div class="fl readbot"><a class="r-reply">${chrome("chrome", word("reply"))}</a><a class="r-quote">${chrome("chrome", word("quote"))}</a></div>` +
      `<div class="fr"><a>${chrome("chrome", word("report"))}</a><a>${chrome("chrome", word("top"))}</a></div></div>`
    : "";
  const subject = floor === 0 ? "" : `<div class="read_h1"></div>`;
  return (
    `<div class="read_t" id="readfloor_${floor}"><table width="100%" class="floot"><tr class="vt">${panel}<td class="floot_right"><div style="padding:8px 15px 15px;">` +
    `${header}${subject}<div class="tpc_content"><div class="f14 mb10" id="read_${floor}">${postText(page, paragraphs)}</div></div></div></td></tr>` +
    `<tr><td class="floot_bottom"><div class="pd15">${sign}</div>${footer}</td></tr></table></div>\r\n`
  );
}

function forumPage(page: Page, platform: "discuz" | "phpwind", title: string, body: string[]): string {
  const { on, chrome, random } = page;
  const lines = (templates: readonly ScriptPair[]) => templates.filter(() => chance(random, 0.6)).map((t) => `<div>${chrome("chrome", t)}</div>`).join("");
  const nav = on.has("chrome") ? `<div id="hd"><div id="nv"><ul>${page.word("siteNav").split(" ").map((w) => `<li><a>${chrome("chrome", w)}</a></li>`).join("")}</ul></div></div>` : "";
  const crumbs = on.has("chrome") ? `<div id="pt" class="bm cl"><div class="z"><a>${chrome("chrome", page.word("forumName"))}</a> <em>›</em> <a>${chrome("chrome", page.word("boardName"))}</a></div></div>` : "";
  const login = on.has("login") && platform === "discuz" ? `<div class="bm"><div class="bm_c">${chrome("login", pick(random, LOGIN_BANNERS))}</div></div>` : "";
  const posts = groupPosts(random, body).map((paragraphs, floor) => (platform === "discuz" ? discuzPost : phpwindPost)(page, paragraphs, floor)).join("");
  const top = on.has("chrome") ? lines(PAGE_HEADERS[platform]) : "";
  const bottom = on.has("chrome") ? lines(PAGE_FOOTERS[platform]) : "";
  const heading = platform === "discuz" ? `<h1 class="ts"><span id="thread_subject">${escapeHtml(title)}</span></h1>` : `<h1 class="read_h1">${escapeHtml(title)}</h1>`;
  const container = platform === "discuz" ? `<div id="postlist" class="pl bm">` : `<div id="pw_content"><form name="delatc" method="post">`;
  const close = platform === "discuz" ? `</div>` : `</form></div>`;
  return `${nav}${crumbs}${login}<div id="ct" class="wp cl">${top}${heading}${container}${posts}${close}${bottom}</div>`;
}

function wechatPage(page: Page, title: string, body: string[]): string {
  const { on, chrome, random } = page;
  const meta = on.has("chrome")
    ? `<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">${chrome("chrome", page.word("original"))}</span> ` +
      `<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">${chrome("chrome", `${pick(random, USER_NAMES)}${page.word("account")}`)}</a></span> ` +
      `<em id="publish_time" class="rich_media_meta rich_media_meta_text">${fill(["{date} {time}", "{date} {time}"], page.script, random)}</em></div>`
    : "";
  const top = on.has("chrome") && chance(random, 0.7) ? `<p style="text-align:center"><span style="color:#1e90ff">${chrome("chrome", PAGE_HEADERS.wechat[1])}</span></p>` : "";
  const bottom = on.has("chrome") ? PAGE_FOOTERS.wechat.slice(0, 3).filter(() => chance(random, 0.6)).map((t) => `<p>${chrome("chrome", t)}</p>`).join("") : "";
  const paragraphs = body.map((p) => (chance(random, 0.5) ? `<p><span style="font-size: 15px;">${escapeHtml(p)}</span></p>` : `<section><span>${escapeHtml(p)}</span></section>`)).join("\n");
  // The article body is hidden until WeChat's script runs: a page saved without it keeps the style.
  const hidden = chance(random, 0.5) ? ` style="visibility: hidden;"` : "";
  const toolbar = on.has("chrome") ? `<div id="js_toobar3" class="rich_media_tool"><div class="media_tool_meta">${chrome("chrome", page.word("readCount"))} 10万+</div><a>${chrome("chrome", PAGE_FOOTERS.wechat[3])}</a></div>` : "";
  const qr = on.has("chrome") ? `<div class="qr_code_pc"><p>${chrome("chrome", PAGE_FOOTERS.wechat[6])}</p></div>` : "";
  return (
    `<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="img-content" class="rich_media_wrp">` +
    `<h1 class="rich_media_title" id="activity-name">\n${escapeHtml(title)}\n</h1>${meta}` +
    `<div class="rich_media_content" id="js_content"${hidden}>${top}${paragraphs}${bottom}</div>${toolbar}</div></div>${qr}</div>`
  );
}

function portalPage(page: Page, title: string, body: string[]): string {
  const { on, chrome, random } = page;
  const nav = on.has("chrome") ? `<div class="top-nav">${page.word("portalNav").split(" ").map((w) => `<a>${chrome("chrome", w)}</a>`).join(" | ")}</div>` : "";
  const crumbs = on.has("chrome") ? `<div class="crumbs">${chrome("chrome", page.word("portalCrumbs"))}</div>` : "";
  const info = on.has("chrome") ? `<div class="info"><span class="date">${chrome("chrome", PAGE_HEADERS.portal[0])}</span></div>` : "";
  const indent = chance(random, 0.5) ? "\u3000\u3000" : "";
  const paragraphs = body.map((p) => `<p>${indent}${escapeHtml(p)}</p>`).join("\n");
  const editor = on.has("chrome") ? `<div class="editor">${chrome("chrome", PAGE_FOOTERS.portal[0])}</div><div class="share">${chrome("chrome", PAGE_FOOTERS.portal[2])}</div>` : "";
  const related = on.has("chrome")
    ? `<div class="related"><h3>${chrome("chrome", PAGE_FOOTERS.portal[3])}</h3><ul>${SAVED_PAGE_CHROME.relatedNews.map((t) => `<li><a>${chrome("chrome", t)}</a></li>`).join("")}</ul></div>`
    : "";
  const footer = on.has("chrome") ? `<div class="footer"><p>${chrome("chrome", page.word("portalFooter"))}</p></div>` : "";
  return `${nav}${crumbs}<div class="main"><div class="article"><h1>${escapeHtml(title)}</h1>${info}<div class="content" id="content">${paragraphs}</div>${editor}</div>${related}</div>${footer}`;
}

/**
 * A clean text (its first line the title) as the page a browser saves: doctype, head, the platform's
 * navigation, posts or article, footers, in UTF-8 or the legacy encoding the page declares. What the page
 * shows around the text is recorded as junk; script-hidden parts (jammer, attachment tips) are not shown.
 */
export function savedHtmlPage(clean: string, options: SavedHtmlOptions): SavedHtmlPage {
  const random = seededRandom((options.seed ^ hashOf(clean) ^ 0x48544d4c) >>> 0);
  const { script } = options;
  const platform = options.platform ?? pick(random, SAVED_HTML_PLATFORMS);
  const records: DamageRecord[] = [];
  const page: Page = {
    random,
    script,
    on: new Set(options.kinds),
    records,
    chrome(kind, template) {
      const text = typeof template === "string" ? template : fill(template, script, random);
      records.push({ kind, junk: text });
      return escapeHtml(text);
    },
    word: (family, n = 0) => SAVED_PAGE_CHROME[family][n][script === "hans" ? 0 : 1],
  };
  const [title, ...body] = clean.split("\n").filter((line) => line.trim() !== "");
  const content =
    platform === "discuz" || platform === "phpwind" ? forumPage(page, platform, title, body) : platform === "wechat" ? wechatPage(page, title, body) : portalPage(page, title, body);
  const isLegacy = platform !== "wechat" && chance(random, 0.5);
  const encoding = isLegacy ? (script === "hans" ? "gbk" : "big5") : "utf-8";
  const charset = chance(random, 0.5) ? `<meta charset="${encoding}">` : `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}" />`;
  const siteTitle = platform === "wechat" ? title : `${title} - ${page.word(platform === "portal" ? "portalName" : "boardName")}`;
  const html =
    `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n` +
    `<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n${charset}\r\n<title>${escapeHtml(siteTitle)}</title>\r\n` +
    `<link rel="stylesheet" type="text/css" href="style.css" />\r\n<script type="text/javascript">var STYLEID = '1', IMGDIR = 'static/image/common';</script>\r\n` +
    `</head>\r\n<body id="nv_forum">\r\n${content}\r\n<script>document.getElementById('js_content')&&0;</script>\r\n</body>\r\n</html>\r\n`;
  const bytes = isLegacy ? new Uint8Array(iconv.encode(html, script === "hans" ? "gb18030" : "big5")) : new TextEncoder().encode(html);
  return { bytes, html, platform, encoding, records };
}
