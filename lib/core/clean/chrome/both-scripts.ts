// Simplified characters of the chrome vocabularies with their Traditional forms (Taiwan and Hong Kong
// spellings where they differ). The vocabularies are written once, in Simplified; `bothScripts` lets every
// pattern match either script. both-scripts.test.ts checks this table against OpenCC.
const PAIRS =
  "马馬 册冊 结結 让讓 轻輕 松鬆 转轉 区區 录錄 载載 没沒 帐帳 账賬 号號 发發 于於 后後 编編 辑輯 传傳 张張 该該 举舉 报報 复復覆複 电電 达達 楼樓 阅閱閲 读讀 关關 点點 " +
  "击擊 蓝藍 长長 维維 码碼 识識 别別 赞讚贊 责責 来來 纠糾 错錯 违違 规規 统統 叠疊 数數 图圖 户戶 条條 页頁 览覽 扫掃 闭閉 网網 评評 论論 属屬 签簽籤 为為爲 标標 写寫 " +
  "显顯 贴貼 荐薦 内內 欢歡 万萬 频頻 视視 级級 华華 时時 间間 线線 贡貢 献獻 钱錢 银銀 顶頂 还還 说說説 礼禮 务務 动動 个個 两兩 预預 权權 价價 积積 币幣 机機 应應 进進 " +
  "删刪 态態 开開 继繼 续續 这這 闻聞 热熱 门門 题題 从從 层層 浏瀏 奖獎 励勵 制製 链鏈 创創 专專 广廣 卖賣 买買 费費 众眾 赏賞 护護 隐隱 设設 们們 访訪 问問 离離 换換 " +
  "联聯 头頭 东東 滚滾 际際 织織 纪紀 处處 衔銜 实實 样樣 装裝 试試 资資 讯訊 场場 经經 济濟 财財 乐樂 体體 邮郵 赠贈 宝寶 谢謝 择擇 摄攝 启啟 现現 绍紹 单單 帮幫 键鍵 " +
  "注註 员員 对對 见見 馈饋 群羣 话話 触觸 许許 腾騰 当當 则則 导導 选選 鲜鮮 宽寬 记記 块塊";

const VARIANTS = new Map<string, string>();
for (const pair of PAIRS.split(" ")) {
  const [simplified, ...traditional] = [...pair];
  const forms = traditional.filter((form) => form !== simplified);
  if (forms.length > 0) VARIANTS.set(simplified, forms.join(""));
}

/**
 * A regular-expression source written in Simplified, widened so that each character with a Traditional form
 * also matches that form: `发表于` becomes `[发發]表[于於]`, and inside a class `[发]` becomes `[发發]`.
 */
export function bothScripts(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      out += char + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    const forms = VARIANTS.get(char);
    out += forms === undefined ? char : inClass ? char + forms : `[${char}${forms}]`;
  }
  return out;
}

/** The Simplified characters `bothScripts` widens, with their Traditional forms. */
export const WIDENED_CHARACTERS: ReadonlyMap<string, string> = VARIANTS;
