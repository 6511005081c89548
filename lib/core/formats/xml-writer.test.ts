import { describe, expect, it } from "vitest";
import { parseXml } from "./xml";
import { createXmlDocument, el, serializeXml } from "./xml-writer";

describe("serializeXml", () => {
  it("escapes text and attributes as xmldom did, indents element-only content, closes empty elements, and reads back", () => {
    const doc = createXmlDocument("tmx", { systemId: "tmx14.dtd" });
    doc.documentElement.setAttribute("version", "1.4");
    doc.documentElement.appendChild(
      el("body", {}, [
        el("tu", { tuid: 'a"1', note: "tab\there\nline <&>", empty: undefined }, [el("seg", {}, ["R&D <b> 研发 ]]> \u0001\r\nok", el("ph", { x: "1" })]), el("prop", {}, [""])]),
      ]),
    );
    const xml = serializeXml(doc);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        "  <body>",
        '    <tu tuid="a&quot;1" note="tab&#9;here&#10;line &lt;&amp;&gt;">',
        '      <seg>R&amp;D &lt;b&gt; 研发 ]]&gt; \nok<ph x="1"/></seg>',
        "      <prop/>",
        "    </tu>",
        "  </body>",
        "</tmx>",
        "",
      ].join("\n"),
    );
    const seg = parseXml(xml).getElementsByTagName("seg")[0];
    expect(seg.textContent).toBe("R&D <b> 研发 ]]> \nok");
  });
});
