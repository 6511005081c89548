import { DATE, type ChromeVocabulary } from "./types";

// Baidu Tieba (tieba.baidu.com thread pages, PC and mobile): each floor's tail line
// `来自Android客户端2楼2022-05-17 10:11`, the reply counter `回复(3)`, the folded-reply notices and the
// page's own footer links.
export const TIEBA: ChromeVocabulary = {
  templates: [
    { pattern: String.raw`该楼层疑似违规已被系统折叠\s*(?:隐藏此楼\s*)?(?:查看此楼)?`, detail: "post header" },
    { pattern: String.raw`还有\s*\d+\s*条回复\s*[,，]?\s*点击查看`, detail: "post footer" },
    { pattern: String.raw`点击展开\s*[,，]\s*查看完整图片`, detail: "attachment" },
    { pattern: String.raw`(?:来自\S{1,20}客户端\s*)?\d{1,6}楼\s*${DATE}(?:\s*回复(?:\s*[(（]\d+[)）])?)?`, detail: "post footer" },
    { pattern: String.raw`贴吧页面意见反馈|违规贴吧举报反馈通道|贴吧违规信息处理公示|扫二维码下载贴吧客户端`, detail: "footer" },
  ],
  strongTokens: [
    String.raw`回复\s*[(（]\s*\d+\s*[)）]`, "收起回复", "隐藏此楼", "查看此楼", String.raw`来自\S{1,20}客户端`, "我也说一句",
    "送TA礼物", String.raw`IP属地\s*[:：]\s*\S{1,10}`, "只看楼主", "回复贴子", "下一页", "尾页",
  ],
  weakTokens: ["吧主", "小吧主", "吧务", "楼中楼", "首页", "上一页", String.raw`共\s*\d+\s*页`],
};
