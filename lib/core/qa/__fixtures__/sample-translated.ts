import type { QaSegment } from "../qa-types";

// Paragraphs of ../shared/samples/000_a6d647f74c2e5a0b.txt (cleaned of its jammer text) with
// faithful translations: a document on which every check must stay quiet.
const PAIRS: [string, string][] = [
  [
    "這是一場沒有硝煙的戰爭，決戰決勝的關鍵在于趕時間、搶速度、比作風、拼毅力。",
    "This was a war without gunsmoke, and winning it depended on racing against time, working fast, keeping discipline and holding on.",
  ],
  [
    "3月31日晚，隨州市曾都區在對重點人群進行例行核酸檢測時，發現1例新冠肺炎無癥狀感染者。4月1日，曾都區在進行擴大篩查時，發現5例無癥狀感染者。",
    "On the evening of March 31, routine nucleic acid testing of key groups in Zengdu District, Suizhou, found an asymptomatic COVID-19 case. On April 1, wider screening in Zengdu found five more asymptomatic cases.",
  ],
  [
    "4月1日凌晨一點半，委屬高新區大隊80名黨員干部迅疾到崗就位，立即投入隨州高新區疫情防控工作。凌晨五點，隨州市城管執法委第二批86名黨員干部緊急趕赴對口下沉社區。",
    "At 1:30 a.m. on April 1, 80 Party members of the High-Tech Zone squad were at their posts and went straight to work on epidemic control. At 5 a.m., a second group of 86 Party members rushed to their partner community.",
  ],
  [
    "與此同時，委黨組果斷決定，緊急關閉城區22處公園、廣場和游園，安排200余名園林職工加強定點值守和巡查監管。疫情期間，值守人員共勸離勸返外出市民2萬余人次。",
    "At the same time the Party group decided to close 22 parks, squares and gardens in the city at once, and sent more than 200 park workers to guard and patrol them. During the outbreak the guards turned back residents more than 20,000 times.",
  ],
  [
    "逆風而行，向險而進。103名城管執法隊員挺身而出，克服種種困難，自覺擔負起隨州高新區27個隔離點管控的服務工作。",
    "Against the wind and towards the danger: 103 urban management officers stepped forward, overcame every difficulty and took on the running of 27 quarantine sites in the Suizhou High-Tech Zone.",
  ],
  [
    "在炎熱天氣穿著密閉的防護服，一輪核酸檢測，往往需要連續工作兩三個小時。",
    "In hot weather and sealed protective suits, one round of testing often meant two or three hours of work without a break.",
  ],
  [
    "早晚各巡查一遍，每次少則一個小時，多則兩個小時，熊家社區3萬居民的疫情防控壓力讓他寢食難安。",
    "He patrolled morning and evening, an hour or two hours each time; keeping the 30,000 residents of Xiongjia safe cost him sleep and appetite.",
  ],
  [
    "4月5日是全員第四次核酸檢測時間節點。凌晨四點，隨州市文化公園干部任宏廣早早來到公園1978小區，協助醫護人員一口氣完成了1170多人的核酸檢測。",
    "April 5 was the day of the fourth round of mass testing. At 4 a.m. Ren Hongguang of the Suizhou Culture Park reached the Park 1978 compound and helped the medical staff test more than 1,170 people in one go.",
  ],
  [
    "對城區876個小區、62條主次干道、14個公園廣場、176座公廁、1260個垃圾收集容器進行消殺，累計消殺面積近800萬平方米。",
    "876 residential compounds, 62 main and side roads, 14 parks and squares, 176 public toilets and 1,260 rubbish containers were disinfected, nearly 8 million square metres in all.",
  ],
  [
    "疫情期間，隨州市環衛服務中心和曾都區環衛保潔公司的500余名環衛工人，早出晚歸，加班加點，每天收集轉運垃圾600余噸。",
    "During the outbreak more than 500 sanitation workers of the Suizhou sanitation centre and the Zengdu cleaning company worked from dawn to dusk and overtime, collecting over 600 tonnes of rubbish a day.",
  ],
];

/** The sample's paragraphs as translated segments, ids 1…n. */
export function sampleTranslated(): QaSegment[] {
  return PAIRS.map(([source, target], i) => ({ id: i + 1, source, target, status: "translated" }));
}
