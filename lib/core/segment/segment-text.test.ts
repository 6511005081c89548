import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

const kinds = (text: string) => segmentText(text).map((p) => [p.kind, p.text]);

describe("segmentText", () => {
  it("splits a section heading glued to the start of its paragraph", () => {
    expect(kinds("迎難而上 向險而進 隨著疫情流調工作的展開，密集接觸者逐漸浮出水面，隔離觀察點也逐漸增加。")).toEqual([
      ["heading", "迎難而上 向險而進"],
      ["body", "隨著疫情流調工作的展開，密集接觸者逐漸浮出水面，隔離觀察點也逐漸增加。"],
    ]);
    expect(kinds("服從安排 聽從調遣 4月1日至2日，城區居民全員核酸檢測，街道上人員流動較多。")[0]).toEqual(["heading", "服從安排 聽從調遣"]);
  });

  it.each([
    ["a numbered heading glued with ideographic spaces", "二、工作安排 　　根據上級部署，我們將在下月完成全部改造工作。", "二、工作安排", "根據上級部署，我們將在下月完成全部改造工作。"],
    ["a numbered heading glued with ideographic spaces (Simplified)", "二、工作安排　　根据上级部署，我们将在下月完成全部改造工作。", "二、工作安排", "根据上级部署，我们将在下月完成全部改造工作。"],
    ["a numbered heading glued with one space", "一、先问居民要什么 改造之前，各街道用了两个月时间逐户走访，收集意见。", "一、先问居民要什么", "改造之前，各街道用了两个月时间逐户走访，收集意见。"],
    ["a bracketed numbered heading", "（一）總體要求 堅持以人民為中心，統籌推進各項改造工作。", "（一）總體要求", "堅持以人民為中心，統籌推進各項改造工作。"],
    ["a chapter heading", "第一章 總則 為了規範本市老舊小區改造工作，制定本辦法。", "第一章 總則", "為了規範本市老舊小區改造工作，制定本辦法。"],
    ["a heading with a Latin word before an indent", "二、安装 Nginx 　　先更新软件源，再安装 Nginx，然后检查版本。", "二、安装 Nginx", "先更新软件源，再安装 Nginx，然后检查版本。"],
    ["a numbered heading with Latin words", "五、申请 HTTPS 证书 推荐使用 Certbot 自动申请免费证书，安装后即可使用。", "五、申请 HTTPS 证书", "推荐使用 Certbot 自动申请免费证书，安装后即可使用。"],
    ["a title before one space and a long paragraph", "父親的修錶鋪 父親的修錶鋪開在菜市場的拐角，門面只有一張桌子那麼寬。", "父親的修錶鋪", "父親的修錶鋪開在菜市場的拐角，門面只有一張桌子那麼寬。"],
    ["a title with a colon", "第三天：银杏村 银杏村最好看的季节是十一月，七月来只有满眼的绿，村里人很少。", "第三天：银杏村", "银杏村最好看的季节是十一月，七月来只有满眼的绿，村里人很少。"],
    ["an unnumbered heading before an indent", "工作安排　　根據上級部署，我們將在下月完成全部改造工作。", "工作安排", "根據上級部署，我們將在下月完成全部改造工作。"],
  ])("splits %s", (_, text, heading, body) => {
    expect(kinds(text)).toEqual([
      ["heading", heading],
      ["body", body],
    ]);
  });

  it.each([
    ["a list of cities", "北京 上海 廣州 深圳等一線城市的房價都在上漲，年輕人壓力很大。"],
    ["a list of cities (Simplified)", "北京 上海 广州 深圳等一线城市的房价都在上涨，年轻人压力很大。"],
    ["a list of names", "張三 李四 今天一起去了公園，玩得很開心，晚上才回家。"],
    ["a list of three-character names", "歐陽修 司馬光 都是北宋時期非常著名的文學家和政治家。"],
    ["a sentence with two spaces after a comma", "我們先到了北京，  然後又去了上海，最後才回到家裡休息。"],
    ["a clause before a command", "安装完成后运行 nginx -v 查看版本，我这里显示的是 nginx/1.24.0，说明安装成功了。"],
    ["a clause ending in 了", "今天下雨了 我们只好待在家里看书，一直看到晚上才出门去吃饭。"],
    ["a numbered list item with punctuation", "一、首先打開設置，然後選擇網絡，最後點擊確定按鈕即可。"],
  ])("does not split %s", (_, text) => {
    expect(segmentText(text)).toHaveLength(1);
  });

  it("keeps offsets pointing at each paragraph", () => {
    const text = "標題\n\n　　精心組織 調兵遣將 “腦子里滿滿的都是事兒，累了卻睡不著。”\n二、工作安排 　　根據上級部署，我們將在下月完成全部改造工作。";
    for (const p of segmentText(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("splits a reporter's byline glued to the report", () => {
    expect(kinds("本報記者 周明遠 通訊員 林曉 本報訊 截至11月底，江城市今年列入計劃的48個老舊小區改造項目已有27個完工。")).toEqual([
      ["byline", "本報記者 周明遠 通訊員 林曉"],
      ["body", "本報訊 截至11月底，江城市今年列入計劃的48個老舊小區改造項目已有27個完工。"],
    ]);
    expect(kinds("本报记者 周明远 通讯员 林晓")).toEqual([["byline", "本报记者 周明远 通讯员 林晓"]]);
  });

  it("recognises bylines", () => {
    expect(kinds("（來源：聶少峰）\n作者：王小明\n文/李華")).toEqual([
      ["byline", "（來源：聶少峰）"],
      ["byline", "作者：王小明"],
      ["byline", "文/李華"],
    ]);
  });

  it("takes a picture's credit or note for a caption, not a byline", () => {
    expect(kinds("（图：新华社）\n（記者 王某 攝）\n圖片：網友供圖\n【本报记者 李明 摄】")).toEqual([
      ["caption", "（图：新华社）"],
      ["caption", "（記者 王某 攝）"],
      ["caption", "圖片：網友供圖"],
      ["caption", "【本报记者 李明 摄】"],
    ]);
    expect(kinds("他在公園裡拍了很多照片，其中一張被報社選中，刊登時寫著記者 王某 攝。")[0][0]).toBe("body");
  });

  it.each([
    ["a sentence with a space after its full stop", "及早的排查，高效的防控，換來了有序的放開。 4月5日，全城消殺滅菌工作啟動。"],
    ["a heading alone", "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實"],
    ["a short phrase before a short remainder", "第一章 開始"],
  ])("does not split %s", (_, text) => {
    expect(segmentText(text)).toHaveLength(1);
  });

  it("does not take a sentence that mentions an author for a byline", () => {
    expect(kinds("這篇文章的作者：是一位資深記者，他寫了很多關於城市管理的報道，很受讀者歡迎。")[0][0]).toBe("body");
  });
});
